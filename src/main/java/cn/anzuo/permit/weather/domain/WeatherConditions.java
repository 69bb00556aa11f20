package cn.anzuo.permit.weather.domain;

import cn.anzuo.shared.TimeWindow;
import cn.anzuo.shared.WorkType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The weather that applies to a window of work (ADR 0067): the wind of the latest observation while it is valid,
 * and the hottest observation of each day the window touches.
 *
 * @param wind the latest valid observation, empty when none is (no observation, or too old)
 * @param hottestByDay per company-time day, the observation with the highest temperature that day
 */
public record WeatherConditions(Optional<WeatherObservation> wind, Map<LocalDate, WeatherObservation> hottestByDay,
        ZoneId zone) {

    /** Nothing observed: no rule can refuse. */
    public static WeatherConditions none(ZoneId zone) {
        return new WeatherConditions(Optional.empty(), Map.of(), zone);
    }

    public WeatherConditions {
        hottestByDay = Map.copyOf(hottestByDay);
    }

    /**
     * The verdict on work of this type in this window: every rule that refuses it (wind first), and the heat
     * warning where no rule refuses. Indoor work is never refused by the weather.
     */
    public WeatherVerdict judge(WorkType type, boolean outdoor, TimeWindow window) {
        if (!outdoor) {
            return WeatherVerdict.CLEAR;
        }
        List<WeatherReason> refusals = new ArrayList<>();
        wind.flatMap(w -> WindLimit.refusal(type, w)).ifPresent(refusals::add);
        HeatLimit.refusal(window, zone, hottestByDay).ifPresent(refusals::add);
        List<WeatherReason> warnings = refusals.isEmpty()
                ? HeatLimit.warning(window, zone, hottestByDay).stream().toList()
                : List.of();
        return new WeatherVerdict(refusals, warnings);
    }

    /** The company-time days a window touches (at most a week: longer windows are capped by ValidityCap anyway). */
    static List<LocalDate> days(TimeWindow window, ZoneId zone) {
        LocalDate first = LocalDate.ofInstant(window.from(), zone);
        LocalDate last = LocalDate.ofInstant(window.to().minusNanos(1), zone);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last) && days.size() < 8; d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }
}
