package cn.anzuo.permit.weather.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The observations of some sites read once for a span, answering {@link WeatherObservations#validAt} for any moment
 * of that span without a read each: a year of closed permits is one query, not one per permit (the risk model's
 * nightly history).
 */
public final class ValidObservations {

    private static final Comparator<WeatherObservation> NEWEST_LAST = Comparator.comparing(WeatherObservation::observedAt)
            .thenComparing(WeatherObservation::recordedAt);

    private final Map<UUID, List<WeatherObservation>> bySite = new HashMap<>();
    private final Duration validFor;
    private final Instant from;
    private final Instant to;

    /** {@code observations}: every one of these sites taken in [from − validFor, to]. */
    ValidObservations(List<WeatherObservation> observations, Duration validFor, Instant from, Instant to) {
        this.validFor = validFor;
        this.from = from;
        this.to = to;
        observations.forEach(o -> bySite.computeIfAbsent(o.siteId(), k -> new ArrayList<>()).add(o));
        bySite.values().forEach(list -> list.sort(NEWEST_LAST));
    }

    /** As {@link WeatherObservations#validAt}: the latest taken at or before {@code at} (ties: recorded last), if still valid. */
    public Optional<WeatherObservation> at(UUID siteId, Instant at) {
        if (at.isBefore(from) || at.isAfter(to)) {
            throw new IllegalArgumentException(at + " is outside the span read, [" + from + ", " + to + "]");
        }
        List<WeatherObservation> list = bySite.getOrDefault(siteId, List.of());
        int taken = takenBy(list, at);
        if (taken == 0) {
            return Optional.empty();
        }
        WeatherObservation latest = list.get(taken - 1);
        return at.isBefore(latest.observedAt().plus(validFor)) ? Optional.of(latest) : Optional.empty();
    }

    /** How many of the sorted observations were taken at or before {@code at}. */
    private static int takenBy(List<WeatherObservation> sorted, Instant at) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).observedAt().isAfter(at)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
