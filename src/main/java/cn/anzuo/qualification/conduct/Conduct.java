package cn.anzuo.qualification.conduct;

import cn.anzuo.qualification.WorkerSanctioned;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.problem.ProblemKind;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Violations and their sanctions, and training records (ADR 0061). The first violation of a worker in
 * 12 months is a {@code WARNING}; any further one {@code SUSPENDED}s the worker from permits until a
 * {@code RETRAINING} record completed on or after that violation's day is added.
 */
@Service
public class Conduct {

    public static final Set<String> TRAINING_KINDS = Set.of("INDUCTION", "REVIEW", "RETRAINING", "DRILL");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Conduct(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    public record Violation(UUID id, UUID workerId, UUID permitId, String kind, String note, String sanction, Instant at) {}

    public record Training(UUID id, UUID workerId, String course, String kind, BigDecimal hours, LocalDate completedOn) {}

    @Transactional
    public Violation recordViolation(UUID workerId, UUID companyId, UUID permitId, String kind, String note, UUID by) {
        if (kind == null || kind.isBlank()) {
            throw new BusinessProblem(ProblemKind.RULE, "VALIDATION_FAILED", "kind");
        }
        Instant now = clock.instant();
        long earlier = jdbc.sql("select count(*) from worker_violation where worker_id = ? and at > ?")
                .params(workerId, Timestamp.from(now.minus(365, ChronoUnit.DAYS))).query(Long.class).single();
        String sanction = earlier == 0 ? "WARNING" : "SUSPENDED";
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into worker_violation (id, worker_id, company_id, permit_id, kind, note, sanction, at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, workerId, companyId, permitId, kind.trim(), note, sanction, Timestamp.from(now), by).update();
        events.publishEvent(new WorkerSanctioned(id, workerId, companyId, permitId, kind.trim(), note, sanction, now));
        return new Violation(id, workerId, permitId, kind.trim(), note, sanction, now);
    }

    @Transactional(readOnly = true)
    public List<Violation> violations(Collection<UUID> companyIds, UUID workerId) {
        if (companyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, worker_id, permit_id, kind, note, sanction, at from worker_violation
                 where company_id in (:companies) and (cast(:worker as uuid) is null or worker_id = :worker)
                 order by at desc""")
                .param("companies", companyIds).param("worker", workerId)
                .query((rs, n) -> new Violation(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getTimestamp(7).toInstant()))
                .list();
    }

    @Transactional
    public Training recordTraining(UUID workerId, UUID companyId, String course, String kind, BigDecimal hours,
            LocalDate completedOn, UUID by) {
        if (course == null || course.isBlank()) {
            throw new BusinessProblem(ProblemKind.RULE, "VALIDATION_FAILED", "course");
        }
        if (kind == null || !TRAINING_KINDS.contains(kind)) {
            throw new BusinessProblem(ProblemKind.RULE, "TRAINING_KIND", "kind", String.valueOf(kind));
        }
        if (hours == null || hours.signum() <= 0 || completedOn == null) {
            throw new BusinessProblem(ProblemKind.RULE, "VALIDATION_FAILED", hours == null || hours.signum() <= 0 ? "hours" : "completedOn");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into worker_training (id, worker_id, company_id, course, kind, hours, completed_on, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, workerId, companyId, course.trim(), kind, hours, completedOn, Timestamp.from(clock.instant()), by)
                .update();
        events.publishEvent(new cn.anzuo.qualification.TrainingRecorded(id, workerId, companyId, kind, completedOn));
        return new Training(id, workerId, course.trim(), kind, hours, completedOn);
    }

    @Transactional(readOnly = true)
    public List<Training> training(UUID workerId) {
        return jdbc.sql("""
                select id, worker_id, course, kind, hours, completed_on from worker_training where worker_id = ?
                 order by completed_on desc""")
                .param(workerId)
                .query((rs, n) -> new Training(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getBigDecimal(5), rs.getObject(6, LocalDate.class)))
                .list();
    }

    /**
     * The workers among these who are suspended: a {@code SUSPENDED} violation with no {@code RETRAINING}
     * completed on or after its day (in the zone given).
     */
    @Transactional(readOnly = true)
    public Set<UUID> sanctioned(Collection<UUID> workerIds, ZoneId zone) {
        if (workerIds.isEmpty()) {
            return Set.of();
        }
        Set<UUID> out = new HashSet<>();
        jdbc.sql("""
                select v.worker_id, max(v.at) as last_suspension,
                       (select max(t.completed_on) from worker_training t
                         where t.worker_id = v.worker_id and t.kind = 'RETRAINING') as last_retraining
                  from worker_violation v
                 where v.worker_id in (:workers) and v.sanction = 'SUSPENDED'
                 group by v.worker_id""")
                .param("workers", workerIds)
                .query(rs -> {
                    LocalDate suspendedOn = rs.getTimestamp(2).toInstant().atZone(zone).toLocalDate();
                    LocalDate retrained = rs.getObject(3, LocalDate.class);
                    if (retrained == null || retrained.isBefore(suspendedOn)) {
                        out.add(rs.getObject(1, UUID.class));
                    }
                });
        return out;
    }

    /** See {@code Qualifications.recordGateRefusals}: one row per person and reason, with the worker's company. */
    @Transactional
    public void recordGateRefusals(Collection<cn.anzuo.qualification.GateRefusal> refusals) {
        for (var refusal : refusals) {
            jdbc.sql("""
                    insert into gate_refusal (id, company_id, worker_id, work_type, reason, at)
                    select ?, company_id, id, ?, ?, ? from worker where id = ?""")
                    .params(UUID.randomUUID(), refusal.type().name(), refusal.reason(), Timestamp.from(refusal.at()),
                            refusal.workerId())
                    .update();
        }
    }

    public Set<UUID> workersWithViolations(UUID companyId, Instant from, Instant to) {
        return Set.copyOf(jdbc.sql("select distinct worker_id from worker_violation where company_id = ? and at >= ? and at < ?")
                .params(companyId, Timestamp.from(from), Timestamp.from(to)).query(UUID.class).list());
    }

    public Set<UUID> workersRefusedAtGate(UUID companyId, Instant from, Instant to) {
        return Set.copyOf(jdbc.sql("select distinct worker_id from gate_refusal where company_id = ? and at >= ? and at < ?")
                .params(companyId, Timestamp.from(from), Timestamp.from(to)).query(UUID.class).list());
    }
}
