package cn.anzuo.permit.onsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.anzuo.permit.onsite.domain.Gas;
import cn.anzuo.permit.onsite.domain.GasRules;
import cn.anzuo.shared.WorkType;
import cn.anzuo.shared.problem.BusinessProblem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** GB 30871-2022 pass criteria and unit conversions (DOMAIN.md §1.5), one test per rule. */
class GasRulesTest {

    static Gas combustible(String code, String lel, String molar) {
        return new Gas(code, code, Gas.Kind.COMBUSTIBLE, new BigDecimal(lel), new BigDecimal(molar), null, null, null);
    }

    static Gas toxic(String code, String molar, String mac, String twa) {
        return new Gas(code, code, Gas.Kind.TOXIC, null, new BigDecimal(molar), mac == null ? null : new BigDecimal(mac),
                twa == null ? null : new BigDecimal(twa), null);
    }

    static final Map<String, Gas> GASES = Map.of(
            "CH4", combustible("CH4", "5.0", "16.043"),
            "H2", combustible("H2", "4.0", "2.016"),
            "C3H8", combustible("C3H8", "2.1", "44.097"),
            "O2", new Gas("O2", "O2", Gas.Kind.OXYGEN, null, new BigDecimal("31.998"), null, null, null),
            "H2S", toxic("H2S", "34.081", "10", null),
            "CO", toxic("CO", "28.010", null, "20"));

    /**
     * Judges the readings, completed with passing readings of the kinds the type requires and the test did
     * not give (a test of the H₂S limit in a confined space still has O₂ and a combustible reading).
     */
    static List<GasFailure> judge(WorkType type, boolean enriched, GasReading... readings) {
        List<GasReading> all = new java.util.ArrayList<>(List.of(readings));
        java.util.Set<Gas.Kind> given = java.util.EnumSet.noneOf(Gas.Kind.class);
        all.forEach(r -> given.add(GASES.get(r.gas()) == null ? Gas.Kind.TOXIC : GASES.get(r.gas()).kind()));
        if (GasRules.requiredKinds(type).contains(Gas.Kind.COMBUSTIBLE) && !given.contains(Gas.Kind.COMBUSTIBLE)) {
            all.add(r("CH4", 0, GasUnit.PCT_LEL));
        }
        if (GasRules.requiredKinds(type).contains(Gas.Kind.OXYGEN) && !given.contains(Gas.Kind.OXYGEN)) {
            all.add(r("O2", 20.9, GasUnit.PCT_VOL));
        }
        return GasRules.evaluate(all, type, enriched, GASES);
    }

    static String refusal(WorkType type, GasReading... readings) {
        try {
            GasRules.evaluate(List.of(readings), type, false, GASES);
            return null;
        } catch (BusinessProblem problem) {
            return problem.code();
        }
    }

    @Test
    void hot_work_analysis_needs_a_combustible_reading_gb30871_5_3() {
        assertThat(refusal(WorkType.HOT_WORK, r("O2", 20.9, GasUnit.PCT_VOL))).isEqualTo("READINGS_MISSING");
        assertThat(refusal(WorkType.HOT_WORK, r("CH4", 0.1, GasUnit.PCT_VOL))).isNull();
        assertThat(refusal(WorkType.TEMP_POWER, r("H2S", 1, GasUnit.MG_M3))).isEqualTo("READINGS_MISSING");
    }

    @Test
    void confined_space_analysis_needs_oxygen_and_a_combustible_reading_gb30871_6_3() {
        assertThat(refusal(WorkType.CONFINED_SPACE, r("CH4", 0.1, GasUnit.PCT_VOL))).isEqualTo("READINGS_MISSING");
        assertThat(refusal(WorkType.CONFINED_SPACE, r("O2", 20.9, GasUnit.PCT_VOL))).isEqualTo("READINGS_MISSING");
        assertThat(refusal(WorkType.CONFINED_SPACE, r("O2", 20.9, GasUnit.PCT_VOL), r("CH4", 0.1, GasUnit.PCT_VOL)))
                .isNull();
        assertThat(refusal(WorkType.HEIGHT, r("H2S", 1, GasUnit.MG_M3))).isNull();
    }

    @Test
    void negative_not_finite_or_impossible_readings_are_refused() {
        assertThat(refusal(WorkType.HOT_WORK, r("CH4", -0.01, GasUnit.PCT_VOL))).isEqualTo("INVALID_READING");
        assertThat(refusal(WorkType.HOT_WORK, r("CH4", 0, GasUnit.PCT_VOL))).isNull();
        assertThat(refusal(WorkType.HOT_WORK, r("CH4", 100, GasUnit.PCT_LEL))).isNull();
        assertThat(refusal(WorkType.HOT_WORK, r("CH4", 100.01, GasUnit.PCT_LEL))).isEqualTo("INVALID_READING");
        assertThat(refusal(WorkType.HOT_WORK, r("CH4", 1_000_001, GasUnit.PPM))).isEqualTo("INVALID_READING");
        assertThat(refusal(WorkType.HOT_WORK, r("CH4", Double.NaN, GasUnit.PPM))).isEqualTo("INVALID_READING");
        assertThat(refusal(WorkType.HOT_WORK, r("CH4", Double.POSITIVE_INFINITY, GasUnit.PPM)))
                .isEqualTo("INVALID_READING");
    }

    static boolean passes(WorkType type, GasReading reading) {
        return judge(type, false, reading).isEmpty();
    }

    static GasReading r(String gas, double value, GasUnit unit) {
        return new GasReading(gas, value, unit);
    }

    @Test
    void methane_LEL_5_percent_passes_up_to_half_a_percent_by_volume_or_10_percent_LEL() {
        assertThat(passes(WorkType.HOT_WORK, r("CH4", 0.5, GasUnit.PCT_VOL))).isTrue();
        assertThat(passes(WorkType.HOT_WORK, r("CH4", 0.51, GasUnit.PCT_VOL))).isFalse();
        assertThat(passes(WorkType.HOT_WORK, r("CH4", 10, GasUnit.PCT_LEL))).isTrue();
        assertThat(passes(WorkType.HOT_WORK, r("CH4", 10.2, GasUnit.PCT_LEL))).isFalse();
        assertThat(passes(WorkType.HOT_WORK, r("CH4", 5000, GasUnit.PPM))).isTrue();
        assertThat(passes(WorkType.HOT_WORK, r("CH4", 5100, GasUnit.PPM))).isFalse();
    }

    @Test
    void hydrogen_LEL_4_percent_is_on_the_high_branch_12_5_percent_LEL() {
        assertThat(passes(WorkType.HOT_WORK, r("H2", 12.5, GasUnit.PCT_LEL))).isTrue();
        assertThat(passes(WorkType.HOT_WORK, r("H2", 12.6, GasUnit.PCT_LEL))).isFalse();
        assertThat(judge(WorkType.HOT_WORK, false, r("H2", 0.6, GasUnit.PCT_VOL)).getFirst().rule()).contains("LEL≥4%");
    }

    @Test
    void propane_LEL_2_1_percent_passes_only_up_to_0_2_percent_by_volume_about_9_5_percent_LEL() {
        assertThat(passes(WorkType.HOT_WORK, r("C3H8", 0.2, GasUnit.PCT_VOL))).isTrue();
        assertThat(passes(WorkType.HOT_WORK, r("C3H8", 9.5, GasUnit.PCT_LEL))).isTrue();
        List<GasFailure> failures = judge(WorkType.HOT_WORK, false, r("C3H8", 9.6, GasUnit.PCT_LEL));
        assertThat(failures).singleElement().satisfies(f -> {
            assertThat(f.limit()).isEqualTo(0.2);
            assertThat(f.value()).isCloseTo(0.2016, Offset.offset(0.0001));
            assertThat(f.rule()).contains("LEL<4%");
        });
    }

    @Test
    void oxygen_in_a_confined_space_must_be_19_5_to_21_percent() {
        assertThat(passes(WorkType.CONFINED_SPACE, r("O2", 19.4, GasUnit.PCT_VOL))).isFalse();
        assertThat(passes(WorkType.CONFINED_SPACE, r("O2", 19.5, GasUnit.PCT_VOL))).isTrue();
        assertThat(passes(WorkType.CONFINED_SPACE, r("O2", 21.0, GasUnit.PCT_VOL))).isTrue();
        assertThat(passes(WorkType.CONFINED_SPACE, r("O2", 21.1, GasUnit.PCT_VOL))).isFalse();
    }

    @Test
    void oxygen_enriched_service_allows_up_to_23_5_percent() {
        assertThat(judge(WorkType.CONFINED_SPACE, true, r("O2", 23.5, GasUnit.PCT_VOL))).isEmpty();
        assertThat(judge(WorkType.HOT_WORK, true, r("O2", 23.6, GasUnit.PCT_VOL))).hasSize(1);
        assertThat(judge(WorkType.HOT_WORK, false, r("O2", 20.9, GasUnit.PCT_VOL))).isEmpty();
    }

    @Test
    void hydrogen_sulfide_at_most_its_MAC_of_10_mg_per_cubic_metre() {
        assertThat(passes(WorkType.CONFINED_SPACE, r("H2S", 10, GasUnit.MG_M3))).isTrue();
        assertThat(passes(WorkType.CONFINED_SPACE, r("H2S", 10.1, GasUnit.MG_M3))).isFalse();
        assertThat(passes(WorkType.CONFINED_SPACE, r("H2S", 7, GasUnit.PPM))).isTrue();   // 9.76 mg/m³
        assertThat(passes(WorkType.CONFINED_SPACE, r("H2S", 8, GasUnit.PPM))).isFalse();  // 11.15 mg/m³
        assertThat(judge(WorkType.CONFINED_SPACE, false, r("H2S", 8, GasUnit.PPM)).getFirst().rule()).isEqualTo("GBZ2.1: MAC");
    }

    @Test
    void carbon_monoxide_at_most_its_PC_TWA_of_20_mg_per_cubic_metre() {
        assertThat(passes(WorkType.CONFINED_SPACE, r("CO", 20, GasUnit.MG_M3))).isTrue();
        assertThat(passes(WorkType.CONFINED_SPACE, r("CO", 17, GasUnit.PPM))).isTrue();   // 19.47 mg/m³
        assertThat(passes(WorkType.CONFINED_SPACE, r("CO", 18, GasUnit.PPM))).isFalse();  // 20.62 mg/m³
        assertThat(judge(WorkType.CONFINED_SPACE, false, r("CO", 30, GasUnit.MG_M3)).getFirst().rule()).isEqualTo("GBZ2.1: PC-TWA");
    }

    @Test
    void every_failure_is_listed_with_gas_value_limit_and_rule() {
        List<GasFailure> failures = judge(WorkType.CONFINED_SPACE, false,
                r("CH4", 20, GasUnit.PCT_LEL), r("O2", 18, GasUnit.PCT_VOL), r("H2S", 15, GasUnit.MG_M3));
        assertThat(failures).extracting(GasFailure::gas).containsExactly("CH4", "O2", "H2S");
        assertThat(failures.getFirst().value()).isEqualTo(1.0);
        assertThat(failures.getFirst().limit()).isEqualTo(0.5);
    }

    @Test
    void unknown_gases_and_impossible_units_are_refused() {
        assertThatThrownBy(() -> judge(WorkType.HOT_WORK, false, r("XE", 1, GasUnit.PPM)))
                .isInstanceOfSatisfying(BusinessProblem.class, p -> assertThat(p.code()).isEqualTo("UNKNOWN_GAS"));
        assertThatThrownBy(() -> judge(WorkType.HOT_WORK, false, r("O2", 1, GasUnit.PCT_LEL)))
                .isInstanceOfSatisfying(BusinessProblem.class, p -> assertThat(p.code()).isEqualTo("INVALID_UNIT"));
    }

    @Test
    void conversions_between_ppm_mg_per_cubic_metre_and_percent() {
        Gas h2s = GASES.get("H2S");
        assertThat(GasRules.toMgM3(r("H2S", 1, GasUnit.PPM), h2s)).isCloseTo(1.3939, Offset.offset(0.0001));
        assertThat(GasRules.toPctVol(r("CH4", 1, GasUnit.PCT_VOL), GASES.get("CH4"))).isEqualTo(1.0);
        assertThat(GasRules.toPctVol(r("CH4", 10_000, GasUnit.PPM), GASES.get("CH4"))).isEqualTo(1.0);
    }
}
