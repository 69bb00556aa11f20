package cn.anzuo.permit;

import cn.anzuo.permit.weather.domain.WeatherObservations;
import java.time.Instant;
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
        return observations.validAt(siteId, at)
                .map(o -> new Reading(o.temperatureC().doubleValue(), o.windScale()));
    }
}
