package cn.anzuo.risk.domain;

import cn.anzuo.permit.PermitLevel;
import cn.anzuo.shared.WorkType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the model sees of a permit, each feature scaled to 0–1 so that weights compare: the work type (one
 * feature per type), the level's severity within its type, night work, the site's alarms over the 90 days before,
 * heat and wind if recorded (absent weather weighs nothing), and the share of the crew with fewer than
 * {@value #EXPERIENCED_AFTER} earlier closed permits.
 *
 * @param siteAlarms90d alarms raised at the site in the 90 days before the work
 * @param temperatureC null when no observation was recorded
 * @param windScale null when no observation was recorded
 * @param inexperiencedShare share (0–1) of leader and workers with fewer than {@value #EXPERIENCED_AFTER} closed permits
 */
public record RiskFeatures(WorkType type, PermitLevel level, boolean night, long siteAlarms90d, Double temperatureC,
        Integer windScale, double inexperiencedShare) {

    public static final int EXPERIENCED_AFTER = 3;
    public static final String LEVEL = "level";
    public static final String NIGHT = "night";
    public static final String SITE_ALARMS = "siteAlarms";
    public static final String HEAT = "heat";
    public static final String WIND = "wind";
    public static final String CREW = "crewInexperience";

    /** Ten alarms in 90 days count as a fully alarming site. */
    static final double ALARMS_SATURATE = 10;

    public static String typeFeature(WorkType type) {
        return "type." + type.name();
    }

    /** The non-zero features by name, in a stable order. */
    public Map<String, Double> values() {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put(typeFeature(type), 1.0);
        put(values, LEVEL, severity(type, level));
        put(values, NIGHT, night ? 1 : 0);
        put(values, SITE_ALARMS, Math.min(1, siteAlarms90d / ALARMS_SATURATE));
        // 30 °C is where heat starts to matter, 40 °C stops outdoor work (API.md "Weather").
        put(values, HEAT, temperatureC == null ? 0 : clamp((temperatureC - 30) / 10));
        // 6 级 stops lifting (API.md "Weather").
        put(values, WIND, windScale == null ? 0 : clamp(windScale / 6.0));
        put(values, CREW, clamp(inexperiencedShare));
        return values;
    }

    /** 0 for the lowest level of a type (or a type without levels), 1 for the highest. */
    static double severity(WorkType type, PermitLevel level) {
        if (level == null) {
            return 0;
        }
        return switch (level) {
            case SPECIAL -> 1;
            case LEVEL_1 -> type == WorkType.LIFTING ? 1 : 0.5;
            case LEVEL_2 -> type == WorkType.LIFTING ? 0.5 : 0;
            case LEVEL_3, I -> 0;
            case II -> 1 / 3.0;
            case III -> 2 / 3.0;
            case IV -> 1;
        };
    }

    private static void put(Map<String, Double> values, String name, double value) {
        if (value != 0) {
            values.put(name, value);
        }
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
