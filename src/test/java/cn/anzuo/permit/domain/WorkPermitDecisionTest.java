package cn.anzuo.permit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.anzuo.permit.PermitLevel;
import cn.anzuo.permit.PermitStatus;
import cn.anzuo.shared.TimeWindow;
import cn.anzuo.shared.WorkType;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.security.Role;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The guard of a decision ({@link WorkPermit#refusalFor}) says what {@link WorkPermit#decide} would refuse. */
class WorkPermitDecisionTest {

    static final Instant NOW = Instant.parse("2026-12-01T01:00:00Z");
    final UUID applicant = UUID.randomUUID();

    WorkPermit permit(List<Role> chain) {
        return WorkPermit.submit(new PermitApplication(UUID.randomUUID(), "DH-20261201-0001", WorkType.HOT_WORK,
                PermitLevel.LEVEL_2, PermitLevel.LEVEL_2, "按申请定级:二级", UUID.randomUUID(), "T-201", "电焊",
                new TimeWindow(NOW.plusSeconds(3600), NOW.plusSeconds(3 * 3600)), UUID.randomUUID(),
                List.of(UUID.randomUUID()), UUID.randomUUID(), applicant, null, null, null, null, null, List.of(),
                Set.of(), false, null, chain), NOW);
    }

    static ApprovalStep.Decision approve(UUID user, Role role) {
        return new ApprovalStep.Decision(user, "赵明", Set.of(role), true, "同意", null, null, null, null);
    }

    static String code(java.util.Optional<BusinessProblem> refusal) {
        return refusal.map(BusinessProblem::code).orElse(null);
    }

    @Test
    void an_approver_of_the_open_step_may_decide() {
        assertThat(permit(List.of(Role.UNIT_APPROVER)).refusalFor(UUID.randomUUID(), Set.of(Role.UNIT_APPROVER))).isEmpty();
    }

    @Test
    void someone_without_the_open_steps_role_is_not_the_current_approver() {
        WorkPermit permit = permit(List.of(Role.UNIT_APPROVER, Role.SAFETY_OFFICER));
        assertThat(code(permit.refusalFor(UUID.randomUUID(), Set.of(Role.SAFETY_OFFICER)))).isEqualTo("NOT_CURRENT_APPROVER");
        assertThatThrownBy(() -> permit.decide(approve(UUID.randomUUID(), Role.SAFETY_OFFICER), NOW))
                .hasMessageContaining("NOT_CURRENT_APPROVER");
    }

    @Test
    void the_applicant_holding_the_role_is_refused_for_separation_of_duties() {
        WorkPermit permit = permit(List.of(Role.WORK_LEADER, Role.SAFETY_OFFICER));
        assertThat(code(permit.refusalFor(applicant, Set.of(Role.WORK_LEADER)))).isEqualTo("SEPARATION_OF_DUTIES");
    }

    @Test
    void whoever_decided_one_step_may_not_decide_the_next() {
        WorkPermit permit = permit(List.of(Role.UNIT_APPROVER, Role.SAFETY_OFFICER));
        UUID both = UUID.randomUUID();
        permit.decide(approve(both, Role.UNIT_APPROVER), NOW);
        assertThat(code(permit.refusalFor(both, Set.of(Role.UNIT_APPROVER, Role.SAFETY_OFFICER))))
                .isEqualTo("SEPARATION_OF_DUTIES");
        assertThat(permit.refusalFor(UUID.randomUUID(), Set.of(Role.SAFETY_OFFICER))).isEmpty();
    }

    @Test
    void after_the_last_approval_nobody_may_decide_any_more() {
        WorkPermit permit = permit(List.of(Role.UNIT_APPROVER));
        permit.decide(approve(UUID.randomUUID(), Role.UNIT_APPROVER), NOW);
        assertThat(permit.status()).isEqualTo(PermitStatus.APPROVED);
        assertThat(code(permit.refusalFor(UUID.randomUUID(), Set.of(Role.UNIT_APPROVER)))).isEqualTo("PERMIT_NOT_PENDING");
    }
}
