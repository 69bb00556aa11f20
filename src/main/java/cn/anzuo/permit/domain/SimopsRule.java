package cn.anzuo.permit.domain;

import cn.anzuo.shared.TimeWindow;
import cn.anzuo.shared.WorkType;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * 交叉作业 (GB 30871-2022 4.7): two permits conflict when their types form a pair of
 * {@link SimopsPairs}, their points lie within the pair's distance (great circle, inclusive) and their
 * half-open windows overlap (one ending at 10:00 and one starting at 10:00 do not). A conflict the
 * applicant lists in {@code relatedPermitIds} is acknowledged and no longer refuses.
 */
public final class SimopsRule {

    /** A permit as the rule sees it. */
    public record Work(UUID id, WorkType type, GeoPoint point, TimeWindow window) {}

    private SimopsRule() {}

    public static boolean conflict(Work a, Work b, SimopsPairs pairs) {
        if (a.point() == null || b.point() == null || a.id().equals(b.id()) || !a.window().overlaps(b.window())) {
            return false;
        }
        var within = pairs.distance(a.type(), b.type());
        return within.isPresent() && a.point().metersTo(b.point()) <= within.getAsDouble();
    }

    /** The others that conflict with {@code work}, acknowledged or not, in the order given. */
    public static List<UUID> conflicts(Work work, Collection<Work> others, SimopsPairs pairs) {
        return others.stream().filter(other -> conflict(work, other, pairs)).map(Work::id).toList();
    }

    /** The conflicts the applicant did not acknowledge in {@code relatedPermitIds}. */
    public static List<UUID> unacknowledged(Work work, Collection<Work> others, Set<UUID> related, SimopsPairs pairs) {
        return conflicts(work, others, pairs).stream().filter(id -> !related.contains(id)).toList();
    }
}
