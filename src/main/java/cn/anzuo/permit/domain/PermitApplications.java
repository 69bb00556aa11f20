package cn.anzuo.permit.domain;

import cn.anzuo.organization.CompanyPolicy;
import cn.anzuo.organization.Organization;
import cn.anzuo.organization.SiteView;
import cn.anzuo.permit.HazardFactor;
import cn.anzuo.permit.PermitLevel;
import cn.anzuo.permit.PermitStatus;
import cn.anzuo.permit.weather.domain.WeatherRules;
import cn.anzuo.qualification.QualificationCheck;
import cn.anzuo.qualification.Qualifications;
import cn.anzuo.qualification.WorkerView;
import cn.anzuo.shared.TimeWindow;
import cn.anzuo.shared.WorkType;
import cn.anzuo.shared.problem.RecordNotFound;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.security.Role;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applying for a permit (ApplyForPermit): every rule is checked before anything is stored, in the
 * order of API.md, and the first refusal names itself.
 */
@Service
@Transactional
public class PermitApplications {

    static final Duration START_TOLERANCE = Duration.ofMinutes(10);
    /** A guardian on one of these at another site in the same hours is busy (GUARDIAN_BUSY). */
    private static final Set<PermitStatus> LIVE = EnumSet.of(PermitStatus.PENDING_APPROVAL, PermitStatus.APPROVED,
            PermitStatus.ACTIVE, PermitStatus.SUSPENDED);

    private final WorkPermitRepository permits;
    private final Organization organization;
    private final Qualifications qualifications;
    private final HolidayCalendar holidays;
    private final MeasureCatalog measureCatalog;
    private final ApprovalChains chains;
    private final PermitNumbers numbers;
    private final WeatherRules weather;
    private final FatiguePolicy fatigue;
    private final SimopsPolicy simops;
    private final PermitCalendar calendar;
    private final Clock clock;

    PermitApplications(WorkPermitRepository permits, Organization organization, Qualifications qualifications,
            HolidayCalendar holidays, MeasureCatalog measureCatalog, ApprovalChains chains, PermitNumbers numbers,
            WeatherRules weather, FatiguePolicy fatigue, SimopsPolicy simops, PermitCalendar calendar, Clock clock) {
        this.permits = permits;
        this.organization = organization;
        this.qualifications = qualifications;
        this.holidays = holidays;
        this.measureCatalog = measureCatalog;
        this.chains = chains;
        this.numbers = numbers;
        this.weather = weather;
        this.fatigue = fatigue;
        this.simops = simops;
        this.calendar = calendar;
        this.clock = clock;
    }

    public record ApplyForPermit(
            WorkType type, PermitLevel level, UUID siteId, String location, String content, Instant plannedStart,
            Instant plannedEnd, UUID leaderId, List<UUID> workerIds, UUID guardianId, String hazards,
            String emergencyMeasures, List<PermitMeasure> measures, BigDecimal heightMeters,
            Set<HazardFactor> hazardFactors, BigDecimal loadTonnes, Set<UUID> relatedPermitIds, boolean expedite,
            String expediteReason, String otherMeasures, Boolean outdoor, GeoPoint point) {

        /** An application with the site's outdoor flag or a point only. */
        public ApplyForPermit(WorkType type, PermitLevel level, UUID siteId, String location, String content,
                Instant plannedStart, Instant plannedEnd, UUID leaderId, List<UUID> workerIds, UUID guardianId,
                String hazards, String emergencyMeasures, List<PermitMeasure> measures, BigDecimal heightMeters,
                Set<HazardFactor> hazardFactors, BigDecimal loadTonnes, Set<UUID> relatedPermitIds, boolean expedite,
                String expediteReason, String otherMeasures, Boolean outdoor) {
            this(type, level, siteId, location, content, plannedStart, plannedEnd, leaderId, workerIds, guardianId,
                    hazards, emergencyMeasures, measures, heightMeters, hazardFactors, loadTonnes, relatedPermitIds,
                    expedite, expediteReason, otherMeasures, outdoor, null);
        }

        public ApplyForPermit(WorkType type, PermitLevel level, UUID siteId, String location, String content,
                Instant plannedStart, Instant plannedEnd, UUID leaderId, List<UUID> workerIds, UUID guardianId,
                String hazards, String emergencyMeasures, List<PermitMeasure> measures, BigDecimal heightMeters,
                Set<HazardFactor> hazardFactors, BigDecimal loadTonnes, Set<UUID> relatedPermitIds, boolean expedite,
                String expediteReason, String otherMeasures, GeoPoint point) {
            this(type, level, siteId, location, content, plannedStart, plannedEnd, leaderId, workerIds, guardianId,
                    hazards, emergencyMeasures, measures, heightMeters, hazardFactors, loadTonnes, relatedPermitIds,
                    expedite, expediteReason, otherMeasures, null, point);
        }

        /** An application that takes the site's outdoor flag, without a point (no SIMOPS check). */
        public ApplyForPermit(WorkType type, PermitLevel level, UUID siteId, String location, String content,
                Instant plannedStart, Instant plannedEnd, UUID leaderId, List<UUID> workerIds, UUID guardianId,
                String hazards, String emergencyMeasures, List<PermitMeasure> measures, BigDecimal heightMeters,
                Set<HazardFactor> hazardFactors, BigDecimal loadTonnes, Set<UUID> relatedPermitIds, boolean expedite,
                String expediteReason, String otherMeasures) {
            this(type, level, siteId, location, content, plannedStart, plannedEnd, leaderId, workerIds, guardianId,
                    hazards, emergencyMeasures, measures, heightMeters, hazardFactors, loadTonnes, relatedPermitIds,
                    expedite, expediteReason, otherMeasures, (Boolean) null, null);
        }

        /** An application without other measures (Annex A item 16 left blank). */
        public ApplyForPermit(WorkType type, PermitLevel level, UUID siteId, String location, String content,
                Instant plannedStart, Instant plannedEnd, UUID leaderId, List<UUID> workerIds, UUID guardianId,
                String hazards, String emergencyMeasures, List<PermitMeasure> measures, BigDecimal heightMeters,
                Set<HazardFactor> hazardFactors, BigDecimal loadTonnes, Set<UUID> relatedPermitIds, boolean expedite,
                String expediteReason) {
            this(type, level, siteId, location, content, plannedStart, plannedEnd, leaderId, workerIds, guardianId,
                    hazards, emergencyMeasures, measures, heightMeters, hazardFactors, loadTonnes, relatedPermitIds,
                    expedite, expediteReason, null, (Boolean) null, null);
        }
    }

    public record Applied(WorkPermit permit, List<String> warnings) {}

    /** What an application would get before it is complete: its level (with the reason) and approval chain. */
    public record Preview(LevelDecision level, List<Role> chain) {}

    public Applied apply(CurrentUser applicant, ApplyForPermit command) {
        Instant now = clock.instant();
        SiteView site = organization.visibleSite(applicant, command.siteId());
        organization.requireOpenForPermits(site.id());
        CompanyPolicy policy = organization.policy(site.companyId());
        TimeWindow window = window(command, now);
        if (command.expedite() && (command.expediteReason() == null || command.expediteReason().isBlank())) {
            throw PermitProblems.expediteReasonRequired();
        }
        LevelDecision level = levelWithinCap(command, window, policy, site.companyId());
        checkMeasures(command);
        List<UUID> workerIds = List.copyOf(new LinkedHashSet<>(command.workerIds()));
        checkCrew(site, command, workerIds, window);
        List<WorkPermit> relatedPermits = command.relatedPermitIds().stream()
                .map(related -> permits.findById(related).filter(p -> p.companyId().equals(site.companyId()))
                        .orElseThrow(() -> new RecordNotFound("permit", related)))
                .toList();
        TemporaryPowerCap.check(command.type(), window, relatedPermits);
        WeatherRules.Submission weatherCheck = weather.check(site, command.type(), command.outdoor(), window);
        fatigue.check(site.companyId(), command.type(), level.level(), workerIds, window);
        simops.check(site.companyId(), command.type(), command.point(), window, command.relatedPermitIds());
        LocalDate day = LocalDate.ofInstant(window.from(), policy.zone());
        WorkPermit permit = WorkPermit.submit(new PermitApplication(site.companyId(),
                numbers.next(site.companyId(), command.type(), day), command.type(), level.level(), level.requested(),
                level.reason(), site.id(), command.location().trim(), command.content().trim(), window,
                command.leaderId(), workerIds, command.guardianId(), applicant.id(), command.hazards(),
                command.emergencyMeasures(), command.heightMeters(), command.loadTonnes(), command.hazardFactors(),
                command.measures(), command.relatedPermitIds(), command.expedite(),
                command.expedite() ? command.expediteReason().trim() : null,
                chains.chainFor(site.companyId(), command.type(), level.level()), command.otherMeasures(),
                weatherCheck.outdoor(), command.point()), now);
        return new Applied(permits.save(permit), weatherCheck.after(level.warnings()));
    }

    /**
     * The checks of place and time of an application still being filled in (site, window, level
     * inputs, validity cap), with the same refusals as {@link #apply}; nothing is stored.
     */
    @Transactional(readOnly = true)
    public Preview previewPlaceAndTime(CurrentUser applicant, ApplyForPermit command) {
        SiteView site = organization.visibleSite(applicant, command.siteId());
        organization.requireOpenForPermits(site.id());
        CompanyPolicy policy = organization.policy(site.companyId());
        TimeWindow window = window(command, clock.instant());
        LevelDecision level = levelWithinCap(command, window, policy, site.companyId());
        return new Preview(level, chains.chainFor(site.companyId(), command.type(), level.level()));
    }

    /**
     * The checks of the crew of an application still being filled in (known people, guardian not a
     * worker and not busy elsewhere, 人证岗一致), with the same refusals as {@link #apply}.
     */
    @Transactional(readOnly = true)
    public void previewCrew(CurrentUser applicant, ApplyForPermit command) {
        SiteView site = organization.visibleSite(applicant, command.siteId());
        TimeWindow window = window(command, clock.instant());
        checkCrew(site, command, List.copyOf(new LinkedHashSet<>(command.workerIds())), window);
    }

    private static TimeWindow window(ApplyForPermit command, Instant now) {
        if (!command.plannedEnd().isAfter(command.plannedStart())
                || command.plannedStart().isBefore(now.minus(START_TOLERANCE))) {
            throw PermitProblems.invalidWindow();
        }
        return new TimeWindow(command.plannedStart(), command.plannedEnd());
    }

    private LevelDecision levelWithinCap(ApplyForPermit command, TimeWindow window, CompanyPolicy policy,
            UUID companyId) {
        LevelDecision level = level(command, window, policy, companyId);
        Duration cap = ValidityCap.of(command.type(), level.level(), policy);
        if (window.length().compareTo(cap) > 0) {
            throw PermitProblems.validityExceeded(cap.toHours());
        }
        return level;
    }

    private void checkCrew(SiteView site, ApplyForPermit command, List<UUID> workerIds, TimeWindow window) {
        requireWorkersOf(site.companyId(), command.leaderId(), workerIds, command.guardianId());
        if (workerIds.contains(command.guardianId())) {
            throw PermitProblems.guardianIsWorker();
        }
        calendar.guardingElsewhere(command.guardianId(), site.id(), LIVE, window.from(), window.to())
                .ifPresent(other -> {
                    throw PermitProblems.guardianBusy(other);
                });
        checkQualifications(command.type(), window, command.leaderId(), workerIds, command.guardianId());
    }

    private LevelDecision level(ApplyForPermit command, TimeWindow window, CompanyPolicy policy, UUID companyId) {
        return switch (command.type()) {
            case HOT_WORK -> {
                if (command.level() == null || !PermitLevel.of(WorkType.HOT_WORK).contains(command.level())) {
                    throw PermitProblems.levelRequired("level");
                }
                yield HotWorkLevelUpgrade.decide(command.level(), window, policy, companyId, holidays::restDay);
            }
            case HEIGHT -> {
                if (command.heightMeters() == null) {
                    throw PermitProblems.levelRequired("heightMeters");
                }
                if (command.heightMeters().compareTo(HeightLevel.MINIMUM_HEIGHT) < 0) {
                    throw PermitProblems.notHeightWork();
                }
                PermitLevel requested = command.level() != null && PermitLevel.of(WorkType.HEIGHT).contains(command.level())
                        ? command.level()
                        : null;
                yield HeightLevel.decide(command.heightMeters(), command.hazardFactors(), requested);
            }
            case LIFTING -> {
                if (command.loadTonnes() == null) {
                    throw PermitProblems.levelRequired("loadTonnes");
                }
                yield LiftingLevel.decide(command.loadTonnes(), command.level());
            }
            default -> LevelDecision.none();
        };
    }

    private void checkMeasures(ApplyForPermit command) {
        Set<String> catalog = measureCatalog.of(command.type()).stream()
                .map(MeasureCatalog.Measure::code).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> answered = command.measures().stream().map(PermitMeasure::code).collect(Collectors.toSet());
        List<String> missing = catalog.stream().filter(code -> !answered.contains(code)).toList();
        List<String> unknown = answered.stream().filter(code -> !catalog.contains(code)).sorted().toList();
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw PermitProblems.measuresIncomplete(missing, unknown);
        }
    }

    private void requireWorkersOf(UUID companyId, UUID leaderId, List<UUID> workerIds, UUID guardianId) {
        Set<UUID> all = new LinkedHashSet<>(workerIds);
        all.add(leaderId);
        all.add(guardianId);
        Set<UUID> known = qualifications.workers(all).stream()
                .filter(w -> w.companyId().equals(companyId)).map(WorkerView::id).collect(Collectors.toSet());
        if (!known.contains(leaderId)) {
            throw PermitProblems.unknownWorker("leaderId");
        }
        if (!known.contains(guardianId)) {
            throw PermitProblems.unknownWorker("guardianId");
        }
        if (!known.containsAll(workerIds)) {
            throw PermitProblems.unknownWorker("workerIds");
        }
    }

    /** 人证岗一致: every worker, the leader where the type needs it, and the guardian, for the whole window. */
    private void checkQualifications(WorkType type, TimeWindow window, UUID leaderId, List<UUID> workerIds,
            UUID guardianId) {
        Map<UUID, String> roleOf = new LinkedHashMap<>();
        workerIds.forEach(id -> roleOf.put(id, "WORKER"));
        List<QualificationCheck> answers = new ArrayList<>(qualifications.checkAll(workerIds, type, window).values());
        if (type == WorkType.TEMP_POWER && !workerIds.contains(leaderId)) {
            roleOf.put(leaderId, "LEADER");
            answers.add(qualifications.check(leaderId, type, window));
        }
        roleOf.put(guardianId, "GUARDIAN");
        answers.add(qualifications.checkGuardian(guardianId, window));
        Map<UUID, String> names = qualifications.workers(roleOf.keySet()).stream()
                .collect(Collectors.toMap(WorkerView::id, WorkerView::name));
        List<Map<String, Object>> violations = new ArrayList<>();
        for (QualificationCheck answer : answers) {
            for (var reason : answer.reasons()) {
                Map<String, Object> violation = new LinkedHashMap<>();
                violation.put("workerId", answer.workerId());
                violation.put("name", names.get(answer.workerId()));
                violation.put("role", roleOf.get(answer.workerId()));
                violation.put("reason", reason.name());
                violations.add(violation);
            }
        }
        if (!violations.isEmpty()) {
            throw PermitProblems.qualificationInvalid(violations);
        }
    }
}
