package cn.anzuo.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.anzuo.permit.domain.ApprovalStep;
import cn.anzuo.permit.domain.ApprovalStep.Decision;
import cn.anzuo.permit.domain.ApprovalStep.StepStatus;
import cn.anzuo.permit.domain.PermitApplication;
import cn.anzuo.permit.domain.WorkPermit;
import cn.anzuo.shared.TimeWindow;
import cn.anzuo.shared.WorkType;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.security.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The permit's approval transitions, with a fixed clock. */
public class WorkPermitTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T01:00:00Z"), ZoneOffset.UTC);
    static final UUID APPLICANT = UUID.randomUUID();

    public static WorkPermit aPermit(boolean expedite, Role... chain) {
        Instant now = CLOCK.instant();
        return WorkPermit.submit(new PermitApplication(UUID.randomUUID(), "DH-20261201-0001", WorkType.HOT_WORK,
                PermitLevel.LEVEL_2, PermitLevel.LEVEL_2, "按申请定级", UUID.randomUUID(), "T-201", "更换垫片",
                new TimeWindow(now.plus(Duration.ofHours(1)), now.plus(Duration.ofHours(3))), UUID.randomUUID(),
                List.of(UUID.randomUUID()), UUID.randomUUID(), APPLICANT, null, null, null, null, null, List.of(), Set.of(),
                expedite, expedite ? "抢修" : null, List.of(chain)), now);
    }

    static Decision by(UUID user, Role role, boolean approve) {
        return new Decision(user, "审批人", Set.of(role), approve, approve ? "同意" : "不同意", 32.26, 118.79, null, null);
    }

    static String codeOf(Runnable action) {
        try {
            action.run();
            return null;
        } catch (BusinessProblem problem) {
            return problem.code();
        }
    }

    @Test
    void submission_opens_the_first_step_only_and_announces_it() {
        WorkPermit permit = aPermit(false, Role.SAFETY_OFFICER, Role.DEPT_APPROVER);
        assertThat(permit.status()).isEqualTo(PermitStatus.PENDING_APPROVAL);
        assertThat(permit.approvalSteps()).extracting(ApprovalStep::status).containsExactly(StepStatus.PENDING, StepStatus.WAITING);
    }

    @Test
    void approving_a_step_opens_the_next_and_the_last_approval_approves_the_permit() {
        WorkPermit permit = aPermit(false, Role.SAFETY_OFFICER, Role.DEPT_APPROVER);
        permit.decide(by(UUID.randomUUID(), Role.SAFETY_OFFICER, true), CLOCK.instant());
        assertThat(permit.approvalSteps()).extracting(ApprovalStep::status).containsExactly(StepStatus.APPROVED, StepStatus.PENDING);
        assertThat(permit.status()).isEqualTo(PermitStatus.PENDING_APPROVAL);
        Instant later = CLOCK.instant().plus(Duration.ofMinutes(38));
        permit.decide(by(UUID.randomUUID(), Role.DEPT_APPROVER, true), later);
        assertThat(permit.status()).isEqualTo(PermitStatus.APPROVED);
        assertThat(permit.finalDecisionAt()).isEqualTo(later);
    }

    @Test
    void the_role_of_a_later_step_cannot_decide_before_its_turn() {
        WorkPermit permit = aPermit(false, Role.SAFETY_OFFICER, Role.DEPT_APPROVER);
        assertThat(codeOf(() -> permit.decide(by(UUID.randomUUID(), Role.DEPT_APPROVER, true), CLOCK.instant())))
                .isEqualTo("NOT_CURRENT_APPROVER");
    }

    @Test
    void separationOfDutiesKeepsTheApplicantAndRepeatDecidersOut() {
        WorkPermit permit = aPermit(false, Role.SAFETY_OFFICER, Role.SAFETY_OFFICER);
        assertThat(codeOf(() -> permit.decide(by(APPLICANT, Role.SAFETY_OFFICER, true), CLOCK.instant())))
                .isEqualTo("SEPARATION_OF_DUTIES");
        UUID officer = UUID.randomUUID();
        permit.decide(by(officer, Role.SAFETY_OFFICER, true), CLOCK.instant());
        assertThat(codeOf(() -> permit.decide(by(officer, Role.SAFETY_OFFICER, true), CLOCK.instant())))
                .isEqualTo("SEPARATION_OF_DUTIES");
    }

    @Test
    void rejection_ends_the_permit_and_skips_the_remaining_steps() {
        WorkPermit permit = aPermit(false, Role.SAFETY_OFFICER, Role.DEPT_APPROVER);
        permit.decide(by(UUID.randomUUID(), Role.SAFETY_OFFICER, false), CLOCK.instant());
        assertThat(permit.status()).isEqualTo(PermitStatus.REJECTED);
        assertThat(permit.rejectionReason()).isEqualTo("不同意");
        assertThat(permit.approvalSteps()).extracting(ApprovalStep::status).containsExactly(StepStatus.REJECTED, StepStatus.SKIPPED);
        assertThat(codeOf(() -> permit.decide(by(UUID.randomUUID(), Role.DEPT_APPROVER, true), CLOCK.instant())))
                .isEqualTo("PERMIT_NOT_PENDING");
    }

    @Test
    void decisions_are_immutable_once_recorded() {
        WorkPermit permit = aPermit(false, Role.UNIT_APPROVER);
        UUID approver = UUID.randomUUID();
        permit.decide(by(approver, Role.UNIT_APPROVER, true), CLOCK.instant());
        ApprovalStep recorded = permit.approvalSteps().getFirst();
        assertThatThrownBy(() -> permit.decide(by(UUID.randomUUID(), Role.UNIT_APPROVER, false), CLOCK.instant()))
                .isInstanceOf(BusinessProblem.class);
        assertThat(permit.approvalSteps().getFirst()).isEqualTo(recorded);
        assertThat(recorded.decidedBy()).isEqualTo(approver);
        assertThat(recorded.latitude()).isEqualTo(32.26);
    }

    @Test
    void expedited_permits_open_all_steps_and_approve_when_all_agree_in_any_order() {
        WorkPermit permit = aPermit(true, Role.SAFETY_OFFICER, Role.DEPT_APPROVER, Role.PLANT_LEADER);
        assertThat(permit.approvalSteps()).allMatch(ApprovalStep::pending);
        permit.decide(by(UUID.randomUUID(), Role.PLANT_LEADER, true), CLOCK.instant());
        permit.decide(by(UUID.randomUUID(), Role.SAFETY_OFFICER, true), CLOCK.instant());
        assertThat(permit.status()).isEqualTo(PermitStatus.PENDING_APPROVAL);
        permit.decide(by(UUID.randomUUID(), Role.DEPT_APPROVER, true), CLOCK.instant());
        assertThat(permit.status()).isEqualTo(PermitStatus.APPROVED);
    }
}
