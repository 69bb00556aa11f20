package cn.anzuo.permit.weather.domain;

import cn.anzuo.organization.Organization;
import cn.anzuo.organization.SiteView;
import cn.anzuo.permit.SiteSuspension;
import cn.anzuo.permit.SuspensionCause;
import cn.anzuo.permit.domain.SiteSuspensions;
import cn.anzuo.permit.domain.WorkPermit;
import cn.anzuo.shared.security.CurrentUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Recording a site's weather, by the safety officer (the manual fallback) or from the provider; the moment an
 * observation arrives, the outdoor work under way that it forbids is suspended with cause {@code WEATHER}.
 */
@Service
public class WeatherObservations {

    /** The rule the system acts under when the weather stops work (the permit history's actor). */
    static final String RULE = "WEATHER";

    private final WeatherObservationStore store;
    private final WeatherRules rules;
    private final Organization organization;
    private final SiteSuspensions suspensions;
    private final MessageSource messages;
    private final Clock clock;
    private final WeatherProperties properties;

    WeatherObservations(WeatherObservationStore store, WeatherRules rules, Organization organization,
            SiteSuspensions suspensions, MessageSource messages, Clock clock, WeatherProperties properties) {
        this.properties = properties;
        this.store = store;
        this.rules = rules;
        this.organization = organization;
        this.suspensions = suspensions;
        this.messages = messages;
        this.clock = clock;
    }

    /** One observation: temperature in °C, wind as a Beaufort grade (0–17). */
    public record RecordObservation(Instant observedAt, BigDecimal temperatureC, int windScale) {}

    /** What was stored and which permits it stopped. */
    public record Recorded(WeatherObservation observation, List<UUID> suspendedPermitIds) {}

    /** The safety officer enters the weather at a site of their company (another company's site: 404). */
    public Recorded record(CurrentUser by, UUID siteId, RecordObservation command) {
        SiteView site = organization.visibleSite(by, siteId);
        return store(site, command, WeatherObservation.MANUAL, by.id());
    }

    /** A provider's reading of a site. */
    public Recorded recordReading(SiteView site, RecordObservation command, String source) {
        return store(site, command, source, null);
    }

    /** Each site of the user's company with its latest observation (empty where none was taken). */
    public record SiteWeather(SiteView site, Optional<WeatherObservation> latest) {}

    public List<SiteWeather> latestPerSite(CurrentUser user) {
        Instant now = clock.instant();
        return organization.sitesOf(Set.of(user.companyId()), null).stream()
                .map(site -> new SiteWeather(site, store.latest(site.id(), now))).toList();
    }

    private Recorded store(SiteView site, RecordObservation command, String source, UUID by) {
        WeatherObservation observation = store.insert(new WeatherObservation(UUID.randomUUID(), site.companyId(),
                site.id(), command.observedAt(), command.temperatureC(), command.windScale(), source, by,
                clock.instant()));
        // Each suspension commits on its own (SiteSuspensions): a busy permit must not undo the observation.
        List<UUID> suspended = suspensions.suspendWhere(
                new SiteSuspension(site.id(), SuspensionCause.WEATHER, null, null, false, RULE), this::stopping);
        return new Recorded(observation, suspended);
    }

    /** Why the weather now stops this permit (in the plant's language, kept in its history), or empty. */
    private Optional<String> stopping(WorkPermit permit) {
        return rules.now(permit).refusals().stream().findFirst()
                .map(reason -> messages.getMessage(reason.message(), Locale.SIMPLIFIED_CHINESE));
    }

    /**
     * The latest observation at the site at or before {@code at} that was still valid then (ADR 0067's validity),
     * e.g. for the risk score's weather features.
     */
    public Optional<WeatherObservation> validAt(UUID siteId, Instant at) {
        return store.latest(siteId, at).filter(o -> at.isBefore(o.observedAt().plus(properties.validFor())));
    }

    /** {@link #validAt} for many moments of [from, to] at these sites, read once. */
    public ValidObservations validDuring(Collection<UUID> siteIds, Instant from, Instant to) {
        return new ValidObservations(store.during(siteIds, from.minus(properties.validFor()), to), properties.validFor(),
                from, to);
    }
}
