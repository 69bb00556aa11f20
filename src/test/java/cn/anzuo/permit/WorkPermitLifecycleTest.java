package cn.anzuo.permit;

import static cn.anzuo.permit.WorkPermitTest.CLOCK;
import static cn.anzuo.permit.WorkPermitTest.aPermit;
import static cn.anzuo.permit.WorkPermitTest.by;
import static cn.anzuo.permit.WorkPermitTest.codeOf;
import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.permit.domain.WorkPermit;
import cn.anzuo.shared.security.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each lifecycle transition and refusal of the permit, with a fixed clock. */
class WorkPermitLifecycleTest {

    static final Duration WINDOW = Duration.ofMinutes(30);
    final Instant now = CLOCK.instant();

    WorkPermit approved() {
        WorkPermit permit = aPermit(false, Role.UNIT_APPROVER);
        permit.decide(by(UUID.randomUUID(), Role.UNIT_APPROVER, true), now);
        return permit;
    }

    @Test
    void start_only_from_approved() {
        WorkPermit pending = aPermit(false, Role.UNIT_APPROVER);
        assertThat(codeOf(() -> pending.start(now))).isEqualTo("ILLEGAL_TRANSITION");
        WorkPermit permit = approved();
        permit.start(now);
        assertThat(permit.status()).isEqualTo(PermitStatus.ACTIVE);
        assertThat(codeOf(() -> permit.start(now))).isEqualTo("ILLEGAL_TRANSITION");
    }

    @Test
    void suspend_and_resume_only_in_turn() {
        WorkPermit permit = approved();
        assertThat(codeOf(() -> permit.suspend("大风", now))).isEqualTo("ILLEGAL_TRANSITION");
        permit.start(now);
        permit.suspend("可燃气体报警", now);
        assertThat(permit.status()).isEqualTo(PermitStatus.SUSPENDED);
        assertThat(permit.suspensionReason()).isEqualTo("可燃气体报警");
        assertThat(codeOf(() -> permit.complete(now))).isEqualTo("ILLEGAL_TRANSITION");
        permit.resume(now);
        assertThat(permit.status()).isEqualTo(PermitStatus.ACTIVE);
    }

    @Test
    void closing_needs_the_acceptance_of_leader_and_guardian() {
        WorkPermit permit = approved();
        permit.start(now);
        permit.complete(now);
        permit.accept(true, false, now);
        assertThat(permit.status()).isEqualTo(PermitStatus.COMPLETED);
        permit.accept(true, false, now);
        assertThat(permit.status()).isEqualTo(PermitStatus.COMPLETED);
        permit.accept(false, true, now);
        assertThat(permit.status()).isEqualTo(PermitStatus.CLOSED);
        assertThat(codeOf(() -> permit.accept(true, true, now))).isEqualTo("ILLEGAL_TRANSITION");
    }

    @Test
    void cancel_only_before_work_begins() {
        WorkPermit pending = aPermit(false, Role.UNIT_APPROVER);
        pending.cancel("计划调整", now);
        assertThat(pending.status()).isEqualTo(PermitStatus.CANCELLED);
        WorkPermit active = approved();
        active.start(now);
        assertThat(codeOf(() -> active.cancel("x", now))).isEqualTo("ILLEGAL_TRANSITION");
    }

    @Test
    void noCheckInWithinTheWindowVoidsThePermitAndNothingRevivesIt() {
        WorkPermit permit = approved();
        Instant start = permit.plannedStart();
        assertThat(permit.applyTimeRules(start.plus(WINDOW).minusSeconds(1), WINDOW)).isFalse();
        assertThat(permit.applyTimeRules(start.plus(WINDOW), WINDOW)).isTrue();
        assertThat(permit.status()).isEqualTo(PermitStatus.VOIDED);
        assertThat(codeOf(() -> permit.recordCheckIn(start.plus(WINDOW)))).isEqualTo("PERMIT_NOT_APPROVED");
        assertThat(codeOf(() -> permit.start(start.plus(WINDOW)))).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(permit.applyTimeRules(start.plus(Duration.ofDays(1)), WINDOW)).isFalse();
    }

    @Test
    void a_check_in_within_the_window_keeps_it_alive_until_the_planned_end_then_it_expires() {
        WorkPermit permit = approved();
        permit.recordCheckIn(permit.plannedStart().plus(Duration.ofMinutes(5)));
        assertThat(permit.applyTimeRules(permit.plannedStart().plus(Duration.ofHours(1)), WINDOW)).isFalse();
        permit.start(permit.plannedStart().plus(Duration.ofMinutes(10)));
        assertThat(permit.applyTimeRules(permit.plannedEnd(), WINDOW)).isTrue();
        assertThat(permit.status()).isEqualTo(PermitStatus.EXPIRED);
    }

    @Test
    void a_pending_permit_nobody_could_check_in_to_is_voided_too() {
        WorkPermit pending = aPermit(false, Role.UNIT_APPROVER);
        assertThat(pending.applyTimeRules(pending.plannedStart().plus(WINDOW), WINDOW)).isTrue();
        assertThat(pending.status()).isEqualTo(PermitStatus.VOIDED);
        assertThat(codeOf(() -> pending.decide(by(UUID.randomUUID(), Role.UNIT_APPROVER, true), now)))
                .isEqualTo("PERMIT_NOT_PENDING");
    }
}
