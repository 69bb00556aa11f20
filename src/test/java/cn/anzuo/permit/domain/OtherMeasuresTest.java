package cn.anzuo.permit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Annex A 其他安全措施: free text, stored as written (trimmed), nothing when blank, at most 500 characters. */
class OtherMeasuresTest {

    @Test
    void blank_other_measures_are_none() {
        assertThat(OtherMeasures.of(null)).isNull();
        assertThat(OtherMeasures.of("  \n ")).isNull();
    }

    @Test
    void other_measures_are_kept_as_written_without_surrounding_space() {
        assertThat(OtherMeasures.of("  设专人警戒，配备空气呼吸器\n")).isEqualTo("设专人警戒，配备空气呼吸器");
    }

    @Test
    void other_measures_hold_at_most_500_characters() {
        assertThat(OtherMeasures.of("措".repeat(500))).hasSize(500);
        assertThatThrownBy(() -> OtherMeasures.of("措".repeat(501))).isInstanceOf(IllegalArgumentException.class);
    }
}
