package cn.anzuo.risk.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Area under the ROC curve: the chance that a random risky permit scores above a random safe one (ties count
 * half), by the rank-sum (Mann–Whitney) formula. 0.5 is guessing, 1 a perfect ranking.
 */
public final class Auc {

    private Auc() {}

    public record Scored(double score, boolean risky) {}

    /** NaN when either class is missing. */
    public static double of(List<Scored> scored) {
        List<Scored> sorted = new ArrayList<>(scored);
        sorted.sort(Comparator.comparingDouble(Scored::score));
        long positives = sorted.stream().filter(Scored::risky).count();
        long negatives = sorted.size() - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        double rankSum = 0;
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j < sorted.size() && sorted.get(j).score() == sorted.get(i).score()) {
                j++;
            }
            double rank = (i + 1 + j) / 2.0; // mean of ranks i+1 … j
            for (int k = i; k < j; k++) {
                if (sorted.get(k).risky()) {
                    rankSum += rank;
                }
            }
            i = j;
        }
        return (rankSum - positives * (positives + 1) / 2.0) / (positives * negatives);
    }
}
