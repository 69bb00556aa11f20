package cn.anzuo.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.analytics.KpiFigures;
import org.junit.jupiter.api.Test;

/** docs/kpis.md "Ranking": the score of each dimension against its target, worked out by hand below. */
class RankingScoreTest {

    static KpiFigures figures(Double certified, Double approval, Double measures, Double meanApproval,
            Double data, Double active, Double training, Double previousMeanApproval) {
        KpiFigures earlier = new KpiFigures(null, null, null, previousMeanApproval, null, null, null, null, null, 0,
                null, null);
        return new KpiFigures(certified, approval, measures, meanApproval, null, null, null, data, active, 0, training,
                null).withPrevious(earlier);
    }

    @Test
    void every_target_met_scores_one_hundred() {
        assertThat(RankingScore.of(figures(1.0, 1.0, 1.0, 30.0, 1.0, 1.0, 1.0, 60.0))).isEqualTo(100.0);
    }

    @Test
    void the_four_dimensions_weigh_40_20_25_15() {
        // compliance mean(0.9, 1.0, 0.8) = 0.9 → 36; speed 60 → 45 min is a 25 % cut, half the −50 % target → 10;
        // data 0.5 → 12.5; participation mean(0.4) with no training data → 6. Total 64.5.
        assertThat(RankingScore.of(figures(0.9, 1.0, 0.8, 45.0, 0.5, 0.4, null, 60.0))).isEqualTo(64.5);
    }

    @Test
    void speed_earns_full_points_at_a_50_percent_cut_and_no_more_beyond() {
        assertThat(RankingScore.speed(figures(null, null, null, 30.0, null, null, null, 60.0))).isEqualTo(1.0);
        assertThat(RankingScore.speed(figures(null, null, null, 30.3, null, null, null, 60.0))).isLessThan(1.0);
        assertThat(RankingScore.speed(figures(null, null, null, 12.0, null, null, null, 60.0))).isEqualTo(1.0);
    }

    @Test
    void slower_approvals_or_no_year_earlier_figure_earn_no_speed_points() {
        assertThat(RankingScore.speed(figures(null, null, null, 61.0, null, null, null, 60.0))).isZero();
        assertThat(RankingScore.speed(figures(null, null, null, 60.0, null, null, null, 60.0))).isZero();
        assertThat(RankingScore.speed(figures(null, null, null, 10.0, null, null, null, null))).isZero();
        assertThat(RankingScore.speed(figures(null, null, null, null, null, null, null, 60.0))).isZero();
    }

    @Test
    void a_company_without_data_scores_zero() {
        assertThat(RankingScore.of(figures(null, null, null, null, null, null, null, null))).isZero();
    }

    @Test
    void the_score_is_rounded_to_one_decimal() {
        // compliance 1/3 → 13.333… points
        assertThat(RankingScore.of(figures(1.0 / 3, null, null, null, null, null, null, null))).isEqualTo(13.3);
    }
}
