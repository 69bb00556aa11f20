package cn.anzuo.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.notification.domain.Inbox;
import cn.anzuo.notification.domain.InboxItem;
import cn.anzuo.permit.ApprovalEscalated;
import cn.anzuo.permit.ApprovalReminderDue;
import cn.anzuo.permit.ApprovalRequested;
import cn.anzuo.permit.GasTestDue;
import cn.anzuo.permit.PermitApproved;
import cn.anzuo.permit.PermitLevel;
import cn.anzuo.permit.PermitRejected;
import cn.anzuo.permit.PermitSubmitted;
import cn.anzuo.shared.WorkType;
import cn.anzuo.shared.security.Role;
import cn.anzuo.shared.web.PageRequestParams;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.Unique;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * Every permit notice, as a Modulith scenario: the permit module's event, published in a transaction,
 * reaches exactly the users it concerns after the commit (PermitNotices), with its kind and link.
 */
@AnzuoTest
@EnableScenarios
class PermitNoticesTest {

    @Autowired ApiClient api;
    @Autowired Inbox inbox;

    UUID demo;
    UUID unit;
    UUID safety;
    UUID plant;
    UUID analyst;
    UUID guardian;
    UUID guardianWorker;
    UUID leader;
    UUID worker;

    @BeforeEach
    void ids() throws Exception {
        demo = id("admin", "$.companyId");
        unit = id("unit", "$.id");
        safety = id("safety", "$.id");
        plant = id("plant", "$.id");
        analyst = id("analyst", "$.id");
        guardian = id("guardian", "$.id");
        guardianWorker = id("guardian", "$.workerId");
        leader = id("leader", "$.id");
        worker = id("worker", "$.id");
    }

    UUID id(String user, String path) throws Exception {
        return UUID.fromString(ApiClient.read(api.get(user, "/api/v1/me"), path));
    }

    /** The notices about permit {@code number} in each user's inbox. */
    List<List<InboxItem>> about(String number, UUID... users) {
        return Arrays.stream(users)
                .map(user -> inbox.page(user, false, PageRequestParams.of(0, PageRequestParams.MAX_SIZE)).items()
                        .stream().filter(item -> item.args().contains(number)).toList())
                .toList();
    }

    void reaches(Scenario scenario, Object event, String number, String kind, UUID[] to, UUID[] notTo) {
        scenario.publish(event)
                .andWaitForStateChange(() -> about(number, to), perUser -> perUser.stream().noneMatch(List::isEmpty))
                .andVerify(perUser -> assertThat(perUser).allSatisfy(items -> assertThat(items).singleElement()
                        .satisfies(item -> assertThat(item.kind()).isEqualTo(kind))
                        .satisfies(item -> assertThat(item.link()).startsWith("/permits/"))));
        assertThat(about(number, notTo)).allSatisfy(items -> assertThat(items).isEmpty());
    }

    static String number() {
        return "DH-" + Unique.code("N");
    }

    @Test
    void a_submitted_permit_reaches_the_approvers_of_its_first_step(Scenario scenario) {
        String n = number();
        reaches(scenario, new PermitSubmitted(UUID.randomUUID(), demo, n, WorkType.HOT_WORK, PermitLevel.LEVEL_2, false,
                Set.of(Role.UNIT_APPROVER)), n, "APPROVAL_REQUESTED", new UUID[] {unit}, new UUID[] {safety, worker});
    }

    @Test
    void an_expedited_permit_reaches_every_step_at_once(Scenario scenario) {
        String n = number();
        reaches(scenario, new PermitSubmitted(UUID.randomUUID(), demo, n, WorkType.HOT_WORK, PermitLevel.LEVEL_1, true,
                Set.of(Role.UNIT_APPROVER, Role.SAFETY_OFFICER)), n, "PERMIT_EXPEDITED", new UUID[] {unit, safety},
                new UUID[] {worker});
    }

    @Test
    void the_next_step_reaches_its_approvers(Scenario scenario) {
        String n = number();
        reaches(scenario, new ApprovalRequested(UUID.randomUUID(), demo, n, 2, Role.SAFETY_OFFICER), n,
                "APPROVAL_REQUESTED", new UUID[] {safety}, new UUID[] {unit});
    }

    @Test
    void a_reminder_reaches_the_approvers_still_waited_for(Scenario scenario) {
        String n = number();
        reaches(scenario, new ApprovalReminderDue(UUID.randomUUID(), demo, n, 1, Role.UNIT_APPROVER, 1, 15), n,
                "APPROVAL_REMINDER", new UUID[] {unit}, new UUID[] {safety});
    }

    @Test
    void an_escalation_reaches_safety_officers_and_plant_leaders(Scenario scenario) {
        String n = number();
        reaches(scenario, new ApprovalEscalated(UUID.randomUUID(), demo, n, 1, Role.UNIT_APPROVER, 31), n,
                "APPROVAL_ESCALATED", new UUID[] {safety, plant}, new UUID[] {unit, worker});
    }

    @Test
    void a_gas_test_due_reaches_the_analysts_and_the_guardian(Scenario scenario) {
        String n = number();
        reaches(scenario, new GasTestDue(UUID.randomUUID(), demo, n, guardianWorker, Instant.now(), 1), n,
                "GAS_TEST_DUE", new UUID[] {analyst, guardian}, new UUID[] {unit});
    }

    @Test
    void approval_and_rejection_reach_the_applicant_only(Scenario scenario) {
        String approved = number();
        reaches(scenario, new PermitApproved(UUID.randomUUID(), demo, approved, leader, Instant.now(), Instant.now()),
                approved, "PERMIT_APPROVED", new UUID[] {leader}, new UUID[] {unit, worker});
        String rejected = number();
        reaches(scenario, new PermitRejected(UUID.randomUUID(), demo, rejected, leader, "未落实盲板隔离", Instant.now()),
                rejected, "PERMIT_REJECTED", new UUID[] {leader}, new UUID[] {unit, worker});
    }
}
