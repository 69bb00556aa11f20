package cn.anzuo.permit.weather.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The weather at a site at one moment: air temperature in °C and wind on the Beaufort scale (风力等级, GB/T 28591).
 * Kept as history, never changed.
 *
 * @param source {@code MANUAL} (entered by the safety officer) or the provider's name
 * @param recordedBy the user who entered it, null for a provider reading
 */
public record WeatherObservation(UUID id, UUID companyId, UUID siteId, Instant observedAt, BigDecimal temperatureC,
        int windScale, String source, UUID recordedBy, Instant recordedAt) {

    public static final String MANUAL = "MANUAL";

    public WeatherObservation {
        Objects.requireNonNull(siteId);
        Objects.requireNonNull(observedAt);
        Objects.requireNonNull(temperatureC);
    }
}
