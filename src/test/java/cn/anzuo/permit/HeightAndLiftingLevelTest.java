package cn.anzuo.permit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.permit.domain.HeightLevel;
import cn.anzuo.permit.domain.LiftingLevel;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Height grade bands and method B (GB/T 3608 via GB 30871 clause 8); lifting grade by load (clause 9). */
class HeightAndLiftingLevelTest {

    static PermitLevel height(String metres, HazardFactor... factors) {
        return HeightLevel.decide(new BigDecimal(metres), Set.of(factors), null).level();
    }

    static PermitLevel lifting(String tonnes) {
        return LiftingLevel.decide(new BigDecimal(tonnes), null).level();
    }

    @Test
    void method_A_bands() {
        assertThat(height("2")).isEqualTo(PermitLevel.I);
        assertThat(height("5")).isEqualTo(PermitLevel.I);
        assertThat(height("5.01")).isEqualTo(PermitLevel.II);
        assertThat(height("15")).isEqualTo(PermitLevel.II);
        assertThat(height("15.01")).isEqualTo(PermitLevel.III);
        assertThat(height("30")).isEqualTo(PermitLevel.III);
        assertThat(height("30.01")).isEqualTo(PermitLevel.IV);
    }

    @Test
    void method_B_raises_one_grade_at_most_to_IV() {
        assertThat(height("3", HazardFactor.WIND_GUST)).isEqualTo(PermitLevel.II);
        assertThat(height("10", HazardFactor.SLIPPERY_SURFACE, HazardFactor.POOR_VISIBILITY)).isEqualTo(PermitLevel.III);
        assertThat(height("20", HazardFactor.RESCUE)).isEqualTo(PermitLevel.IV);
        assertThat(height("40", HazardFactor.RESCUE)).isEqualTo(PermitLevel.IV);
    }

    @Test
    void a_stricter_requested_grade_is_kept_a_laxer_one_is_not() {
        assertThat(HeightLevel.decide(new BigDecimal("3"), Set.of(), PermitLevel.III).level()).isEqualTo(PermitLevel.III);
        assertThat(HeightLevel.decide(new BigDecimal("20"), Set.of(), PermitLevel.I).level()).isEqualTo(PermitLevel.III);
    }

    @Test
    void lifting_grades_by_load() {
        assertThat(lifting("100.001")).isEqualTo(PermitLevel.LEVEL_1);
        assertThat(lifting("100")).isEqualTo(PermitLevel.LEVEL_2);
        assertThat(lifting("40")).isEqualTo(PermitLevel.LEVEL_2);
        assertThat(lifting("39.99")).isEqualTo(PermitLevel.LEVEL_3);
    }

    @Test
    void loads_under_ten_tonnes_warn_that_no_permit_is_required() {
        assertThat(LiftingLevel.decide(new BigDecimal("9.9"), null).warnings()).containsExactly(LiftingLevel.LIGHT_LOAD_WARNING);
        assertThat(LiftingLevel.decide(new BigDecimal("10"), null).warnings()).isEmpty();
    }
}
