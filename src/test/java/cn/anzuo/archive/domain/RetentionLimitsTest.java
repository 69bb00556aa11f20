package cn.anzuo.archive.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.anzuo.shared.problem.BusinessProblem;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Retention's limits, without a database: a photo retention is 365 to 36,500 days, the default never below a year. */
class RetentionLimitsTest {

    @Test
    void photoRetention_of_364_days_is_too_short_and_365_is_accepted() {
        assertThatThrownBy(() -> Retention.check(364)).isInstanceOfSatisfying(BusinessProblem.class,
                p -> assertThat(p.code()).isEqualTo("RETENTION_TOO_SHORT"));
        Retention.check(365);
    }

    @Test
    void photoRetention_of_36500_days_is_accepted_and_36501_is_too_long() {
        Retention.check(36_500);
        assertThatThrownBy(() -> Retention.check(36_501)).isInstanceOfSatisfying(BusinessProblem.class,
                p -> assertThat(p.code()).isEqualTo("RETENTION_TOO_LONG"));
    }

    @Test
    void a_default_property_below_a_year_is_raised_to_a_year() {
        assertThat(new Retention(null, Clock.systemUTC(), Duration.ofDays(30), null).photoRetention()).isEqualTo(Duration.ofDays(365));
        assertThat(new Retention(null, Clock.systemUTC(), Duration.ofDays(366), null).photoRetention()).isEqualTo(Duration.ofDays(366));
    }
}
