package cn.anzuo.analytics.domain;

import cn.anzuo.analytics.domain.KpiDefinitions.Counter;
import cn.anzuo.analytics.domain.KpiDefinitions.StartFacts;
import cn.anzuo.hazard.HazardClosed;
import cn.anzuo.hazard.HazardReported;
import cn.anzuo.monitoring.AlarmAcknowledged;
import cn.anzuo.organization.Organization;
import cn.anzuo.permit.CheckedIn;
import cn.anzuo.permit.PermitActRecorded;
import cn.anzuo.permit.PermitApproved;
import cn.anzuo.permit.PermitClosed;
import cn.anzuo.permit.PermitRecord;
import cn.anzuo.permit.PermitSheet;
import cn.anzuo.permit.PermitStarted;
import cn.anzuo.permit.Permits;
import cn.anzuo.qualification.QualificationCheck;
import cn.anzuo.qualification.Qualifications;
import cn.anzuo.qualification.TrainingRecorded;
import cn.anzuo.shared.TimeWindow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Turns the other modules' events into daily facts. Each counting event is keyed (its type and record id)
 * in {@code kpi_processed_event} in the same transaction as its increments, so a redelivery after a crash
 * counts nothing; the "who was active" rows are sets and need no key. Runs in the caller's transaction:
 * the listener's own, or the rebuild's (which must not go asynchronous, hence no listener annotations here).
 */
@Component
class FactRecorder {

    private final FactSink facts;
    private final Organization organization;
    private final Permits permits;
    private final Qualifications qualifications;
    private final Clock clock;
    private final Function<UUID, ZoneId> zones;

    @Autowired
    FactRecorder(DailyFacts facts, Organization organization, Permits permits, Qualifications qualifications,
            Clock clock) {
        this(facts, organization, permits, qualifications, clock, company -> organization.policy(company).zone());
    }

    private FactRecorder(FactSink facts, Organization organization, Permits permits, Qualifications qualifications,
            Clock clock, Function<UUID, ZoneId> zones) {
        this.facts = facts;
        this.organization = organization;
        this.permits = permits;
        this.qualifications = qualifications;
        this.clock = clock;
        this.zones = zones;
    }

    /**
     * A recorder for one rebuild: it counts into {@code batch} and asks each company's time zone once (a rebuild
     * runs in one transaction, so the zone cannot change under it).
     */
    FactRecorder into(FactBatch batch) {
        Map<UUID, ZoneId> known = new HashMap<>();
        return new FactRecorder(batch, organization, permits, qualifications, clock,
                company -> known.computeIfAbsent(company, zones));
    }

    void on(PermitApproved e) {
        if (first("PermitApproved:" + e.permitId(), e.companyId())) {
            LocalDate day = day(e.companyId(), e.approvedAt());
            double minutes = Duration.between(e.submittedAt(), e.approvedAt()).toSeconds() / 60.0;
            facts.add(e.companyId(), day, Counter.PERMITS_APPROVED, 1);
            facts.add(e.companyId(), day, Counter.APPROVAL_MINUTES, minutes);
            facts.addApproval(e.companyId(), day, minutes);
        }
    }

    void on(PermitStarted e) {
        Optional<PermitSheet> sheet = permits.sheet(e.permitId());
        if (sheet.isPresent() && first("PermitStarted:" + e.permitId(), e.companyId())) {
            started(e.companyId(), e.at(), KpiDefinitions.startFacts(sheet.get(), checks(sheet.get().permit(), e.at())));
        }
    }

    /** Counts a start whose facts are known (the listener, and tests with a hand-built permit). */
    void started(UUID companyId, Instant at, StartFacts f) {
        LocalDate day = day(companyId, at);
        facts.add(companyId, day, Counter.PERMITS_STARTED, 1);
        facts.add(companyId, day, Counter.PERMITS_STARTED_FULLY_APPROVED, f.fullyApproved() ? 1 : 0);
        facts.add(companyId, day, Counter.PEOPLE_ON_STARTED_PERMITS, f.people());
        facts.add(companyId, day, Counter.PEOPLE_CERTIFIED, f.certified());
        facts.add(companyId, day, Counter.MEASURES_ON_STARTED_PERMITS, f.measures());
        facts.add(companyId, day, Counter.MEASURES_CONFIRMED, f.measuresConfirmed());
    }

    void on(PermitClosed e) {
        Optional<PermitSheet> sheet = permits.sheet(e.permitId());
        if (sheet.isPresent() && first("PermitClosed:" + e.permitId(), e.companyId())) {
            closed(e.companyId(), e.at(), KpiDefinitions.completeRecord(sheet.get()));
        }
    }

    void closed(UUID companyId, Instant at, boolean completeRecord) {
        LocalDate day = day(companyId, at);
        facts.add(companyId, day, Counter.PERMITS_CLOSED, 1);
        facts.add(companyId, day, Counter.PERMITS_CLOSED_COMPLETE, completeRecord ? 1 : 0);
    }

    void on(AlarmAcknowledged e) {
        if (first("AlarmAcknowledged:" + e.alarmId(), e.companyId())) {
            LocalDate day = day(e.companyId(), e.at());
            facts.add(e.companyId(), day, Counter.ALARMS_ACKNOWLEDGED, 1);
            facts.add(e.companyId(), day, Counter.ALARM_ACK_SECONDS, e.responseSeconds());
        }
        active(e.companyId(), e.at(), e.byUserId());
    }

    void on(HazardReported e) {
        if (first("HazardReported:" + e.hazardId(), e.companyId())) {
            facts.add(e.companyId(), day(e.companyId(), e.at()), Counter.HAZARDS_REPORTED, 1);
        }
        active(e.companyId(), e.at(), e.reportedBy());
    }

    void on(HazardClosed e) {
        if (first("HazardClosed:" + e.hazardId(), e.companyId())) {
            LocalDate day = day(e.companyId(), e.closedAt());
            facts.add(e.companyId(), day, Counter.HAZARDS_CLOSED, 1);
            facts.add(e.companyId(), day, Counter.HAZARD_CLOSURE_HOURS, e.closureHours());
        }
    }

    void on(CheckedIn e) {
        active(e.companyId(), e.at(), e.userId());
    }

    void on(PermitActRecorded e) {
        if (e.by() != null) {
            active(e.companyId(), e.at(), e.by().userId());
        }
    }

    void on(TrainingRecorded e) {
        facts.trained(e.companyId(), e.completedOn(), e.workerId());
    }

    private void active(UUID companyId, Instant at, UUID userId) {
        if (userId != null) {
            facts.active(companyId, day(companyId, at), userId);
        }
    }

    /** The qualification module's answer for each person of the crew over the permit's window from the start. */
    private List<QualificationCheck> checks(PermitRecord permit, Instant at) {
        Instant end = permit.plannedEnd() != null && permit.plannedEnd().isAfter(at) ? permit.plannedEnd() : at.plusSeconds(60);
        TimeWindow window = new TimeWindow(at, end);
        PermitRecord.Crew crew = permit.crew();
        Set<UUID> crewWorkers = new LinkedHashSet<>(crew.workerIds());
        if (crew.leaderId() != null) {
            crewWorkers.add(crew.leaderId());
        }
        crewWorkers.remove(crew.guardianId());
        List<QualificationCheck> checks = new ArrayList<>(qualifications.checkAll(crewWorkers, permit.type(), window).values());
        if (crew.guardianId() != null) {
            checks.add(qualifications.checkGuardian(crew.guardianId(), window));
        }
        return checks;
    }

    private boolean first(String key, UUID companyId) {
        return facts.firstDelivery(key, companyId, clock.instant());
    }

    private LocalDate day(UUID companyId, Instant at) {
        return LocalDate.ofInstant(at, zones.apply(companyId));
    }
}
