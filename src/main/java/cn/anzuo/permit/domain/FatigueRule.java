package cn.anzuo.permit.domain;

import cn.anzuo.organization.CompanyPolicy;
import cn.anzuo.permit.PermitLevel;
import cn.anzuo.permit.PermitStatus;
import cn.anzuo.shared.TimeWindow;
import cn.anzuo.shared.WorkType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Fatigue (疲劳作业), company policy and not law (DOMAIN.md §5.3, ADR 0069): a person named on
 * permits on {@code fatigueNights} nights in a row may not be named on a high-risk permit the next
 * night. Nights are the company's night window in its own time zone ({@link NightWindow}).
 */
public final class FatigueRule {

    /**
     * The statuses in which a permit counts as a night at work: planned, under way or done. A
     * rejected or cancelled permit never sent anyone out, and a voided one was never checked in to.
     */
    static final Set<PermitStatus> COUNTED = EnumSet.complementOf(
            EnumSet.of(PermitStatus.REJECTED, PermitStatus.CANCELLED, PermitStatus.VOIDED));

    private FatigueRule() {}

    /** Hot work, confined space, height Ⅲ/Ⅳ (≥ 15 m) and lifting 一级/二级 (≥ 40 t): the work a tired person must not do. */
    public static boolean highRisk(WorkType type, PermitLevel level) {
        return switch (type) {
            case HOT_WORK, CONFINED_SPACE -> true;
            case HEIGHT -> level == PermitLevel.III || level == PermitLevel.IV;
            case LIFTING -> level == PermitLevel.LEVEL_1 || level == PermitLevel.LEVEL_2;
            default -> false;
        };
    }

    /**
     * The first night of {@code window} that follows {@code fatigueNights} worked nights in a row,
     * or empty when the person is rested for every night the window touches.
     *
     * @param worked the windows of the person's counted permits (any type, any role)
     */
    public static Optional<LocalDate> tiredNight(TimeWindow window, Collection<TimeWindow> worked,
            CompanyPolicy policy) {
        Set<LocalDate> nightsWorked = new HashSet<>();
        worked.forEach(w -> nightsWorked.addAll(NightWindow.touched(w, policy)));
        return NightWindow.touched(window, policy).stream()
                .filter(night -> inARowBefore(night, nightsWorked) >= policy.fatigueNights())
                .findFirst();
    }

    /** How many nights immediately before {@code night} were worked without a break. */
    static int inARowBefore(LocalDate night, Set<LocalDate> nightsWorked) {
        int count = 0;
        for (LocalDate n = night.minusDays(1); nightsWorked.contains(n); n = n.minusDays(1)) {
            count++;
        }
        return count;
    }
}
