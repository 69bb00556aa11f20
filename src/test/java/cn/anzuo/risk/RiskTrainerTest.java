package cn.anzuo.risk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.risk.domain.RiskFeatures;
import cn.anzuo.risk.domain.RiskModel;
import cn.anzuo.risk.domain.RiskPrior;
import cn.anzuo.risk.domain.RiskTrainer;
import cn.anzuo.risk.domain.RiskTrainer.LabelledPermit;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Training on a generated history: the planted factors rank above the noise; the prior below 200 closed permits. */
class RiskTrainerTest {

    static final Instant AT = Instant.parse("2026-12-01T02:00:00Z");

    @Test
    void planted_night_and_alarming_site_outweigh_every_noise_feature() {
        RiskModel model = RiskTrainer.train(GeneratedHistory.of(300, 6, 7), AT);

        assertThat(model.kind()).isEqualTo(RiskModel.Kind.LEARNED);
        double night = model.weights().get(RiskFeatures.NIGHT);
        double site = model.weights().get(RiskFeatures.SITE_ALARMS);
        double noise = Stream.of(RiskFeatures.HEAT, RiskFeatures.WIND, RiskFeatures.CREW, RiskFeatures.LEVEL)
                .mapToDouble(f -> Math.abs(model.weights().getOrDefault(f, 0.0))).max().orElseThrow();
        // ln 3 ≈ 1.1 and ln 2 ≈ 0.7 planted; the noise should stay well below.
        assertThat(night).isGreaterThan(0.7).isGreaterThan(noise);
        assertThat(site).isGreaterThan(0.3).isGreaterThan(noise);
    }

    @Test
    void a_night_permit_scores_above_the_same_permit_by_day_and_night_is_its_main_factor() {
        RiskModel model = RiskTrainer.train(GeneratedHistory.of(300, 6, 7), AT);
        Map<String, Double> day = Map.of("type.HOT_WORK", 1.0);
        Map<String, Double> night = Map.of("type.HOT_WORK", 1.0, RiskFeatures.NIGHT, 1.0);

        assertThat(model.score(night)).isGreaterThan(model.score(day) * 2);
        assertThat(model.assess(night).factors().getFirst().name()).isEqualTo(RiskFeatures.NIGHT);
    }

    @Test
    void training_is_repeatable_so_every_night_and_every_node_agree() {
        List<LabelledPermit> history = GeneratedHistory.of(100, 4, 3);

        assertThat(RiskTrainer.train(history, AT).weights()).isEqualTo(RiskTrainer.train(history, AT).weights());
    }

    @Test
    void below_200_closed_permits_the_prior_scores() {
        List<LabelledPermit> history = GeneratedHistory.of(400, 1, 11);

        assertThat(RiskTrainer.train(history.subList(0, RiskPrior.LEARN_FROM - 1), AT).kind()).isEqualTo(RiskModel.Kind.PRIOR);
        assertThat(RiskTrainer.train(history.subList(0, RiskPrior.LEARN_FROM), AT).kind()).isEqualTo(RiskModel.Kind.LEARNED);
    }

    @Test
    void a_history_where_nothing_ever_went_wrong_keeps_the_prior() {
        List<LabelledPermit> safe = GeneratedHistory.of(300, 1, 5).stream()
                .map(p -> new LabelledPermit(p.permitId(), p.startedAt(), p.features(), false)).toList();

        assertThat(RiskTrainer.train(safe, AT).kind()).isEqualTo(RiskModel.Kind.PRIOR);
    }
}
