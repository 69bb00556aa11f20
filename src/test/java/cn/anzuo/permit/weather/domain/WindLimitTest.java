package cn.anzuo.permit.weather.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.shared.TimeWindow;
import cn.anzuo.shared.WorkType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** GB 30871 5.2.15, 8.2.6, 9.2.4 (DOMAIN.md §5.2): each wind limit on both sides. */
class WindLimitTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Instant AT = Instant.parse("2026-12-01T01:00:00Z"); // 09:00 in Shanghai

    static WeatherObservation wind(int scale) {
        return new WeatherObservation(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), AT, new BigDecimal("20"),
                scale, WeatherObservation.MANUAL, null, AT);
    }

    static WeatherVerdict judge(WorkType type, boolean outdoor, int scale) {
        return new WeatherConditions(Optional.of(wind(scale)), Map.of(), SHANGHAI)
                .judge(type, outdoor, new TimeWindow(AT, AT.plus(Duration.ofHours(2))));
    }

    @Test
    void windFourAllowsOutdoorHotWorkAndFiveBlocksIt() {
        assertThat(judge(WorkType.HOT_WORK, true, 4).blocked()).isFalse();
        assertThat(judge(WorkType.HOT_WORK, true, 5).refusals())
                .extracting(WeatherReason::rule).containsExactly(WeatherRule.WIND_HOT_WORK);
    }

    @Test
    void windFourAllowsOutdoorHeightWorkAndFiveBlocksIt() {
        assertThat(judge(WorkType.HEIGHT, true, 4).blocked()).isFalse();
        assertThat(judge(WorkType.HEIGHT, true, 5).refusals())
                .extracting(WeatherReason::rule).containsExactly(WeatherRule.WIND_HEIGHT);
    }

    @Test
    void windFiveStillAllowsOutdoorLiftingAndSixBlocksIt() {
        assertThat(judge(WorkType.LIFTING, true, 5).blocked()).isFalse();
        WeatherReason reason = judge(WorkType.LIFTING, true, 6).refusals().getFirst();
        assertThat(reason.rule()).isEqualTo(WeatherRule.WIND_LIFTING);
        assertThat(reason.observed()).isEqualByComparingTo("6");
        assertThat(reason.rule().limit()).isEqualByComparingTo("6");
        assertThat(reason.observedAt()).isEqualTo(AT);
    }

    @ParameterizedTest
    @EnumSource(value = WorkType.class, names = {"HOT_WORK", "HEIGHT", "LIFTING"})
    void indoorWorkIsNeverBlockedByWind(WorkType type) {
        assertThat(judge(type, false, 12).blocked()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = WorkType.class, names = {"HOT_WORK", "HEIGHT", "LIFTING"}, mode = EnumSource.Mode.EXCLUDE)
    void otherWorkTypesHaveNoWindLimit(WorkType type) {
        assertThat(WindLimit.ruleFor(type)).isEmpty();
        assertThat(judge(type, true, 12).blocked()).isFalse();
    }
}
