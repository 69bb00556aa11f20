package cn.anzuo.risk;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * The weather at a site, for the risk score's weather features. Optional: implemented by whichever module
 * records weather observations; without one (or without an observation) the features are simply absent and
 * weigh nothing.
 */
public interface SiteWeather {

    /** The observation nearest before {@code at} that still describes it (the implementation decides how old). */
    Optional<Observation> at(UUID siteId, Instant at);

    /**
     * {@link #at} for many moments of [from, to] at these sites; an implementation may read them all at once (the
     * nightly history asks for every closed permit's start).
     */
    default Lookup over(Collection<UUID> siteIds, Instant from, Instant to) {
        return this::at;
    }

    /** The observations of a span, by site and moment. */
    interface Lookup {
        Optional<Observation> at(UUID siteId, Instant at);
    }

    /** Temperature in °C and wind in 级 (Beaufort); either may be unknown. */
    record Observation(Double temperatureC, Integer windScale) {}
}
