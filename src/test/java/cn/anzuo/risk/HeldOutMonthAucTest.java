package cn.anzuo.risk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.risk.domain.Auc;
import cn.anzuo.risk.domain.RiskModel;
import cn.anzuo.risk.domain.RiskPrior;
import cn.anzuo.risk.domain.RiskTrainer;
import cn.anzuo.risk.domain.RiskTrainer.LabelledPermit;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/risk-score.md "How well it ranks": a year of generated history (the demo plant has too few closed permits
 * with labels), trained on the first eleven months, ranked on the held-out twelfth. Prints the figures.
 */
class HeldOutMonthAucTest {

    @Test
    void the_learned_model_ranks_the_held_out_month_better_than_guessing() {
        List<LabelledPermit> year = GeneratedHistory.of(365, 10, 2026);
        Instant cut = GeneratedHistory.FROM.plus(335, ChronoUnit.DAYS);
        List<LabelledPermit> train = year.stream().filter(p -> p.startedAt().isBefore(cut)).toList();
        List<LabelledPermit> month = year.stream().filter(p -> !p.startedAt().isBefore(cut)).toList();

        RiskModel learned = RiskTrainer.train(train, cut);
        double aucLearned = auc(learned, month);
        double aucPrior = auc(RiskPrior.model(), month);
        // The ceiling: ranking by the rate that was planted (what a perfect model of this history would do).
        double aucPlanted = Auc.of(month.stream().map(p -> new Auc.Scored(GeneratedHistory.plantedRate(p.features()),
                p.risky())).toList());
        long risky = month.stream().filter(LabelledPermit::risky).count();
        System.out.printf("risk AUC held-out month: learned %.3f, prior %.3f, planted rate (ceiling) %.3f "
                        + "(train %d permits, month %d permits, %d risky)%n",
                aucLearned, aucPrior, aucPlanted, train.size(), month.size(), risky);

        assertThat(aucLearned).isGreaterThan(0.6);
    }

    static double auc(RiskModel model, List<LabelledPermit> permits) {
        return Auc.of(permits.stream().map(p -> new Auc.Scored(model.score(p.features()), p.risky())).toList());
    }
}
