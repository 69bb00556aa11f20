package cn.anzuo.permit.domain;

import cn.anzuo.organization.CompanyPolicy;
import cn.anzuo.permit.PermitLevel;
import cn.anzuo.shared.TimeWindow;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * GB 30871 5.1.1: hot work on holidays, rest days or at night is upgraded one level (二级 → 一级 →
 * 特级). Night is the company's window (default 20:00–06:00); rest days come from the holiday
 * calendar. One upgrade at most, whatever the number of reasons.
 */
public final class HotWorkLevelUpgrade {

    private HotWorkLevelUpgrade() {}

    public static LevelDecision decide(PermitLevel requested, TimeWindow window, CompanyPolicy policy, UUID companyId,
            BiFunction<UUID, LocalDate, Optional<String>> restDay) {
        Optional<String> restDayName = restDayTouched(window, policy, companyId, restDay);
        boolean night = touchesNight(window, policy);
        if (!night && restDayName.isEmpty()) {
            return new LevelDecision(requested, requested, "按申请定级:" + requested.chinese(), List.of());
        }
        String why = night
                ? "夜间作业(" + policy.nightStart() + "–" + policy.nightEnd() + ")"
                : restDayName.get() + "作业";
        if (night && restDayName.isPresent()) {
            why = restDayName.get() + "、夜间作业";
        }
        PermitLevel upgraded = switch (requested) {
            case LEVEL_2 -> PermitLevel.LEVEL_1;
            case LEVEL_1, SPECIAL -> PermitLevel.SPECIAL;
            default -> requested;
        };
        String reason = requested == PermitLevel.SPECIAL
                ? why + "应升级一级,已为特级(GB 30871-2022 5.1.1)"
                : why + "升级一级:" + requested.chinese() + "→" + upgraded.chinese() + "(GB 30871-2022 5.1.1)";
        return new LevelDecision(upgraded, requested, reason, List.of());
    }

    /** Whether any moment of the window falls into the night window of any day it touches. */
    static boolean touchesNight(TimeWindow window, CompanyPolicy policy) {
        return !NightWindow.touched(window, policy).isEmpty();
    }

    private static Optional<String> restDayTouched(TimeWindow window, CompanyPolicy policy, UUID companyId,
            BiFunction<UUID, LocalDate, Optional<String>> restDay) {
        LocalDate first = window.from().atZone(policy.zone()).toLocalDate();
        LocalDate last = window.to().minusNanos(1).atZone(policy.zone()).toLocalDate();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            Optional<String> name = restDay.apply(companyId, day);
            if (name.isPresent()) {
                return name;
            }
        }
        return Optional.empty();
    }
}
