package cn.anzuo.risk.domain;

import cn.anzuo.permit.SiteWeatherHistory;
import cn.anzuo.risk.SiteWeather;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The risk score's weather features from the observations the safety officer or the weather feed recorded. */
@Component
class RecordedSiteWeather implements SiteWeather {

    private final SiteWeatherHistory history;

    RecordedSiteWeather(SiteWeatherHistory history) {
        this.history = history;
    }

    @Override
    public Optional<Observation> at(UUID siteId, Instant at) {
        return history.at(siteId, at).map(RecordedSiteWeather::observation);
    }

    @Override
    public Lookup over(Collection<UUID> siteIds, Instant from, Instant to) {
        SiteWeatherHistory.Timeline timeline = history.over(siteIds, from, to);
        return (siteId, at) -> timeline.at(siteId, at).map(RecordedSiteWeather::observation);
    }

    private static Observation observation(SiteWeatherHistory.Reading r) {
        return new Observation(r.temperatureC(), r.windScale());
    }
}
