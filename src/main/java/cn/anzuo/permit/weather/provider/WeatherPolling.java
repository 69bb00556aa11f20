package cn.anzuo.permit.weather.provider;

import cn.anzuo.organization.Organization;
import cn.anzuo.organization.SiteView;
import cn.anzuo.permit.weather.domain.WeatherObservations;
import cn.anzuo.permit.weather.domain.WeatherProperties;
import cn.anzuo.permit.weather.domain.WeatherProvider;
import java.util.HashSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads the provider for every outdoor site of every enabled company, on one node of the cluster (ShedLock), and
 * records each answer as an observation (which suspends the work it forbids). Off unless
 * {@code anzuo.weather.provider.enabled=true} (ADR 0068).
 */
@Component
@ConditionalOnBooleanProperty(name = "anzuo.weather.provider.enabled")
class WeatherPolling {

    private static final Logger log = LoggerFactory.getLogger(WeatherPolling.class);

    private final Organization organization;
    private final WeatherObservations observations;
    private final WeatherProvider provider;

    @org.springframework.beans.factory.annotation.Autowired
    WeatherPolling(Organization organization, WeatherObservations observations, WeatherProperties properties,
            ObjectMapper json) {
        this(organization, observations, new QWeatherProvider(properties.provider(), json));
    }

    WeatherPolling(Organization organization, WeatherObservations observations, WeatherProvider provider) {
        this.organization = organization;
        this.observations = observations;
        this.provider = provider;
    }

    @Scheduled(fixedDelayString = "${anzuo.weather.provider.interval:PT30M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "weather-polling", lockAtMostFor = "PT10M")
    void scheduled() {
        poll();
    }

    /** One round over the outdoor sites; returns how many observations were recorded. */
    int poll() {
        int recorded = 0;
        for (SiteView site : organization.sitesOf(new HashSet<>(organization.enabledCompanyIds()), null)) {
            if (!site.outdoor()) {
                continue; // indoor work is never stopped by the weather: no need to ask
            }
            var reading = provider.now(site.latitude(), site.longitude());
            if (reading.isPresent()) {
                observations.recordReading(site, reading.get(), provider.name());
                recorded++;
            }
        }
        log.debug("weather provider: {} sites read", recorded);
        return recorded;
    }
}
