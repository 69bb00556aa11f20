package cn.anzuo.permit.weather.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.shared.TimeWindow;
import cn.anzuo.shared.WorkType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * 防暑降温措施管理办法 第八条 (DOMAIN.md §5.1): ≥ 40 °C no outdoor work that day, ≥ 37 °C none 12:00–15:00 company
 * time, ≥ 35 °C a warning — each limit on both sides, and the edges of the midday span.
 */
class HeatLimitTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate DAY = LocalDate.of(2026, 7, 20);

    static WeatherConditions hottest(String celsius) {
        var at = DAY.atTime(14, 0).atZone(SHANGHAI).toInstant();
        return new WeatherConditions(Optional.empty(), Map.of(DAY, new WeatherObservation(UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), at, new BigDecimal(celsius), 1, "MANUAL", null, at)), SHANGHAI);
    }

    static TimeWindow window(int fromHour, int fromMinute, int toHour, int toMinute) {
        return new TimeWindow(DAY.atTime(LocalTime.of(fromHour, fromMinute)).atZone(SHANGHAI).toInstant(),
                DAY.atTime(LocalTime.of(toHour, toMinute)).atZone(SHANGHAI).toInstant());
    }

    static WeatherVerdict judge(String celsius, TimeWindow window) {
        return hottest(celsius).judge(WorkType.EXCAVATION, true, window);
    }

    static final TimeWindow MORNING = window(8, 0, 11, 0);
    static final TimeWindow MIDDAY = window(12, 30, 13, 30);

    @Test
    void belowThirtyFiveNeitherWarnsNorBlocks() {
        WeatherVerdict verdict = judge("34.9", MIDDAY);
        assertThat(verdict.blocked()).isFalse();
        assertThat(verdict.warnings()).isEmpty();
    }

    @Test
    void thirtyFiveWarnsWithoutRefusing() {
        WeatherVerdict verdict = judge("35", MIDDAY);
        assertThat(verdict.blocked()).isFalse();
        assertThat(verdict.warningCodes()).containsExactly("HEAT_WARNING");
    }

    @Test
    void belowThirtySevenMiddayWorkIsAllowedWithAWarning() {
        WeatherVerdict verdict = judge("36.9", MIDDAY);
        assertThat(verdict.blocked()).isFalse();
        assertThat(verdict.warningCodes()).containsExactly("HEAT_WARNING");
    }

    @Test
    void thirtySevenBlocksMiddayWorkButNotTheMorning() {
        assertThat(judge("37", MIDDAY).refusals()).extracting(WeatherReason::rule)
                .containsExactly(WeatherRule.HEAT_STOP_MIDDAY);
        WeatherVerdict morning = judge("37", MORNING);
        assertThat(morning.blocked()).isFalse();
        assertThat(morning.warningCodes()).containsExactly("HEAT_WARNING");
    }

    @Test
    void atThirtySevenAWindowEndingAt1159Or1200IsAllowedAndOneEndingAt1201IsNot() {
        assertThat(judge("37", window(9, 0, 11, 59)).blocked()).isFalse();
        assertThat(judge("37", window(9, 0, 12, 0)).blocked()).isFalse();
        assertThat(judge("37", window(9, 0, 12, 1)).blocked()).isTrue();
    }

    @Test
    void atThirtySevenAWindowStartingAt1500IsAllowedAndOneStartingAt1459IsNot() {
        assertThat(judge("37", window(15, 0, 17, 0)).blocked()).isFalse();
        assertThat(judge("37", window(14, 59, 17, 0)).blocked()).isTrue();
        assertThat(judge("37", window(11, 59, 12, 30)).blocked()).isTrue();
    }

    @Test
    void belowFortyMorningWorkIsAllowed() {
        assertThat(judge("39.9", MORNING).blocked()).isFalse();
    }

    @Test
    void fortyStopsOutdoorWorkTheWholeDay() {
        assertThat(judge("40", MORNING).refusals()).extracting(WeatherReason::rule)
                .containsExactly(WeatherRule.HEAT_STOP_DAY);
        assertThat(judge("40", window(18, 0, 20, 0)).refusals()).extracting(WeatherReason::rule)
                .containsExactly(WeatherRule.HEAT_STOP_DAY);
    }

    @Test
    void aFortyDegreeDayDoesNotStopWorkOnTheNextDay() {
        var next = new TimeWindow(DAY.plusDays(1).atTime(8, 0).atZone(SHANGHAI).toInstant(),
                DAY.plusDays(1).atTime(10, 0).atZone(SHANGHAI).toInstant());
        assertThat(judge("40", next).blocked()).isFalse();
    }

    @Test
    void indoorWorkIsNeverBlockedByHeat() {
        WeatherVerdict verdict = hottest("45").judge(WorkType.HOT_WORK, false, MIDDAY);
        assertThat(verdict.blocked()).isFalse();
        assertThat(verdict.warnings()).isEmpty();
    }

    @Test
    void aBlockedWindowCarriesNoWarningOnTop() {
        assertThat(judge("41", MIDDAY).warnings()).isEmpty();
    }
}
