package cn.anzuo.risk.domain;

import cn.anzuo.monitoring.AlarmHistory;
import cn.anzuo.organization.Organization;
import cn.anzuo.permit.PermitHistory;
import cn.anzuo.permit.PermitRecord;
import cn.anzuo.risk.SiteWeather;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The features of a permit about to be (or being) worked, as of its planned start: the site's alarms over the
 * 90 days before, the crew's closed permits before, the night window and, when a weather module answers, the
 * weather at the site.
 */
@Component
public class RiskInputs {

    static final int SITE_HISTORY_DAYS = 90;

    private final AlarmHistory alarms;
    private final PermitHistory permits;
    private final Organization organization;
    private final List<SiteWeather> weather;

    RiskInputs(AlarmHistory alarms, PermitHistory permits, Organization organization, List<SiteWeather> weather) {
        this.alarms = alarms;
        this.permits = permits;
        this.organization = organization;
        this.weather = weather;
    }

    public RiskFeatures of(PermitRecord p) {
        Instant at = p.plannedStart();
        long siteAlarms = alarms.countAt(p.siteId(), at.minus(SITE_HISTORY_DAYS, ChronoUnit.DAYS), at);
        List<UUID> crew = RiskHistory.crewOf(p);
        Map<UUID, Long> closed = permits.closedCounts(crew, at);
        List<Long> experience = crew.stream().map(id -> closed.getOrDefault(id, 0L)).toList();
        boolean night = NightWork.touches(p.plannedStart(), p.plannedEnd(), organization.policy(p.companyId()));
        RiskFeatures features = new RiskFeatures(p.type(), p.level(), night, siteAlarms, null, null,
                inexperiencedShare(experience));
        return withWeather(features, weather.stream().flatMap(w -> w.at(p.siteId(), at).stream()).findFirst());
    }

    /** The weather of these sites at many moments of [from, to], each source read once (the nightly history). */
    SiteWeather.Lookup weatherOver(Collection<UUID> siteIds, Instant from, Instant to) {
        List<SiteWeather.Lookup> sources = weather.stream().map(w -> w.over(siteIds, from, to)).toList();
        return (siteId, at) -> sources.stream().flatMap(l -> l.at(siteId, at).stream()).findFirst();
    }

    /** The features with the site's weather at that moment, or unchanged when nobody recorded weather. */
    static RiskFeatures withWeather(RiskFeatures f, Optional<SiteWeather.Observation> seen) {
        return seen.map(o -> new RiskFeatures(f.type(), f.level(), f.night(), f.siteAlarms90d(), o.temperatureC(),
                o.windScale(), f.inexperiencedShare())).orElse(f);
    }

    /** Share of the crew with fewer than {@value RiskFeatures#EXPERIENCED_AFTER} earlier closed permits. */
    static double inexperiencedShare(List<Long> closedPermitsPerMember) {
        if (closedPermitsPerMember.isEmpty()) {
            return 0;
        }
        long novices = closedPermitsPerMember.stream().filter(n -> n < RiskFeatures.EXPERIENCED_AFTER).count();
        return (double) novices / closedPermitsPerMember.size();
    }
}
