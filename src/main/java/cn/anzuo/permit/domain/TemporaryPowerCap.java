package cn.anzuo.permit.domain;

import cn.anzuo.shared.TimeWindow;
import cn.anzuo.shared.WorkType;
import java.util.List;

/**
 * Temporary power that serves hot work or a confined space lasts no longer than that work
 * (DOMAIN.md §8, GB 30871 10.8): its window must lie within the window of every such permit it names in
 * {@code relatedPermitIds}. Without such a permit the 15-day cap of {@link ValidityCap} applies alone.
 */
final class TemporaryPowerCap {

    private TemporaryPowerCap() {}

    static void check(WorkType type, TimeWindow window, List<WorkPermit> related) {
        if (type != WorkType.TEMP_POWER) {
            return;
        }
        for (WorkPermit served : related) {
            boolean bound = served.workType() == WorkType.HOT_WORK || served.workType() == WorkType.CONFINED_SPACE;
            if (bound && (window.from().isBefore(served.plannedStart()) || window.to().isAfter(served.plannedEnd()))) {
                throw PermitProblems.outlastsServedWork(served.number());
            }
        }
    }
}
