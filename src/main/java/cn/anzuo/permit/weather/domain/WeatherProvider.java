package cn.anzuo.permit.weather.domain;

import java.util.Optional;

/**
 * A weather feed: the conditions now at a point (ADR 0068). The safety officer's entry is the fallback when no
 * feed is configured or it does not answer.
 */
public interface WeatherProvider {

    /** The provider's name, stored as the observation's source (e.g. {@code QWEATHER}). */
    String name();

    /** The conditions now at the point, or empty when the provider has none or does not answer. */
    Optional<WeatherObservations.RecordObservation> now(double latitude, double longitude);
}
