package cn.anzuo.permit.weather.domain;

import cn.anzuo.organization.CompanyModules;
import cn.anzuo.organization.OptionalModule;
import cn.anzuo.organization.Organization;
import cn.anzuo.organization.SiteView;
import cn.anzuo.permit.PermitStatus;
import cn.anzuo.permit.domain.WorkPermit;
import cn.anzuo.shared.TimeWindow;
import cn.anzuo.shared.WorkType;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.problem.ProblemKind;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weather's say on a permit (API.md "Risk rules"): submitting or starting (or resuming) outdoor work the
 * weather forbids is refused with 422 {@code WEATHER_BLOCKED}; ≥ 35 °C adds a warning. The rules themselves are
 * {@link WindLimit} and {@link HeatLimit}; which observation applies is ADR 0067.
 */
@Service
@Transactional(readOnly = true)
public class WeatherRules {

    private final WeatherObservationStore store;
    private final Organization organization;
    private final WeatherProperties properties;
    private final Clock clock;
    private final CompanyModules modules;

    WeatherRules(WeatherObservationStore store, Organization organization, WeatherProperties properties, Clock clock,
            CompanyModules modules) {
        this.modules = modules;
        this.store = store;
        this.organization = organization;
        this.properties = properties;
        this.clock = clock;
    }

    /** What a submission takes from the weather: the permit's outdoor flag and its warnings. */
    public record Submission(boolean outdoor, List<String> warnings) {

        /** The other warnings of the application followed by the weather's. */
        public List<String> after(List<String> others) {
            List<String> all = new ArrayList<>(others);
            all.addAll(warnings);
            return List.copyOf(all);
        }
    }

    /**
     * Checks an application: {@code outdoor} null takes the site's flag; throws {@code WEATHER_BLOCKED} when a rule
     * forbids the work in that window.
     */
    public Submission check(SiteView site, WorkType type, Boolean outdoor, TimeWindow window) {
        boolean open = outdoor == null ? site.outdoor() : outdoor;
        WeatherVerdict verdict = conditions(site.id(), site.companyId(), window).judge(type, open, window);
        refuseIfBlocked(verdict);
        return new Submission(open, verdict.warningCodes());
    }

    /** Starting or resuming: the weather must allow the rest of the permit's window; else {@code WEATHER_BLOCKED}. */
    public void requireWorkable(WorkPermit permit) {
        if (permit.status() == PermitStatus.APPROVED || permit.status() == PermitStatus.SUSPENDED) {
            refuseIfBlocked(now(permit));
        }
    }

    /** The verdict on a permit's remaining window now. */
    public WeatherVerdict now(WorkPermit permit) {
        if (!permit.outdoor()) {
            return WeatherVerdict.CLEAR;
        }
        Instant now = clock.instant();
        TimeWindow rest = permit.plannedEnd().isAfter(now)
                ? new TimeWindow(permit.plannedStart().isAfter(now) ? permit.plannedStart() : now, permit.plannedEnd())
                : new TimeWindow(now, now.plusSeconds(1));
        return conditions(permit.siteId(), permit.companyId(), rest).judge(permit.workType(), true, rest);
    }

    /** What approvers and the applicant see on a permit not yet ended: refusing rules and warnings, as codes. */
    public List<String> warnings(WorkPermit permit) {
        if (permit.status() != PermitStatus.PENDING_APPROVAL && permit.status() != PermitStatus.APPROVED
                && permit.status() != PermitStatus.ACTIVE) {
            return List.of();
        }
        WeatherVerdict verdict = now(permit);
        List<String> codes = new ArrayList<>(verdict.refusals().stream().map(r -> r.rule().name()).toList());
        codes.addAll(verdict.warningCodes());
        return List.copyOf(codes);
    }

    /** The observations that apply to work in this window at the site now (ADR 0067). */
    WeatherConditions conditions(UUID siteId, UUID companyId, TimeWindow window) {
        Instant now = clock.instant();
        ZoneId zone = organization.policy(companyId).zone();
        if (!modules.enabled(companyId, OptionalModule.RISK_RULES)) {
            // 智能风控 switched off: the weather neither refuses, suspends nor warns (docs/company-modules.md)
            return WeatherConditions.none(zone);
        }
        var wind = store.latest(siteId, now)
                .filter(o -> now.isBefore(o.observedAt().plus(properties.validFor()))
                        && window.from().isBefore(o.observedAt().plus(properties.validFor())));
        List<LocalDate> days = WeatherConditions.days(window, zone);
        Map<LocalDate, WeatherObservation> hottest = store.between(siteId,
                        days.getFirst().atStartOfDay(zone).toInstant(),
                        days.getLast().plusDays(1).atStartOfDay(zone).toInstant()).stream()
                .collect(Collectors.toMap(o -> LocalDate.ofInstant(o.observedAt(), zone), o -> o,
                        (a, b) -> a.temperatureC().compareTo(b.temperatureC()) >= 0 ? a : b, LinkedHashMap::new));
        return new WeatherConditions(wind, hottest, zone);
    }

    static void refuseIfBlocked(WeatherVerdict verdict) {
        if (verdict.blocked()) {
            throw blocked(verdict.refusals());
        }
    }

    /** 422 WEATHER_BLOCKED: the first refusing rule names the detail; all are listed with their values. */
    static BusinessProblem blocked(List<WeatherReason> reasons) {
        WeatherReason first = reasons.stream().min(Comparator.comparing(WeatherReason::rule)).orElseThrow();
        return new BusinessProblem(ProblemKind.RULE, "WEATHER_BLOCKED", null, first.message())
                .with("rule", first.rule().name())
                .with("clause", first.rule().clause())
                .with("observed", first.observed())
                .with("limit", first.rule().limit())
                .with("observedAt", first.observedAt().toString())
                .with("reasons", reasons.stream().map(r -> Map.of("rule", r.rule().name(), "observed", r.observed(),
                        "limit", r.rule().limit(), "observedAt", r.observedAt().toString())).toList());
    }
}
