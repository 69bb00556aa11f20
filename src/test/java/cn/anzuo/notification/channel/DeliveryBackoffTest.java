package cn.anzuo.notification.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeliveryBackoffTest {

    private static final Instant AT = Instant.parse("2026-12-01T01:00:00Z");
    private final DeliveryBackoff backoff = new DeliveryBackoff(Duration.ofMinutes(1), Duration.ofMinutes(10), 6);

    @Test
    void waitDoublesAfterEachFailedAttempt() {
        assertThat(backoff.nextAttempt(1, AT)).contains(AT.plusSeconds(60));
        assertThat(backoff.nextAttempt(2, AT)).contains(AT.plusSeconds(120));
        assertThat(backoff.nextAttempt(3, AT)).contains(AT.plusSeconds(240));
        assertThat(backoff.nextAttempt(4, AT)).contains(AT.plusSeconds(480));
    }

    @Test
    void waitNeverExceedsTheLongest() {
        assertThat(backoff.nextAttempt(5, AT)).contains(AT.plusSeconds(600));
    }

    @Test
    void noAttemptIsLeftAfterTheLastHasFailed() {
        assertThat(backoff.nextAttempt(6, AT)).isEmpty();
        assertThat(backoff.nextAttempt(7, AT)).isEmpty();
    }

    @Test
    void aBackoffWithoutAttemptsIsRefused() {
        assertThatThrownBy(() -> new DeliveryBackoff(Duration.ofMinutes(1), Duration.ofMinutes(10), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
