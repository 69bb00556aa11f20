package cn.anzuo.permit.domain;

import cn.anzuo.organization.Organization;
import cn.anzuo.permit.PermitStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Voids permits nobody checked in to within the company's window, and expires those past their
 * planned end: every 30 s on one node (ShedLock), and whenever a permit is read, so nobody sees a
 * stale status.
 */
@Component
public class PermitTimeRules {

    private static final List<PermitStatus> UNFINISHED = List.of(PermitStatus.PENDING_APPROVAL, PermitStatus.APPROVED,
            PermitStatus.ACTIVE, PermitStatus.SUSPENDED);

    private final WorkPermitRepository permits;
    private final Organization organization;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final PermitChanges changes;

    private final ActiveWork.Finder activeWork;
    private final SiteSuspensions suspensions;

    PermitTimeRules(WorkPermitRepository permits, Organization organization, JdbcClient jdbc, Clock clock,
            PermitChanges changes, ActiveWork.Finder activeWork, SiteSuspensions suspensions) {
        this.activeWork = activeWork;
        this.suspensions = suspensions;
        this.permits = permits;
        this.organization = organization;
        this.jdbc = jdbc;
        this.clock = clock;
        this.changes = changes;
    }

    @Scheduled(fixedDelayString = "${anzuo.permit.time-rules-interval:PT30S}", initialDelayString = "PT10S")
    @SchedulerLock(name = "permit-time-rules", lockAtMostFor = "PT2M")
    public void scheduled() {
        sweep();
        dailyHotWorkAnalyses();
    }

    /**
     * GB 30871 5.3.1d: hot work needs an analysis every day before it goes on. Active hot work whose
     * counting analysis was sampled on an earlier day (company time) is suspended by the system with cause
     * {@code GAS_TEST_DUE}; it resumes after a new passing analysis. Returns the permits suspended.
     */
    public List<java.util.UUID> dailyHotWorkAnalyses() {
        Instant now = clock.instant();
        List<java.util.UUID> suspended = new java.util.ArrayList<>();
        java.util.Map<java.util.UUID, java.time.ZoneId> zones = new java.util.HashMap<>();
        for (ActiveWork work : activeWork.ofType(cn.anzuo.shared.WorkType.HOT_WORK)) {
            java.time.ZoneId zone = zones.computeIfAbsent(work.companyId(), c -> organization.policy(c).zone());
            if (!GasTestFreshness.sameDay(work.startedAt(), now, zone)
                    && GasTestFreshness.dailyAnalysisDue(work.lastPassedSampleAt(), now, zone)) {
                suspensions.suspendOne(work.id(), new cn.anzuo.permit.SiteSuspension(work.siteId(),
                        cn.anzuo.permit.SuspensionCause.GAS_TEST_DUE, "GB 30871-2022 5.3.1d", null, false, null))
                        .ifPresent(suspended::add);
            }
        }
        return suspended;
    }

    /**
     * Applies the rules to every permit that may be due, each in a transaction of its own (ADR 0097); returns how many
     * changed. One transaction for them all was undone whole, and the sweep failed, when a read's refresh or a
     * check-in saved any one of them first.
     */
    public int sweep() {
        Instant now = clock.instant();
        int changed = 0;
        for (java.util.UUID id : due(now)) {
            if (changes.change(id, "time rules", permit -> applies(permit, now))) {
                changed++;
            }
        }
        return changed;
    }

    /**
     * The permits either rule may end now, one index range per status ({@code work_permit_status_start}, V13_4): both
     * rules need a planned start already passed, and a permit leaves these statuses once a rule ends it, so each
     * range holds the live permits and the due ones. One query with an {@code or} across statuses and columns was a
     * scan of every permit of every company, every 30 s (1,008,381 rows, 8.6 s cold, on the million-permit file).
     */
    private List<java.util.UUID> due(Instant now) {
        java.sql.Timestamp at = java.sql.Timestamp.from(now);
        List<java.util.UUID> due = new java.util.ArrayList<>();
        for (PermitStatus status : UNFINISHED) {
            boolean waiting = status == PermitStatus.PENDING_APPROVAL || status == PermitStatus.APPROVED;
            due.addAll(jdbc.sql("select id from work_permit where status = ? and planned_start <= ? and ("
                            + (waiting ? "first_check_in_at is null or " : "") + "planned_end <= ?)")
                    .params(status.name(), at, at).query(java.util.UUID.class).list());
        }
        return due;
    }

    /**
     * Applies the rules to one permit a read is about to show, saving it when its status changed; the permit as it now
     * is. Another reader or the sweep may save it first: the read then shows theirs (ADR 0097), not a 409.
     */
    @Transactional
    public WorkPermit refresh(WorkPermit permit) {
        Instant now = clock.instant();
        return changes.changeLoaded(permit, "time rules", current -> applies(current, now));
    }

    /** A list's card with the rules applied: its aggregate is loaded (and saved) only when they may apply now. */
    @Transactional
    public PermitCard refresh(PermitCard card) {
        Instant now = clock.instant();
        if (!card.timeRulesMayApply(now)) {
            return card;
        }
        return permits.findById(card.id())
                .map(permit -> PermitCard.of(changes.changeLoaded(permit, "time rules", p -> applies(p, now))))
                .orElse(card);
    }

    /** Applies the rules to the permit in memory; true when its status changed. */
    private boolean applies(WorkPermit permit, Instant now) {
        if (!permit.timeRulesMayApply(now)) {
            return false; // the common case on every read: no policy look-up, no write
        }
        Duration window = Duration.ofMinutes(organization.policy(permit.companyId()).checkInWindowMinutes());
        return permit.applyTimeRules(now, window);
    }
}
