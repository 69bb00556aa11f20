package cn.anzuo.permit.domain;

import cn.anzuo.permit.PermitStatus;
import cn.anzuo.permit.SuspensionCause;
import cn.anzuo.shared.WorkType;
import cn.anzuo.shared.problem.BusinessProblem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The rules of going to work (API.md "Lifecycle", DOMAIN.md §1.5, §1.11), each returning what it finds
 * unmet as data: when people may check in, what starting needs, what resuming after a suspension needs.
 */
final class StartConditions {

    /** Check-in opens this long before the planned start (workers gather, the guardian arrives first). */
    static final Duration EARLY_CHECK_IN = Duration.ofHours(2);

    private StartConditions() {}

    /**
     * Why nobody may check in now ({@code CHECKIN_WINDOW_CLOSED}, {@code PERMIT_NOT_APPROVED}), or empty:
     * from two hours before the planned start while approved, and while the work is under way.
     */
    static Optional<BusinessProblem> checkIn(WorkPermit permit, Instant now) {
        PermitStatus status = permit.status();
        if (status == PermitStatus.VOIDED || status == PermitStatus.EXPIRED
                || (status == PermitStatus.APPROVED && now.isBefore(permit.plannedStart().minus(EARLY_CHECK_IN)))) {
            return Optional.of(PermitProblems.checkInWindowClosed());
        }
        if (status != PermitStatus.APPROVED && status != PermitStatus.ACTIVE) {
            return Optional.of(PermitProblems.notApproved());
        }
        return Optional.empty();
    }

    /**
     * Starting needs, in API.md order: a fresh passing gas analysis where the type needs one, every worker
     * and the guardian checked in, the shift leader's check for hot work, and the approved window open.
     */
    static Unmet start(WorkPermit permit, SiteEvidence evidence, Instant now) {
        List<String> unmet = new ArrayList<>();
        if (evidence.gasNeeded()) {
            GasTestFreshness.forStart(evidence.gasTests(), now).ifPresent(unmet::add);
        }
        List<UUID> missing = permit.workerIds().stream().filter(w -> !evidence.checkedIn().contains(w)).toList();
        if (!missing.isEmpty()) {
            unmet.add("NOT_CHECKED_IN");
        }
        if (!evidence.checkedIn().contains(permit.guardianId())) {
            unmet.add("GUARDIAN_NOT_PRESENT");
        }
        if (permit.workType() == WorkType.HOT_WORK && permit.progress().shiftCheckedAt() == null) {
            unmet.add("SHIFT_CHECK_REQUIRED");
        }
        if (now.isBefore(permit.plannedStart())) {
            unmet.add("WINDOW_NOT_OPEN");
        }
        return new Unmet(unmet, missing);
    }

    /**
     * Resuming needs: after an alarm, the alarm acknowledged; where a new analysis is due (alarm, new day
     * of hot work, interruption over the limit), a passing one sampled since the suspension.
     */
    static Unmet resume(WorkPermit permit, SiteEvidence evidence, Instant now) {
        return permit.suspension().map(suspension -> {
            List<String> unmet = new ArrayList<>();
            if (suspension.cause() == SuspensionCause.ALARM && !evidence.alarmAcknowledged()) {
                unmet.add("ALARM_NOT_ACKNOWLEDGED");
            }
            if (suspension.cause() == SuspensionCause.GUARDIAN_ABSENT && !evidence.guardianPresent()) {
                unmet.add("GUARDIAN_NOT_PRESENT"); // back inside the fence, reported since the suspension
            }
            if (evidence.gasNeeded()) {
                GasTestFreshness.forResume(evidence.gasTests(), suspension, now, permit.workType(), permit.level(),
                        evidence.zone()).ifPresent(unmet::add);
            }
            return new Unmet(unmet, List.of());
        }).orElse(Unmet.NONE);
    }
}
