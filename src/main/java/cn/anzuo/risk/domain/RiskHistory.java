package cn.anzuo.risk.domain;

import cn.anzuo.archive.SpotCheckHistory;
import cn.anzuo.monitoring.AlarmHistory;
import cn.anzuo.monitoring.AlarmRaised;
import cn.anzuo.organization.CompanyPolicy;
import cn.anzuo.organization.Organization;
import cn.anzuo.permit.PermitActRecorded;
import cn.anzuo.permit.PermitHistory;
import cn.anzuo.permit.PermitRecord;
import cn.anzuo.permit.PermitStatus;
import cn.anzuo.qualification.ViolationHistory;
import cn.anzuo.qualification.WorkerSanctioned;
import cn.anzuo.risk.SiteWeather;
import cn.anzuo.risk.domain.RiskTrainer.LabelledPermit;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A company's closed permits as the model learns from them, read through the other modules' public histories.
 * Features are what was known when the work started (alarms and crew history before it); the label is whether
 * it met an alarm at its site while it was under way (start to completion), a violation recorded against it, or a
 * failed spot check.
 */
@Component
public class RiskHistory {

    private static final List<PermitStatus> ENDS = List.of(PermitStatus.COMPLETED, PermitStatus.CLOSED);
    /** The span of starts whose weather is read at once. */
    private static final Duration WEATHER_READ = Duration.ofDays(31);

    private final PermitHistory permits;
    private final AlarmHistory alarms;
    private final ViolationHistory violations;
    private final SpotCheckHistory spotChecks;
    private final Organization organization;
    private final RiskInputs inputs;

    RiskHistory(PermitHistory permits, AlarmHistory alarms, ViolationHistory violations, SpotCheckHistory spotChecks,
            Organization organization, RiskInputs inputs) {
        this.permits = permits;
        this.alarms = alarms;
        this.violations = violations;
        this.spotChecks = spotChecks;
        this.organization = organization;
        this.inputs = inputs;
    }

    /** The company's closed permits, labelled, in the order they started. */
    @Transactional(readOnly = true)
    public List<LabelledPermit> closedPermits(UUID companyId) {
        CompanyPolicy policy = organization.policy(companyId);
        List<PermitRecord> closed = permits.inStatus(companyId, PermitStatus.CLOSED);
        Map<UUID, Instant[]> windows = windows(permits.acts(companyId));
        Map<UUID, List<Instant>> alarmsBySite = new HashMap<>();
        for (AlarmRaised a : alarms.raised(companyId)) {
            alarmsBySite.computeIfAbsent(a.siteId(), k -> new ArrayList<>()).add(a.raisedAt());
        }
        Set<UUID> flagged = new HashSet<>(spotChecks.failedPermits(companyId));
        violations.recorded(companyId).stream().map(WorkerSanctioned::permitId).filter(Objects::nonNull).forEach(flagged::add);
        Map<UUID, List<Instant>> closings = closingsByWorker(closed, windows);
        Map<UUID, Optional<SiteWeather.Observation>> weather = weatherAtStarts(closed, windows);

        List<LabelledPermit> out = new ArrayList<>();
        for (PermitRecord p : closed) {
            Instant[] w = windowOf(p, windows);
            List<Instant> siteAlarms = alarmsBySite.getOrDefault(p.siteId(), List.of());
            long before = count(siteAlarms, w[0].minus(RiskInputs.SITE_HISTORY_DAYS, ChronoUnit.DAYS), w[0]);
            boolean alarmDuring = count(siteAlarms, w[0], w[1].plusNanos(1)) > 0;
            List<Long> experience = crewOf(p).stream().map(id -> count(closings.getOrDefault(id, List.of()), Instant.MIN, w[0])).toList();
            RiskFeatures features = new RiskFeatures(p.type(), p.level(), NightWork.touches(w[0], w[1], policy), before,
                    null, null, RiskInputs.inexperiencedShare(experience));
            features = RiskInputs.withWeather(features, weather.get(p.id()));
            out.add(new LabelledPermit(p.id(), w[0], features.values(), alarmDuring || flagged.contains(p.id())));
        }
        out.sort(Comparator.comparing(LabelledPermit::startedAt).thenComparing(LabelledPermit::permitId));
        return out;
    }

    /**
     * Each permit's weather at its start, read a month of starts at a time: one query per month instead of one per
     * permit, and never years of half-hourly readings in memory at once.
     */
    private Map<UUID, Optional<SiteWeather.Observation>> weatherAtStarts(List<PermitRecord> closed,
            Map<UUID, Instant[]> windows) {
        List<PermitRecord> byStart = closed.stream().sorted(Comparator.comparing(p -> windowOf(p, windows)[0])).toList();
        Map<UUID, Optional<SiteWeather.Observation>> seen = new HashMap<>();
        for (int first = 0, end; first < byStart.size(); first = end) {
            Instant from = windowOf(byStart.get(first), windows)[0];
            end = first;
            while (end < byStart.size() && windowOf(byStart.get(end), windows)[0].isBefore(from.plus(WEATHER_READ))) {
                end++;
            }
            List<PermitRecord> month = byStart.subList(first, end);
            SiteWeather.Lookup weather = inputs.weatherOver(month.stream().map(PermitRecord::siteId).collect(Collectors.toSet()),
                    from, windowOf(month.getLast(), windows)[0]);
            month.forEach(p -> seen.put(p.id(), weather.at(p.siteId(), windowOf(p, windows)[0])));
        }
        return seen;
    }

    /** The permit's [start, completion, closing], or its planned window when its acts are incomplete. */
    private static Instant[] windowOf(PermitRecord p, Map<UUID, Instant[]> windows) {
        return windows.getOrDefault(p.id(), new Instant[] {p.plannedStart(), p.plannedEnd(), p.plannedEnd()});
    }

    /** Per permit: [first start, completion (or closing), closing]. */
    static Map<UUID, Instant[]> windows(List<PermitActRecorded> acts) {
        Map<UUID, Instant[]> windows = new HashMap<>();
        for (PermitActRecorded act : acts) {
            Instant[] w = windows.computeIfAbsent(act.permitId(), k -> new Instant[3]);
            if ("START".equals(act.action()) && w[0] == null) {
                w[0] = act.at();
            }
            if (w[0] != null && w[1] == null && ENDS.contains(act.to())) {
                w[1] = act.at();
            }
            if (act.to() == PermitStatus.CLOSED) {
                w[2] = act.at();
            }
        }
        windows.values().removeIf(w -> w[0] == null || w[1] == null || w[2] == null);
        return windows;
    }

    private static Map<UUID, List<Instant>> closingsByWorker(List<PermitRecord> closed, Map<UUID, Instant[]> windows) {
        Map<UUID, List<Instant>> closings = new HashMap<>();
        for (PermitRecord p : closed) {
            Instant at = windowOf(p, windows)[2];
            crewOf(p).forEach(id -> closings.computeIfAbsent(id, k -> new ArrayList<>()).add(at));
        }
        closings.values().forEach(Collections::sort);
        return closings;
    }

    static List<UUID> crewOf(PermitRecord p) {
        List<UUID> crew = new ArrayList<>();
        crew.add(p.crew().leaderId());
        p.crew().workerIds().stream().filter(id -> !crew.contains(id)).forEach(crew::add);
        return crew;
    }

    /** How many of the sorted instants lie in [from, to). */
    static long count(List<Instant> sorted, Instant from, Instant to) {
        return lowerBound(sorted, to) - lowerBound(sorted, from);
    }

    private static int lowerBound(List<Instant> sorted, Instant at) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).isBefore(at)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
