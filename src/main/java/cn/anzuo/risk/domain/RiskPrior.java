package cn.anzuo.risk.domain;

import cn.anzuo.shared.WorkType;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The rule-based prior a company's permits are scored with until it has {@value #LEARN_FROM} closed permits
 * (docs/risk-score.md lists the weights and why). A base of −3 is about 5 %; the most dangerous types (confined
 * space, hot work) add about 1, the highest level, night, an alarming site and an inexperienced crew each add a
 * little less; heat and wind, when recorded, add 0.5 at their blocking limits.
 */
public final class RiskPrior {

    /** Closed permits a company needs before its own history replaces the prior. */
    public static final int LEARN_FROM = 200;

    static final double INTERCEPT = -3.0;

    private RiskPrior() {}

    public static RiskModel model() {
        Map<String, Double> w = new HashMap<>();
        w.put(RiskFeatures.typeFeature(WorkType.CONFINED_SPACE), 1.1);
        w.put(RiskFeatures.typeFeature(WorkType.HOT_WORK), 1.0);
        w.put(RiskFeatures.typeFeature(WorkType.HEIGHT), 0.7);
        w.put(RiskFeatures.typeFeature(WorkType.LIFTING), 0.7);
        w.put(RiskFeatures.typeFeature(WorkType.BLIND_PLATE), 0.5);
        w.put(RiskFeatures.typeFeature(WorkType.TEMP_POWER), 0.4);
        w.put(RiskFeatures.typeFeature(WorkType.EXCAVATION), 0.4);
        w.put(RiskFeatures.typeFeature(WorkType.ROAD_CLOSURE), 0.2);
        w.put(RiskFeatures.LEVEL, 0.8);
        w.put(RiskFeatures.NIGHT, 0.7);
        w.put(RiskFeatures.SITE_ALARMS, 1.0);
        w.put(RiskFeatures.CREW, 0.6);
        w.put(RiskFeatures.HEAT, 0.5);
        w.put(RiskFeatures.WIND, 0.5);
        return new RiskModel(RiskModel.Kind.PRIOR, INTERCEPT, w, 0, Instant.EPOCH);
    }
}
