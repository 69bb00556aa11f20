package cn.anzuo.permit.weather.domain;

import cn.anzuo.shared.TimeWindow;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * Heat (防暑降温措施管理办法 第八条, DOMAIN.md §5.1), judged on each day the work touches by that day's highest
 * observed temperature: ≥ 40 °C no outdoor work that day; ≥ 37 °C none in the hottest three hours, taken as
 * [12:00, 15:00) company time (a window that overlaps them is refused, one ending at 12:00 or starting at 15:00 is
 * not); ≥ 35 °C a warning only. Applies to every work type outdoors.
 */
public final class HeatLimit {

    static final LocalTime MIDDAY_FROM = LocalTime.NOON;
    static final LocalTime MIDDAY_TO = LocalTime.of(15, 0);

    private HeatLimit() {}

    /** Why the heat stops work in this window, or empty. */
    public static Optional<WeatherReason> refusal(TimeWindow window, ZoneId zone,
            Map<LocalDate, WeatherObservation> hottestByDay) {
        for (LocalDate day : WeatherConditions.days(window, zone)) {
            WeatherObservation hottest = hottestByDay.get(day);
            if (hottest == null) {
                continue;
            }
            if (WeatherRule.HEAT_STOP_DAY.reachedBy(hottest.temperatureC())) {
                return Optional.of(reason(WeatherRule.HEAT_STOP_DAY, hottest));
            }
            if (WeatherRule.HEAT_STOP_MIDDAY.reachedBy(hottest.temperatureC()) && window.overlaps(midday(day, zone))) {
                return Optional.of(reason(WeatherRule.HEAT_STOP_MIDDAY, hottest));
            }
        }
        return Optional.empty();
    }

    /** A ≥ 35 °C day within the window: the work may go on, applicant and approvers are told. */
    public static Optional<WeatherReason> warning(TimeWindow window, ZoneId zone,
            Map<LocalDate, WeatherObservation> hottestByDay) {
        return WeatherConditions.days(window, zone).stream().map(hottestByDay::get)
                .filter(o -> o != null && WeatherRule.HEAT_WARNING.reachedBy(o.temperatureC()))
                .findFirst().map(o -> reason(WeatherRule.HEAT_WARNING, o));
    }

    static TimeWindow midday(LocalDate day, ZoneId zone) {
        return new TimeWindow(day.atTime(MIDDAY_FROM).atZone(zone).toInstant(),
                day.atTime(MIDDAY_TO).atZone(zone).toInstant());
    }

    private static WeatherReason reason(WeatherRule rule, WeatherObservation observation) {
        return new WeatherReason(rule, observation.temperatureC(), observation.observedAt());
    }
}
