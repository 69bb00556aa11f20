package cn.anzuo.permit.weather.domain;

import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Why the weather refuses (or warns about) a piece of work, as data: the rule, the value observed and when.
 *
 * @param observed the wind grade (级) or the temperature (°C) that reached the rule's limit
 */
public record WeatherReason(WeatherRule rule, BigDecimal observed, Instant observedAt) {

    /** The reason in the reader's words: {@code weather.rule.<RULE>} with the observed value and the limit. */
    public MessageSourceResolvable message() {
        return new DefaultMessageSourceResolvable(new String[] {"weather.rule." + rule.name()},
                new Object[] {observed.stripTrailingZeros().toPlainString(), rule.limit().toPlainString(),
                        rule.clause()}, rule.name());
    }
}
