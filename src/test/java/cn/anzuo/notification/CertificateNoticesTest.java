package cn.anzuo.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.notification.domain.Inbox;
import cn.anzuo.notification.domain.InboxItem;
import cn.anzuo.notification.domain.NoticeTexts;
import cn.anzuo.qualification.CertificateExpired;
import cn.anzuo.qualification.CertificateExpiring;
import cn.anzuo.shared.web.PageRequestParams;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.Unique;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.ResultActions;

/**
 * PRODUCT.md §2.1 reminders: a qualification event, published in a transaction, reaches the worker's
 * user, the safety officers and the work leaders of the company after the commit, once each.
 */
@AnzuoTest
@EnableScenarios
class CertificateNoticesTest {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Autowired ApiClient api;
    @Autowired Inbox inbox;
    @Autowired NoticeTexts texts;
    @Autowired Notifications notifications;

    UUID demoId;
    UUID safetyId;
    UUID leaderId;

    @BeforeEach
    void ids() throws Exception {
        demoId = id(api.get("admin", "/api/v1/me"), "$.companyId");
        safetyId = id(api.get("safety", "/api/v1/me"), "$.id");
        leaderId = id(api.get("leader", "/api/v1/me"), "$.id");
    }

    @Test
    void an_expiring_certificate_reaches_the_worker_the_safety_officer_and_the_leader_once(Scenario scenario)
            throws Exception {
        UUID workerId = registeredWorker(demoId);
        String worker = "郑" + Unique.code("W");
        UUID workerUser = user(demoId, workerId, "[\"WORKER\"]");

        scenario.publish(new CertificateExpiring(UUID.randomUUID(), workerId, demoId, worker, "4.1", "熔化焊接与热切割作业",
                        LocalDate.of(2026, 12, 15), "EXPIRY", 15))
                .andWaitForStateChange(() -> itemsAbout(worker, workerUser, safetyId, leaderId),
                        perUser -> perUser.stream().noneMatch(List::isEmpty))
                .andVerify(perUser -> {
                    assertThat(perUser).allSatisfy(items -> assertThat(items).hasSize(1));
                    InboxItem item = perUser.getFirst().getFirst();
                    assertThat(item.kind()).isEqualTo("CERTIFICATE_EXPIRING");
                    assertThat(item.companyId()).isEqualTo(demoId);
                    assertThat(texts.title(item, ZH)).isEqualTo("证书即将到期");
                    assertThat(texts.body(item, ZH))
                            .isEqualTo(worker + " 的 熔化焊接与热切割作业(4.1)将于 2026-12-15 到期,请及时复审或换证。");
                    assertThat(texts.title(item, Locale.ENGLISH)).isEqualTo("Certificate expiring");
                });
    }

    @Test
    void a_review_due_is_told_as_a_review(Scenario scenario) {
        String worker = "吴" + Unique.code("W");
        scenario.publish(new CertificateExpiring(UUID.randomUUID(), UUID.randomUUID(), demoId, worker, "3.1", "电工作业",
                        LocalDate.of(2027, 1, 5), "REVIEW", 15))
                .andWaitForStateChange(() -> itemsAbout(worker, safetyId, leaderId),
                        perUser -> perUser.stream().noneMatch(List::isEmpty))
                .andVerify(perUser -> {
                    InboxItem item = perUser.getFirst().getFirst();
                    assertThat(item.kind()).isEqualTo("CERTIFICATE_REVIEW_DUE");
                    assertThat(texts.title(item, ZH)).isEqualTo("证书复审即将到期");
                    assertThat(texts.body(item, ZH)).contains("应于 2027-01-05 前复审");
                });
    }

    @Test
    void each_reminder_stage_is_a_notice_of_its_own_and_a_guardian_certificate_shows_no_code(Scenario scenario) {
        String worker = "冯" + Unique.code("W");
        UUID certificate = UUID.randomUUID();
        LocalDate due = LocalDate.of(2027, 2, 1);
        scenario.publish(new CertificateExpiring(certificate, UUID.randomUUID(), demoId, worker, "GUARDIAN",
                        "特殊作业监护人", due, "EXPIRY", 60))
                .andWaitForStateChange(() -> itemsAbout(worker, safetyId), perUser -> !perUser.getFirst().isEmpty())
                .andVerify(perUser -> assertThat(texts.body(perUser.getFirst().getFirst(), ZH))
                        .isEqualTo(worker + " 的 特殊作业监护人将于 2027-02-01 到期,请及时复审或换证。")
                        .doesNotContain("GUARDIAN"));
        scenario.publish(new CertificateExpiring(certificate, UUID.randomUUID(), demoId, worker, "GUARDIAN",
                        "特殊作业监护人", due, "EXPIRY", 30))
                .andWaitForStateChange(() -> itemsAbout(worker, safetyId), perUser -> perUser.getFirst().size() == 2)
                .andVerify(perUser -> assertThat(perUser.getFirst()).hasSize(2));
    }

    @Test
    void an_expired_certificate_is_told_again_also_without_a_linked_user(Scenario scenario) {
        String worker = "钱" + Unique.code("W");
        scenario.publish(new CertificateExpired(UUID.randomUUID(), UUID.randomUUID(), demoId, worker, "5.1", "高处作业",
                        LocalDate.of(2026, 11, 30)))
                .andWaitForStateChange(() -> itemsAbout(worker, safetyId, leaderId),
                        perUser -> perUser.stream().noneMatch(List::isEmpty))
                .andVerify(perUser -> {
                    assertThat(perUser).allSatisfy(items -> assertThat(items).hasSize(1));
                    InboxItem item = perUser.getFirst().getFirst();
                    assertThat(item.kind()).isEqualTo("CERTIFICATE_EXPIRED");
                    assertThat(texts.title(item, ZH)).isEqualTo("证书已过期");
                    assertThat(texts.body(item, ZH))
                            .isEqualTo(worker + " 的 高处作业(5.1)已于 2026-11-30 过期,不得再安排其从事相关作业。");
                });
    }

    @Test
    void a_user_who_is_the_worker_the_safety_officer_and_the_leader_gets_one_item(Scenario scenario) throws Exception {
        UUID company = id(api.post("admin", "/api/v1/companies", """
                {"code":"%s","name":"示范化工(连云港)有限公司","parentId":"%s"}""".formatted(Unique.code("LYG"), demoId))
                .andExpect(status().isCreated()), "$.id");
        UUID workerId = registeredWorker(company);
        UUID everything = user(company, workerId, "[\"WORKER\",\"SAFETY_OFFICER\",\"WORK_LEADER\"]");
        String worker = "孙" + Unique.code("W");

        scenario.publish(new CertificateExpiring(UUID.randomUUID(), workerId, company, worker, "Q1", "司索作业",
                        LocalDate.of(2026, 12, 20), "EXPIRY", 15))
                .andWaitForStateChange(() -> itemsAbout(worker, everything), perUser -> !perUser.getFirst().isEmpty())
                .andVerify(perUser -> assertThat(perUser.getFirst()).hasSize(1));
        assertThat(itemsAbout(worker, safetyId, leaderId)).allSatisfy(items -> assertThat(items).isEmpty());
    }

    @Test
    void the_same_occasion_delivered_twice_is_stored_once() {
        String worker = "周" + Unique.code("W");
        Notice notice = new Notice(Set.of(safetyId, leaderId), demoId, "CERTIFICATE_EXPIRED",
                "notification.certificateExpired.title", "notification.certificateExpired.body",
                List.of(worker, "高处作业", "5.1", "2026-11-30"), null, "CERTIFICATE_EXPIRED:" + UUID.randomUUID());

        assertThat(notifications.notify(notice)).isEqualTo(2);
        assertThat(notifications.notify(notice)).isZero();
        assertThat(itemsAbout(worker, safetyId, leaderId)).allSatisfy(items -> assertThat(items).hasSize(1));
    }

    List<List<InboxItem>> itemsAbout(String worker, UUID... users) {
        return Arrays.stream(users)
                .map(user -> inbox.page(user, false, PageRequestParams.of(0, PageRequestParams.MAX_SIZE)).items().stream()
                        .filter(item -> item.args().contains(worker))
                        .toList())
                .toList();
    }

    /** A user may only be linked to a worker of their own company that exists. */
    UUID registeredWorker(UUID companyId) throws Exception {
        return id(api.post("admin", "/api/v1/workers", """
                {"companyId":"%s","name":"测试","idNumber":"%s"}""".formatted(companyId, cn.anzuo.support.IdNumbers.next()))
                .andExpect(status().isCreated()), "$.id");
    }

    UUID user(UUID companyId, UUID workerId, String roles) throws Exception {
        return id(api.post("admin", "/api/v1/users", """
                {"username":"%s","password":"long-enough","displayName":"测试","companyId":"%s","roles":%s,"workerId":"%s"}
                """.formatted(Unique.username("n"), companyId, roles, workerId)).andExpect(status().isCreated()), "$.id");
    }

    static UUID id(ResultActions result, String path) throws Exception {
        return UUID.fromString(ApiClient.read(result, path));
    }
}
