package cn.anzuo.permit.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * What happened on site after approval (API.md "Lifecycle"), each moment once: the first check-in, the shift
 * leader's check (当班班长验票, hot work), the start, the completion and the two signatures of 完工验收. A value kept
 * in the permit's own row; {@link WorkPermit}'s guarded methods decide when a moment may be recorded.
 */
public record SiteProgress(Instant firstCheckInAt, UUID shiftCheckedBy, Instant shiftCheckedAt, Instant startedAt,
        Instant completedAt, Instant leaderAcceptedAt, Instant guardianAcceptedAt) {

    static final SiteProgress NONE = new SiteProgress(null, null, null, null, null, null, null);

    /** The first check-in at {@code at}; a later one changes nothing (the crew checks in one by one). */
    SiteProgress checkedIn(Instant at) {
        return firstCheckInAt != null ? this : new SiteProgress(at, shiftCheckedBy, shiftCheckedAt, startedAt,
                completedAt, leaderAcceptedAt, guardianAcceptedAt);
    }

    SiteProgress shiftChecked(UUID by, Instant at) {
        return new SiteProgress(firstCheckInAt, by, at, startedAt, completedAt, leaderAcceptedAt, guardianAcceptedAt);
    }

    SiteProgress started(Instant at) {
        return new SiteProgress(firstCheckInAt, shiftCheckedBy, shiftCheckedAt, at, completedAt, leaderAcceptedAt,
                guardianAcceptedAt);
    }

    SiteProgress completed(Instant at) {
        return new SiteProgress(firstCheckInAt, shiftCheckedBy, shiftCheckedAt, startedAt, at, leaderAcceptedAt,
                guardianAcceptedAt);
    }

    /** The leader's and/or the guardian's acceptance; one already given keeps its first moment. */
    SiteProgress accepted(boolean asLeader, boolean asGuardian, Instant at) {
        return new SiteProgress(firstCheckInAt, shiftCheckedBy, shiftCheckedAt, startedAt, completedAt,
                asLeader && leaderAcceptedAt == null ? at : leaderAcceptedAt,
                asGuardian && guardianAcceptedAt == null ? at : guardianAcceptedAt);
    }

    /** Both have accepted: the permit closes. */
    boolean acceptedByBoth() {
        return leaderAcceptedAt != null && guardianAcceptedAt != null;
    }
}
