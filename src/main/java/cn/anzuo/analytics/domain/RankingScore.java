package cn.anzuo.analytics.domain;

import cn.anzuo.analytics.KpiFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The score subsidiaries are ranked by (issue 14 item 3; docs/kpis.md "Ranking"), 0–100, from the four
 * dimensions of PRODUCT.md §2.7 with their targets:
 *
 * <ul>
 *   <li><b>Compliance, 40 points</b>: the mean of 持证上岗率, 审批完整率 and 防护措施落实率 that have data, × 40.
 *   <li><b>Speed, 20 points</b>: the year-on-year cut of the mean approval time against the −50 % target:
 *       {@code min(1, max(0, (previous − now) / previous / 0.5)) × 20}. Without a figure for both years there
 *       is nothing to compare and no points: the target is a year-on-year one.
 *   <li><b>Data, 25 points</b>: 记录完整率 × 25.
 *   <li><b>Participation, 15 points</b>: the mean of the active mobile user rate and the training completion
 *       rate that have data, × 15.
 * </ul>
 *
 * A figure without data earns nothing: a subsidiary that did no work cannot lead a ranking of how well work was
 * done. The score is rounded to one decimal; equal rounded scores share a rank (1, 2, 2, 4).
 */
public final class RankingScore {

    static final double COMPLIANCE = 40;
    static final double SPEED = 20;
    static final double DATA = 25;
    static final double PARTICIPATION = 15;
    /** The speed target: approval time halved year on year (PRODUCT.md §2.7). */
    static final double SPEED_TARGET_CUT = 0.5;

    private RankingScore() {}

    public static double of(KpiFigures now) {
        double score = COMPLIANCE * mean(now.certifiedWorkRate(), now.approvalCompletenessRate(),
                now.measureCompletionRate())
                + SPEED * speed(now)
                + DATA * orZero(now.dataCompletenessRate())
                + PARTICIPATION * mean(now.activeMobileUserRate(), now.trainingCompletionRate());
        return BigDecimal.valueOf(score).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    /** The share of the −50 % year-on-year target reached, 0–1. */
    static double speed(KpiFigures now) {
        Double current = now.meanApprovalMinutes();
        Double earlier = now.previous() == null ? null : now.previous().meanApprovalMinutes();
        if (current == null || earlier == null || earlier <= 0) {
            return 0;
        }
        double cut = (earlier - current) / earlier;
        return Math.min(1, Math.max(0, cut / SPEED_TARGET_CUT));
    }

    private static double mean(Double... rates) {
        return Stream.of(rates).filter(Objects::nonNull).mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private static double orZero(Double rate) {
        return rate == null ? 0 : rate;
    }
}
