package cn.anzuo.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.anzuo.monitoring.domain.Metric;
import cn.anzuo.monitoring.domain.Thresholds;
import cn.anzuo.monitoring.domain.CameraEvent;
import cn.anzuo.shared.problem.BusinessProblem;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The shipped alarm thresholds against GB/T 50493-2019 §5.5.2 (DOMAIN.md §4.1, API.md defaults), each
 * limit from both sides: "at or above a threshold opens an alarm"; oxygen outside the band is second level.
 */
class AlarmThresholdRulesTest {

    static final Thresholds SHIPPED = Thresholds.GB_T_50493;

    static Optional<AlarmLevel> level(Metric metric, double value) {
        return SHIPPED.breach(metric, value).map(Thresholds.Breach::level);
    }

    @Nested
    class Gb_t_50493_5_5_2_combustible_25_and_50_percent_lel {
        @Test
        void below_25_is_no_alarm_and_25_is_the_first_level() {
            assertThat(level(Metric.LEL, 24.99)).isEmpty();
            assertThat(level(Metric.LEL, 25.0)).contains(AlarmLevel.LEVEL_1);
        }

        @Test
        void below_50_stays_first_level_and_50_is_the_second() {
            assertThat(level(Metric.LEL, 49.99)).contains(AlarmLevel.LEVEL_1);
            assertThat(level(Metric.LEL, 50.0)).contains(AlarmLevel.LEVEL_2);
            assertThat(SHIPPED.breach(Metric.LEL, 50.0).orElseThrow().threshold()).isEqualTo(50.0);
        }
    }

    @Nested
    class Gb_t_50493_5_5_2_toxic_100_and_200_percent_oel {
        @Test
        void hydrogen_sulphide_10_and_20_mg_per_m3() {
            assertThat(level(Metric.H2S, 9.99)).isEmpty();
            assertThat(level(Metric.H2S, 10.0)).contains(AlarmLevel.LEVEL_1);
            assertThat(level(Metric.H2S, 19.99)).contains(AlarmLevel.LEVEL_1);
            assertThat(level(Metric.H2S, 20.0)).contains(AlarmLevel.LEVEL_2);
        }

        @Test
        void carbon_monoxide_30_and_60_mg_per_m3() {
            assertThat(level(Metric.CO, 29.99)).isEmpty();
            assertThat(level(Metric.CO, 30.0)).contains(AlarmLevel.LEVEL_1);
            assertThat(level(Metric.CO, 59.99)).contains(AlarmLevel.LEVEL_1);
            assertThat(level(Metric.CO, 60.0)).contains(AlarmLevel.LEVEL_2);
        }
    }

    @Nested
    class Gb_t_50493_5_5_2_oxygen_19_5_to_23_5_percent_vol {
        @Test
        void deficiency_below_19_5_is_second_level() {
            assertThat(level(Metric.O2, 19.5)).isEmpty();
            assertThat(level(Metric.O2, 19.49)).contains(AlarmLevel.LEVEL_2);
        }

        @Test
        void enrichment_above_23_5_is_second_level() {
            assertThat(level(Metric.O2, 23.5)).isEmpty();
            assertThat(level(Metric.O2, 23.51)).contains(AlarmLevel.LEVEL_2);
        }
    }

    @Test
    void camera_smoke_is_second_level_and_intrusion_or_no_helmet_first() {
        assertThat(CameraEvent.SMOKE.level()).isEqualTo(AlarmLevel.LEVEL_2);
        assertThat(CameraEvent.INTRUSION.level()).isEqualTo(AlarmLevel.LEVEL_1);
        assertThat(CameraEvent.NO_HELMET.level()).isEqualTo(AlarmLevel.LEVEL_1);
    }

    @Test
    void invalid_thresholds_first_level_not_below_second_empty_band_or_negative() {
        assertThat(SHIPPED.validated()).isEqualTo(SHIPPED);
        assertThatThrownBy(() -> new Thresholds(50, 50, 10, 20, 30, 60, 19.5, 23.5).validated())
                .isInstanceOf(BusinessProblem.class).hasMessageContaining("INVALID_THRESHOLDS");
        assertThatThrownBy(() -> new Thresholds(25, 50, 10, 20, 30, 60, 23.5, 23.5).validated())
                .isInstanceOf(BusinessProblem.class);
        assertThatThrownBy(() -> new Thresholds(-1, 50, 10, 20, 30, 60, 19.5, 23.5).validated())
                .isInstanceOf(BusinessProblem.class);
        assertThat(new Thresholds(20, 50, 10, 20, 30, 60, 19.5, 23.5).validated().lelLevel1()).isEqualTo(20);
    }
}
