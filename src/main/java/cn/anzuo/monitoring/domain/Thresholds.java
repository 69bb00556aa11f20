package cn.anzuo.monitoring.domain;

import cn.anzuo.monitoring.AlarmLevel;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.problem.ProblemKind;
import java.util.Optional;

/**
 * A company's alarm thresholds. The defaults are GB/T 50493-2019 §5.5.2 (DOMAIN.md §4.1): combustibles
 * 25 / 50 % LEL; toxics 100 / 200 % of the occupational exposure limit (H₂S MAC 10 mg/m³, CO PC-STEL
 * 30 mg/m³, GBZ 2.1-2019); oxygen outside 19.5–23.5 % VOL is a second-level alarm.
 */
public record Thresholds(double lelLevel1, double lelLevel2, double h2sLevel1, double h2sLevel2, double coLevel1,
        double coLevel2, double o2Low, double o2High) {

    public static final Thresholds GB_T_50493 = new Thresholds(25, 50, 10, 20, 30, 60, 19.5, 23.5);

    /** A reading at or above a threshold (or O₂ outside the band): the level and the limit it reached. */
    public record Breach(AlarmLevel level, double threshold) {}

    /** 422 INVALID_THRESHOLDS when a first level is not below its second, the O₂ band is empty, or a value is negative. */
    public Thresholds validated() {
        boolean finite = allFinite(lelLevel1, lelLevel2, h2sLevel1, h2sLevel2, coLevel1, coLevel2, o2Low, o2High);
        if (!finite || lelLevel1 < 0 || h2sLevel1 < 0 || coLevel1 < 0 || o2Low < 0
                || lelLevel1 >= lelLevel2 || h2sLevel1 >= h2sLevel2 || coLevel1 >= coLevel2 || o2Low >= o2High
                || lelLevel2 > 100 || o2High > 100) {
            throw new BusinessProblem(ProblemKind.RULE, "INVALID_THRESHOLDS");
        }
        return this;
    }

    public Optional<Breach> breach(Metric metric, double value) {
        return switch (metric) {
            case LEL -> twoLevels(value, lelLevel1, lelLevel2);
            case H2S -> twoLevels(value, h2sLevel1, h2sLevel2);
            case CO -> twoLevels(value, coLevel1, coLevel2);
            case O2 -> value < o2Low ? Optional.of(new Breach(AlarmLevel.LEVEL_2, o2Low))
                    : value > o2High ? Optional.of(new Breach(AlarmLevel.LEVEL_2, o2High)) : Optional.empty();
        };
    }

    private static Optional<Breach> twoLevels(double value, double level1, double level2) {
        if (value >= level2) {
            return Optional.of(new Breach(AlarmLevel.LEVEL_2, level2));
        }
        return value >= level1 ? Optional.of(new Breach(AlarmLevel.LEVEL_1, level1)) : Optional.empty();
    }

    private static boolean allFinite(double... values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
