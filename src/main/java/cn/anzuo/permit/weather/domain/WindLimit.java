package cn.anzuo.permit.weather.domain;

import cn.anzuo.shared.WorkType;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Wind (DOMAIN.md §5.2): ≥ 5 级 stops outdoor hot work (5.2.15) and height work (8.2.6), ≥ 6 级 outdoor lifting
 * (9.2.4). Other work types have no wind limit in GB 30871.
 */
public final class WindLimit {

    private WindLimit() {}

    /** The rule that bounds this work type's wind, or empty. */
    public static Optional<WeatherRule> ruleFor(WorkType type) {
        return Optional.ofNullable(switch (type) {
            case HOT_WORK -> WeatherRule.WIND_HOT_WORK;
            case HEIGHT -> WeatherRule.WIND_HEIGHT;
            case LIFTING -> WeatherRule.WIND_LIFTING;
            default -> null;
        });
    }

    /** Why this wind stops this work, or empty when it may go on. */
    public static Optional<WeatherReason> refusal(WorkType type, WeatherObservation wind) {
        BigDecimal scale = BigDecimal.valueOf(wind.windScale());
        return ruleFor(type).filter(rule -> rule.reachedBy(scale))
                .map(rule -> new WeatherReason(rule, scale, wind.observedAt()));
    }
}
