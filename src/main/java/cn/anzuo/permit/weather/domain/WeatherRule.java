package cn.anzuo.permit.weather.domain;

import java.math.BigDecimal;

/**
 * The weather limits of outdoor work (API.md "Risk rules", DOMAIN.md §5.1, §5.2), each with the clause it comes
 * from. Wind limits are Beaufort grades (级), heat limits the day's temperature in °C.
 */
public enum WeatherRule {
    /** Wind ≥ 5 级: no outdoor hot work (GB 30871 5.2.15). */
    WIND_HOT_WORK(5, "GB 30871 5.2.15", true),
    /** Wind ≥ 5 级: no height work in the open (GB 30871 8.2.6). */
    WIND_HEIGHT(5, "GB 30871 8.2.6", true),
    /** Wind ≥ 6 级: no outdoor lifting (GB 30871 9.2.4) — 6, not 5. */
    WIND_LIFTING(6, "GB 30871 9.2.4", true),
    /** ≥ 40 °C: no outdoor work that day (防暑降温措施管理办法 第八条). */
    HEAT_STOP_DAY(40, "防暑降温措施管理办法 第八条", true),
    /** ≥ 37 °C: no outdoor work in the hottest hours, 12:00–15:00 company time (第八条). */
    HEAT_STOP_MIDDAY(37, "防暑降温措施管理办法 第八条", true),
    /** ≥ 35 °C: outdoor work goes on with shorter shifts and no overtime; a warning, not a refusal (第八条). */
    HEAT_WARNING(35, "防暑降温措施管理办法 第八条", false);

    private final BigDecimal limit;
    private final String clause;
    private final boolean blocks;

    WeatherRule(int limit, String clause, boolean blocks) {
        this.limit = BigDecimal.valueOf(limit);
        this.clause = clause;
        this.blocks = blocks;
    }

    public BigDecimal limit() {
        return limit;
    }

    public String clause() {
        return clause;
    }

    /** False for a warning: the work may go on. */
    public boolean blocks() {
        return blocks;
    }

    boolean reachedBy(BigDecimal observed) {
        return observed.compareTo(limit) >= 0;
    }
}
