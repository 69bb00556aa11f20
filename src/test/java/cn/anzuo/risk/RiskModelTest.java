package cn.anzuo.risk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.permit.PermitLevel;
import cn.anzuo.permit.PermitRisk;
import cn.anzuo.risk.domain.RiskFeatures;
import cn.anzuo.risk.domain.RiskModel;
import cn.anzuo.risk.domain.RiskPrior;
import cn.anzuo.shared.WorkType;
import org.junit.jupiter.api.Test;

/** The prior's documented weights and how a score shows its factors. */
class RiskModelTest {

    static RiskFeatures hotWork(PermitLevel level, boolean night, long siteAlarms, double novices) {
        return new RiskFeatures(WorkType.HOT_WORK, level, night, siteAlarms, null, null, novices);
    }

    @Test
    void the_prior_of_routine_day_work_is_low() {
        double score = RiskPrior.model().score(hotWork(PermitLevel.LEVEL_2, false, 0, 0).values());

        assertThat(score).isBetween(0.1, 0.13); // e^(−3+1) / (1 + e^(−2))
    }

    @Test
    void the_prior_raises_night_special_level_an_alarming_site_and_a_novice_crew() {
        RiskModel prior = RiskPrior.model();
        double routine = prior.score(hotWork(PermitLevel.LEVEL_2, false, 0, 0).values());
        double worst = prior.score(hotWork(PermitLevel.SPECIAL, true, 10, 1).values());

        assertThat(worst).isGreaterThan(0.7);
        PermitRisk risk = prior.assess(hotWork(PermitLevel.SPECIAL, true, 10, 1).values());
        assertThat(risk.factors()).extracting(PermitRisk.Factor::name)
                .containsExactly(RiskFeatures.SITE_ALARMS, "type.HOT_WORK", RiskFeatures.LEVEL, RiskFeatures.NIGHT);
        assertThat(routine).isLessThan(worst);
    }

    @Test
    void site_alarms_saturate_at_ten_in_90_days() {
        RiskModel prior = RiskPrior.model();

        assertThat(prior.score(hotWork(null, false, 9, 0).values()))
                .isLessThan(prior.score(hotWork(null, false, 10, 0).values()));
        assertThat(prior.score(hotWork(null, false, 10, 0).values()))
                .isEqualTo(prior.score(hotWork(null, false, 30, 0).values()));
    }

    @Test
    void absent_weather_weighs_nothing_and_recorded_heat_and_wind_raise_the_score() {
        RiskModel prior = RiskPrior.model();
        RiskFeatures absent = new RiskFeatures(WorkType.HEIGHT, PermitLevel.I, false, 0, null, null, 0);
        RiskFeatures mild = new RiskFeatures(WorkType.HEIGHT, PermitLevel.I, false, 0, 30.0, 0, 0);
        RiskFeatures harsh = new RiskFeatures(WorkType.HEIGHT, PermitLevel.I, false, 0, 40.0, 6, 0);

        assertThat(prior.score(mild.values())).isEqualTo(prior.score(absent.values()));
        assertThat(prior.score(harsh.values())).isGreaterThan(prior.score(mild.values()));
        assertThat(harsh.values()).containsEntry(RiskFeatures.HEAT, 1.0).containsEntry(RiskFeatures.WIND, 1.0);
    }

    @Test
    void factors_show_only_what_raises_the_risk_at_most_four_largest_first() {
        RiskModel model = new RiskModel(RiskModel.Kind.LEARNED, -2,
                java.util.Map.of("a", 0.5, "b", 1.5, "c", -1.0, "d", 0.2, "e", 0.3, "f", 0.1), 300, RiskPrior.model().trainedAt());
        PermitRisk risk = model.assess(java.util.Map.of("a", 1.0, "b", 1.0, "c", 1.0, "d", 1.0, "e", 1.0, "f", 1.0));

        assertThat(risk.factors()).extracting(PermitRisk.Factor::name).containsExactly("b", "a", "e", "d");
        assertThat(risk.score()).isBetween(0.0, 1.0);
    }
}
