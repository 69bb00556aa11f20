package cn.anzuo.risk.domain;

import cn.anzuo.permit.PermitRisk;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A logistic model: score = 1 / (1 + e^−(intercept + Σ weight × feature)). A factor's weight in the answer is its
 * contribution to that sum; only factors that raise the risk are shown, the largest first.
 *
 * @param kind {@code PRIOR} (the documented rule weights) or {@code LEARNED} (from the company's history)
 * @param permits the closed permits it learned from (0 for the prior)
 */
public record RiskModel(Kind kind, double intercept, Map<String, Double> weights, int permits, Instant trainedAt) {

    public enum Kind {
        /** The rule-based weights of {@link RiskPrior}: fewer than 200 closed permits to learn from. */
        PRIOR,
        /** Learned from the company's own closed permits. */
        LEARNED
    }

    /** At most this many factors are shown. */
    static final int SHOWN_FACTORS = 4;

    public RiskModel {
        weights = Map.copyOf(weights);
    }

    public double score(Map<String, Double> features) {
        double z = intercept;
        for (Map.Entry<String, Double> f : features.entrySet()) {
            z += weights.getOrDefault(f.getKey(), 0.0) * f.getValue();
        }
        return 1 / (1 + Math.exp(-z));
    }

    public PermitRisk assess(Map<String, Double> features) {
        List<PermitRisk.Factor> factors = features.entrySet().stream()
                .map(f -> new PermitRisk.Factor(f.getKey(), round(weights.getOrDefault(f.getKey(), 0.0) * f.getValue())))
                .filter(f -> f.weight() > 0)
                .sorted(Comparator.comparingDouble(PermitRisk.Factor::weight).reversed()
                        .thenComparing(PermitRisk.Factor::name))
                .limit(SHOWN_FACTORS)
                .toList();
        return new PermitRisk(round(score(features)), factors);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
