package cn.anzuo.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A half-open span of time [from, to): a permit's planned window, a check's horizon. */
public record TimeWindow(Instant from, Instant to) {

    public TimeWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("a time window must end after it starts");
        }
    }

    public Duration length() {
        return Duration.between(from, to);
    }

    public boolean overlaps(TimeWindow other) {
        return from.isBefore(other.to) && other.from.isBefore(to);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }
}
