package cn.anzuo.notification.channel;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed channel delivery is tried again: after {@code first}, then twice as long each time
 * (1 min, 2, 4 …, never longer than {@code longest}), until {@code maxAttempts} attempts have
 * failed; then never (the delivery is FAILED and listed for an administrator).
 */
public record DeliveryBackoff(Duration first, Duration longest, int maxAttempts) {

    public static final DeliveryBackoff DEFAULT = new DeliveryBackoff(Duration.ofMinutes(1), Duration.ofHours(1), 6);

    public DeliveryBackoff {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("backoff: first > 0, longest >= first, maxAttempts >= 1");
        }
    }

    /**
     * The next attempt after {@code failedAttempts} attempts have failed, the last at {@code at};
     * empty when no attempt is left.
     */
    public Optional<Instant> nextAttempt(int failedAttempts, Instant at) {
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        Duration wait = first;
        for (int i = 1; i < failedAttempts && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return Optional.of(at.plus(wait.compareTo(longest) > 0 ? longest : wait));
    }
}
