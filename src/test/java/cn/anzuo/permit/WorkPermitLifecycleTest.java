package cn.anzuo.permit;

import static cn.anzuo.permit.WorkPermitTest.CLOCK;
import static cn.anzuo.permit.WorkPermitTest.aPermit;
import static cn.anzuo.permit.WorkPermitTest.by;
import static cn.anzuo.permit.WorkPermitTest.codeOf;
import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.permit.domain.EndCause;
import cn.anzuo.permit.domain.PermitEnd;
import cn.anzuo.permit.domain.PermitTransition;
import cn.anzuo.permit.domain.SiteEvidence;
import cn.anzuo.permit.domain.WorkPermit;
import cn.anzuo.permit.onsite.GasTestView;
import cn.anzuo.shared.security.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * Each lifecycle transition of the permit, guarded by the aggregate, with a fixed clock: its refusals as
 * data, its history entry and its event.
 */
class WorkPermitLifecycleTest {

    static final Duration WINDOW = Duration.ofMinutes(30);
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Actor LEADER = Actor.user(UUID.randomUUID());

    WorkPermit approved() {
        WorkPermit permit = aPermit(false, Role.UNIT_APPROVER);
        permit.decide(by(UUID.randomUUID(), Role.UNIT_APPROVER, true), CLOCK.instant());
        return permit;
    }

    /** A hot-work permit approved, everyone checked in, the shift leader's check done. */
    WorkPermit ready() {
        WorkPermit permit = approved();
        permit.recordCheckIn(permit.plannedStart().minusSeconds(600));
        permit.recordShiftCheck(Actor.user(UUID.randomUUID()), permit.plannedStart().minusSeconds(300));
        return permit;
    }

    static GasTestView analysis(Instant sampled, boolean passed) {
        return analysis(sampled, sampled.plusSeconds(60), passed);
    }

    static GasTestView analysis(Instant sampled, Instant recorded, boolean passed) {
        return new GasTestView(UUID.randomUUID(), UUID.randomUUID(), sampled, "法兰处", UUID.randomUUID(), passed,
                List.of(), List.of(), recorded);
    }

    static SiteEvidence evidence(WorkPermit permit, List<GasTestView> tests) {
        Set<UUID> everyone = new HashSet<>(permit.workerIds());
        everyone.add(permit.guardianId());
        return new SiteEvidence(true, tests, everyone, false, SHANGHAI);
    }

    static SiteEvidence passedAt(WorkPermit permit, Instant sampled) {
        return evidence(permit, List.of(analysis(sampled, true)));
    }

    static <T> List<T> events(WorkPermit permit, Class<T> type) {
        try {
            var method = AbstractAggregateRoot.class.getDeclaredMethod("domainEvents");
            method.setAccessible(true);
            return ((java.util.Collection<?>) method.invoke(permit)).stream().filter(type::isInstance).map(type::cast)
                    .toList();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    PermitTransition last(WorkPermit permit) {
        return permit.history().getLast();
    }

    @Test
    void start_only_from_approved_and_recorded_with_who_and_when() {
        WorkPermit pending = aPermit(false, Role.UNIT_APPROVER);
        Instant at = pending.plannedStart().plusSeconds(60);
        assertThat(codeOf(() -> pending.start(LEADER, passedAt(pending, at), at))).isEqualTo("ILLEGAL_TRANSITION");
        WorkPermit permit = ready();
        permit.start(LEADER, passedAt(permit, at.minusSeconds(600)), at);
        assertThat(permit.status()).isEqualTo(PermitStatus.ACTIVE);
        assertThat(last(permit)).isEqualTo(new PermitTransition(at, "START", PermitStatus.APPROVED, PermitStatus.ACTIVE,
                LEADER.userId(), null, null));
        assertThat(events(permit, PermitStarted.class)).singleElement()
                .satisfies(e -> assertThat(e.by()).isEqualTo(LEADER))
                .satisfies(e -> assertThat(e.siteId()).isEqualTo(permit.siteId()))
                .satisfies(e -> assertThat(e.at()).isEqualTo(at));
        assertThat(codeOf(() -> permit.start(LEADER, passedAt(permit, at), at))).isEqualTo("ILLEGAL_TRANSITION");
    }

    @Test
    void every_unmet_start_precondition_is_returned_as_data_in_api_order() {
        WorkPermit permit = approved();
        Instant early = permit.plannedStart().minusSeconds(60);
        var unmet = permit.startRefusals(new SiteEvidence(true, List.of(), Set.of(), false, SHANGHAI), early);
        assertThat(unmet.codes()).containsExactly("GAS_TEST_REQUIRED", "NOT_CHECKED_IN", "GUARDIAN_NOT_PRESENT",
                "SHIFT_CHECK_REQUIRED", "WINDOW_NOT_OPEN");
        assertThat(unmet.missingWorkerIds()).containsExactlyElementsOf(permit.workerIds());
        assertThat(permit.history()).extracting(PermitTransition::action).doesNotContain("START");
    }

    @Test
    void work_never_starts_before_the_approved_window_opens() {
        WorkPermit permit = ready();
        Instant start = permit.plannedStart();
        SiteEvidence fresh = passedAt(permit, start.minusSeconds(300));
        assertThat(permit.startRefusals(fresh, start.minusSeconds(1)).codes()).containsExactly("WINDOW_NOT_OPEN");
        assertThat(codeOf(() -> permit.start(LEADER, fresh, start.minusSeconds(30)))).isEqualTo("WINDOW_NOT_OPEN");
        assertThat(permit.status()).isEqualTo(PermitStatus.APPROVED);
        assertThat(permit.startRefusals(fresh, start).isEmpty()).isTrue();
    }

    @Test
    void suspension_is_typed_and_each_one_stays_in_the_history() {
        WorkPermit permit = ready();
        Instant t = permit.plannedStart();
        assertThat(codeOf(() -> permit.suspend(LEADER, SuspensionCause.MANUAL, "大风", null, t)))
                .isEqualTo("ILLEGAL_TRANSITION");
        permit.start(LEADER, passedAt(permit, t.minusSeconds(60)), t);
        permit.suspend(LEADER, SuspensionCause.MANUAL, "阵风 5 级", null, t.plusSeconds(600));
        assertThat(permit.suspension()).contains(new Suspension(SuspensionCause.MANUAL, "阵风 5 级", null,
                LEADER.userId(), t.plusSeconds(600)));
        permit.resume(LEADER, passedAt(permit, t.plusSeconds(700)), t.plusSeconds(900));
        assertThat(permit.suspension()).isEmpty();
        UUID alarm = UUID.randomUUID();
        permit.suspend(Actor.system("ALARM"), SuspensionCause.ALARM, "可燃气体报警", alarm, t.plusSeconds(1200));
        assertThat(permit.suspension().orElseThrow().cause()).isEqualTo(SuspensionCause.ALARM);
        assertThat(permit.suspension().orElseThrow().by()).isNull();
        assertThat(permit.history()).extracting(PermitTransition::action)
                .containsSubsequence("START", "SUSPEND", "RESUME", "SUSPEND");
        assertThat(last(permit).actor()).isEqualTo(Actor.system("ALARM"));
        assertThat(events(permit, PermitSuspended.class)).hasSize(2).last()
                .satisfies(e -> assertThat(e.cause()).isEqualTo(SuspensionCause.ALARM))
                .satisfies(e -> assertThat(e.alarmId()).isEqualTo(alarm))
                .satisfies(e -> assertThat(e.by().bySystem()).isTrue());
        assertThat(events(permit, PermitResumed.class)).singleElement()
                .satisfies(e -> assertThat(e.by()).isEqualTo(LEADER));
    }

    @Test
    void after_an_alarm_resume_needs_the_alarm_acknowledged_and_a_new_passing_analysis_whatever_the_reason_text() {
        WorkPermit permit = ready();
        Instant t = permit.plannedStart();
        permit.start(LEADER, passedAt(permit, t.minusSeconds(60)), t);
        // a manual suspension whose words mention an alarm is still a manual one
        permit.suspend(LEADER, SuspensionCause.MANUAL, "ALARM 可燃气体报警", null, t.plusSeconds(60));
        assertThat(permit.resumeRefusals(passedAt(permit, t.minusSeconds(60)), t.plusSeconds(120)).isEmpty()).isTrue();
        permit.resume(LEADER, passedAt(permit, t.minusSeconds(60)), t.plusSeconds(120));

        Instant raised = t.plusSeconds(180);
        permit.suspend(Actor.system("ALARM"), SuspensionCause.ALARM, "可燃气体报警", UUID.randomUUID(), raised);
        Instant soon = raised.plusSeconds(300);
        SiteEvidence oldAnalysis = passedAt(permit, t.minusSeconds(60));
        assertThat(permit.resumeRefusals(oldAnalysis, soon).codes())
                .containsExactly("ALARM_NOT_ACKNOWLEDGED", "GAS_TEST_REQUIRED");
        SiteEvidence acknowledgedOnly = new SiteEvidence(true, oldAnalysis.gasTests(), oldAnalysis.checkedIn(), true,
                SHANGHAI);
        assertThat(codeOf(() -> permit.resume(LEADER, acknowledgedOnly, soon))).isEqualTo("GAS_TEST_REQUIRED");
        SiteEvidence failedSince = new SiteEvidence(true, List.of(analysis(raised.plusSeconds(60), false)),
                oldAnalysis.checkedIn(), true, SHANGHAI);
        assertThat(codeOf(() -> permit.resume(LEADER, failedSince, soon))).isEqualTo("GAS_TEST_FAILED");
        SiteEvidence passedSince = new SiteEvidence(true, List.of(analysis(raised.plusSeconds(60), true)),
                oldAnalysis.checkedIn(), true, SHANGHAI);
        permit.resume(LEADER, passedSince, soon);
        assertThat(permit.status()).isEqualTo(PermitStatus.ACTIVE);
    }

    @Test
    void completing_a_confined_space_needs_everyone_out() {
        WorkPermit permit = ready();
        Instant t = permit.plannedStart();
        permit.start(LEADER, passedAt(permit, t), t);
        permit.complete(LEADER, 0, t.plusSeconds(60));
        assertThat(last(permit).toStatus()).isEqualTo(PermitStatus.COMPLETED);
        assertThat(events(permit, PermitCompleted.class)).singleElement()
                .satisfies(e -> assertThat(e.by()).isEqualTo(LEADER));
    }

    @Test
    void closing_needs_the_acceptance_of_leader_and_guardian_each_recorded() {
        WorkPermit permit = ready();
        Instant t = permit.plannedStart();
        permit.start(LEADER, passedAt(permit, t), t);
        permit.complete(LEADER, 0, t.plusSeconds(60));
        Actor guardian = Actor.user(UUID.randomUUID());
        permit.accept(LEADER, true, false, t.plusSeconds(120));
        assertThat(permit.status()).isEqualTo(PermitStatus.COMPLETED);
        assertThat(last(permit).action()).isEqualTo("ACCEPT");
        assertThat(last(permit).fromStatus()).isEqualTo(PermitStatus.COMPLETED);
        permit.accept(LEADER, true, false, t.plusSeconds(130));
        assertThat(permit.status()).isEqualTo(PermitStatus.COMPLETED);
        assertThat(permit.progress().leaderAcceptedAt()).isEqualTo(t.plusSeconds(120));
        assertThat(permit.progress().guardianAcceptedAt()).isNull();
        assertThat(permit.ending()).isEmpty();
        permit.accept(guardian, false, true, t.plusSeconds(180));
        assertThat(permit.status()).isEqualTo(PermitStatus.CLOSED);
        assertThat(permit.progress().guardianAcceptedAt()).isEqualTo(t.plusSeconds(180));
        assertThat(permit.ending()).contains(new PermitEnd(t.plusSeconds(180), null, null));
        assertThat(last(permit).actor()).isEqualTo(guardian);
        assertThat(events(permit, PermitClosed.class)).singleElement()
                .satisfies(e -> assertThat(e.by()).isEqualTo(guardian));
        assertThat(codeOf(() -> permit.accept(LEADER, true, true, t))).isEqualTo("ILLEGAL_TRANSITION");
    }

    @Test
    void cancel_only_before_work_begins_with_its_words_kept() {
        WorkPermit pending = aPermit(false, Role.UNIT_APPROVER);
        Instant t = CLOCK.instant();
        pending.cancel(LEADER, "计划调整", t);
        assertThat(pending.status()).isEqualTo(PermitStatus.CANCELLED);
        assertThat(pending.ending().orElseThrow().cause()).isEqualTo(EndCause.CANCELLED);
        assertThat(pending.ending().orElseThrow().reason()).isEqualTo("计划调整");
        assertThat(events(pending, PermitCancelled.class)).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("计划调整"));
        WorkPermit active = ready();
        active.start(LEADER, passedAt(active, active.plannedStart()), active.plannedStart());
        assertThat(codeOf(() -> active.cancel(LEADER, "x", t))).isEqualTo("ILLEGAL_TRANSITION");
    }

    @Test
    void only_the_first_check_in_changes_the_permit_and_its_moment_is_kept() {
        WorkPermit permit = approved();
        Instant first = permit.plannedStart().minusSeconds(300);
        assertThat(permit.recordCheckIn(first)).isTrue();
        assertThat(permit.recordCheckIn(first.plusSeconds(60))).isFalse();
        assertThat(permit.progress().firstCheckInAt()).isEqualTo(first);
    }

    @Test
    void noCheckInWithinTheWindowVoidsThePermitAndNothingRevivesIt() {
        WorkPermit permit = approved();
        Instant start = permit.plannedStart();
        assertThat(permit.applyTimeRules(start.plus(WINDOW).minusSeconds(1), WINDOW)).isFalse();
        assertThat(permit.applyTimeRules(start.plus(WINDOW), WINDOW)).isTrue();
        assertThat(permit.status()).isEqualTo(PermitStatus.VOIDED);
        assertThat(permit.ending().orElseThrow().cause()).isEqualTo(EndCause.NO_CHECK_IN);
        assertThat(last(permit).actor()).isEqualTo(Actor.system("NO_CHECK_IN"));
        assertThat(events(permit, PermitVoided.class)).singleElement()
                .satisfies(e -> assertThat(e.by().bySystem()).isTrue());
        assertThat(codeOf(() -> permit.recordCheckIn(start.plus(WINDOW)))).isEqualTo("CHECKIN_WINDOW_CLOSED");
        assertThat(codeOf(() -> permit.start(LEADER, passedAt(permit, start), start.plus(WINDOW))))
                .isEqualTo("ILLEGAL_TRANSITION");
        assertThat(permit.applyTimeRules(start.plus(Duration.ofDays(1)), WINDOW)).isFalse();
    }

    @Test
    void a_check_in_within_the_window_keeps_it_alive_until_the_planned_end_then_it_expires() {
        WorkPermit permit = ready();
        assertThat(permit.applyTimeRules(permit.plannedStart().plus(Duration.ofHours(1)), WINDOW)).isFalse();
        Instant started = permit.plannedStart().plus(Duration.ofMinutes(10));
        permit.start(LEADER, passedAt(permit, started), started);
        assertThat(permit.applyTimeRules(permit.plannedEnd().minusSeconds(1), WINDOW)).isFalse();
        assertThat(permit.applyTimeRules(permit.plannedEnd(), WINDOW)).isTrue();
        assertThat(permit.status()).isEqualTo(PermitStatus.EXPIRED);
        assertThat(permit.ending().orElseThrow().cause()).isEqualTo(EndCause.PLANNED_END_PASSED);
        assertThat(events(permit, PermitExpired.class)).hasSize(1);
    }

    @Test
    void a_pending_permit_nobody_could_check_in_to_is_voided_too() {
        WorkPermit pending = aPermit(false, Role.UNIT_APPROVER);
        assertThat(pending.applyTimeRules(pending.plannedStart().plus(WINDOW), WINDOW)).isTrue();
        assertThat(pending.status()).isEqualTo(PermitStatus.VOIDED);
        assertThat(codeOf(() -> pending.decide(by(UUID.randomUUID(), Role.UNIT_APPROVER, true), CLOCK.instant())))
                .isEqualTo("PERMIT_NOT_PENDING");
    }

    @Test
    void submission_and_each_decision_are_in_the_history() {
        WorkPermit permit = aPermit(false, Role.UNIT_APPROVER, Role.SAFETY_OFFICER);
        UUID unit = UUID.randomUUID();
        UUID safety = UUID.randomUUID();
        permit.decide(by(unit, Role.UNIT_APPROVER, true), CLOCK.instant());
        permit.decide(by(safety, Role.SAFETY_OFFICER, true), CLOCK.instant().plusSeconds(60));
        assertThat(permit.history()).extracting(PermitTransition::action, PermitTransition::toStatus,
                        PermitTransition::actorUserId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("SUBMIT", PermitStatus.PENDING_APPROVAL, WorkPermitTest.APPLICANT),
                        org.assertj.core.groups.Tuple.tuple("APPROVE", PermitStatus.PENDING_APPROVAL, unit),
                        org.assertj.core.groups.Tuple.tuple("APPROVE", PermitStatus.APPROVED, safety));
    }
}
