package cn.anzuo.permit;

import cn.anzuo.permit.weather.domain.ValidObservations;
import cn.anzuo.permit.weather.domain.WeatherObservation;
import cn.anzuo.permit.weather.domain.WeatherObservations;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The weather recorded at a site at a moment, for other modules (the risk score's weather features). */
@Component
public class SiteWeatherHistory {

    /** Temperature in °C and wind in 级. */
    public record Reading(double temperatureC, int windScale) {}

    private final WeatherObservations observations;

    SiteWeatherHistory(WeatherObservations observations) {
        this.observations = observations;
    }

    /** The observation valid at {@code at} (the latest before it, within the validity of ADR 0067), if any. */
    public Optional<Reading> at(UUID siteId, Instant at) {
        return observations.validAt(siteId, at).map(SiteWeatherHistory::reading);
    }

    /** {@link #at} for many moments of [from, to] at these sites, read once (a moment outside the span is refused). */
    public Timeline over(Collection<UUID> siteIds, Instant from, Instant to) {
        ValidObservations valid = observations.validDuring(siteIds, from, to);
        return (siteId, at) -> valid.at(siteId, at).map(SiteWeatherHistory::reading);
    }

    private static Reading reading(WeatherObservation o) {
        return new Reading(o.temperatureC().doubleValue(), o.windScale());
    }

    /** The readings of a span, by site and moment. */
    public interface Timeline {
        Optional<Reading> at(UUID siteId, Instant at);
    }
}
