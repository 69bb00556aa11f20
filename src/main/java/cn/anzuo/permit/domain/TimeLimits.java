package cn.anzuo.permit.domain;

import cn.anzuo.permit.PermitStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The time limits of a permit (API.md "Statuses"): nobody checked in within the company's window after
 * the planned start → void (事后补录 is impossible); past the planned end while not completed → expired.
 */
final class TimeLimits {

    private TimeLimits() {}

    /** Which end is due now, if any; the void rule comes first. */
    static Optional<EndCause> due(WorkPermit permit, Instant now, Duration checkInWindow) {
        if (waiting(permit) && permit.progress().firstCheckInAt() == null
                && !now.isBefore(permit.plannedStart().plus(checkInWindow))) {
            return Optional.of(EndCause.NO_CHECK_IN);
        }
        return unfinished(permit) && !now.isBefore(permit.plannedEnd()) ? Optional.of(EndCause.PLANNED_END_PASSED)
                : Optional.empty();
    }

    /** Whether any window could make an end due now: lets a read skip the company policy look-up. */
    static boolean mayApply(WorkPermit permit, Instant now) {
        return mayApply(permit.status(), permit.progress().firstCheckInAt(), permit.plannedStart(), permit.plannedEnd(), now);
    }

    /** {@link #mayApply(WorkPermit, Instant)} on a permit's columns, for a list's card without its aggregate. */
    static boolean mayApply(PermitStatus status, Instant firstCheckIn, Instant plannedStart, Instant plannedEnd,
            Instant now) {
        return (waiting(status) && firstCheckIn == null && !now.isBefore(plannedStart))
                || (unfinished(status) && !now.isBefore(plannedEnd));
    }

    private static boolean waiting(WorkPermit permit) {
        return waiting(permit.status());
    }

    private static boolean unfinished(WorkPermit permit) {
        return unfinished(permit.status());
    }

    private static boolean waiting(PermitStatus status) {
        return status == PermitStatus.PENDING_APPROVAL || status == PermitStatus.APPROVED;
    }

    private static boolean unfinished(PermitStatus status) {
        return waiting(status) || status == PermitStatus.ACTIVE || status == PermitStatus.SUSPENDED;
    }
}
