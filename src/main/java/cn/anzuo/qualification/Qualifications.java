package cn.anzuo.qualification;

import cn.anzuo.qualification.conduct.Conduct;
import cn.anzuo.organization.CompanyPolicy;
import cn.anzuo.organization.Organization;
import cn.anzuo.qualification.domain.Certificate;
import cn.anzuo.qualification.domain.CertificateRepository;
import cn.anzuo.qualification.domain.QualificationPolicy;
import cn.anzuo.qualification.domain.WorkTypeRequirements;
import cn.anzuo.qualification.domain.Worker;
import cn.anzuo.qualification.domain.WorkerRepository;
import cn.anzuo.shared.TimeWindow;
import cn.anzuo.shared.WorkType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The qualification module's facade. Its main question — is worker W qualified for work type T
 * over a window, and if not, why? — is answered from the certificates' dates in the company's time
 * zone, with the company's rule on unverified certificates.
 */
@Service
@Transactional(readOnly = true)
public class Qualifications {

    private final WorkerRepository workers;
    private final CertificateRepository certificates;
    private final WorkTypeRequirements requirements;
    private final Organization organization;
    private final Conduct conduct;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Qualifications(WorkerRepository workers, CertificateRepository certificates, WorkTypeRequirements requirements,
            Organization organization, Conduct conduct, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.conduct = conduct;
        this.workers = workers;
        this.certificates = certificates;
        this.requirements = requirements;
        this.organization = organization;
    }

    /** Is the worker qualified for the work type for the whole window? */
    public QualificationCheck check(UUID workerId, WorkType type, TimeWindow window) {
        return checkAll(List.of(workerId), type, window).get(workerId);
    }

    /** The same question for a crew, answered with one query. */
    public Map<UUID, QualificationCheck> checkAll(Collection<UUID> workerIds, WorkType type, TimeWindow window) {
        return evaluate(workerIds, window, companyId -> requirements.itemsFor(companyId, type));
    }

    /** Does the person hold a guardian (监护人) certificate valid for the whole window? */
    public QualificationCheck checkGuardian(UUID workerId, TimeWindow window) {
        return evaluate(List.of(workerId), window, companyId -> Set.of(WorkTypeRequirements.GUARDIAN_ITEM)).get(workerId);
    }

    /** The guardian question for several people at once (e.g. to offer only qualified guardians). */
    public Map<UUID, QualificationCheck> checkGuardians(Collection<UUID> workerIds, TimeWindow window) {
        return evaluate(workerIds, window, companyId -> Set.of(WorkTypeRequirements.GUARDIAN_ITEM));
    }

    /** Workers of the companies by name (part of it) or the last four ID digits; all of them for a blank query. */
    public List<WorkerView> searchWorkers(Collection<UUID> companyIds, String query) {
        return workers.search(companyIds, query == null ? "" : query.trim(), "").stream().map(Worker::view).toList();
    }

    public Set<String> requiredItems(UUID companyId, WorkType type) {
        return requirements.itemsFor(companyId, type);
    }

    public Optional<WorkerView> worker(UUID workerId) {
        return workers.findById(workerId).map(Worker::view);
    }

    public List<WorkerView> workersOf(UUID companyId) {
        return workers.findByCompanyId(companyId).stream().map(Worker::view).toList();
    }

    /** Enabled workers of the companies (a KPI denominator). */
    public long enabledWorkerCount(Collection<UUID> companyIds) {
        return companyIds.isEmpty() ? 0 : workers.countEnabledIn(companyIds.toArray(UUID[]::new));
    }

    public List<WorkerView> workers(Collection<UUID> workerIds) {
        return workers.findAllById(workerIds).stream().map(Worker::view).toList();
    }

    /**
     * Records a violation of the worker (e.g. found by a failed spot check) and answers its sanction,
     * {@code WARNING} or {@code SUSPENDED} (ADR 0061).
     */
    public String recordViolation(UUID workerId, UUID permitId, String kind, String note, UUID recordedBy) {
        Worker worker = workers.findById(workerId).orElseThrow(
                () -> new cn.anzuo.shared.problem.RecordNotFound("worker", workerId));
        return conduct.recordViolation(workerId, worker.companyId(), permitId, kind, note, recordedBy).sanction();
    }

    /**
     * Remembers the gate's refusals of an application that was turned down (its own transaction had rolled
     * back): a worker refused in a month is no 合规之星 of that month. Unknown workers are skipped.
     */
    @Transactional
    public void recordGateRefusals(Collection<GateRefusal> refusals) {
        conduct.recordGateRefusals(refusals);
    }

    /** The company's workers with a violation recorded in [from, to). */
    public Set<UUID> workersWithViolations(UUID companyId, java.time.Instant from, java.time.Instant to) {
        return conduct.workersWithViolations(companyId, from, to);
    }

    /** The company's workers the qualification gate refused in [from, to). */
    public Set<UUID> workersRefusedAtGate(UUID companyId, java.time.Instant from, java.time.Instant to) {
        return conduct.workersRefusedAtGate(companyId, from, to);
    }

    /** How many violations of the company's workers were recorded in [from, to) (the morning briefing). */
    public long violationsBetween(UUID companyId, java.time.Instant from, java.time.Instant to) {
        return jdbc.sql("select count(*) from worker_violation where company_id = ? and at >= ? and at < ?")
                .params(companyId, java.sql.Timestamp.from(from), java.sql.Timestamp.from(to)).query(Long.class).single();
    }

    /**
     * How many unrevoked certificates of the company's enabled workers are still valid on {@code day} and expire
     * within the following {@code days} days: those the company's expiry reminders are about.
     */
    public long certificatesExpiringAfter(UUID companyId, LocalDate day, int days) {
        return jdbc.sql("""
                        select count(*) from certificate c join worker w on w.id = c.worker_id
                        where c.company_id = ? and w.enabled and c.revoked_at is null
                        and c.expires_on > ? and c.expires_on <= ?""")
                .params(companyId, java.sql.Date.valueOf(day), java.sql.Date.valueOf(day.plusDays(days)))
                .query(Long.class).single();
    }

    private Map<UUID, QualificationCheck> evaluate(Collection<UUID> workerIds, TimeWindow window,
            java.util.function.Function<UUID, Set<String>> itemsOfCompany) {
        Map<UUID, Worker> known = workers.findAllById(workerIds).stream()
                .collect(Collectors.toMap(Worker::id, w -> w));
        Map<UUID, List<Certificate>> held = certificates.findByWorkerIdIn(known.keySet()).stream()
                .collect(Collectors.groupingBy(Certificate::workerId));
        Map<UUID, QualificationCheck> answers = new LinkedHashMap<>();
        // One policy and one set of required items per company, however large the crew.
        Map<UUID, CompanyPolicy> policies = new HashMap<>();
        Map<UUID, Set<String>> items = new HashMap<>();
        for (UUID workerId : workerIds) {
            Worker worker = known.get(workerId);
            if (worker == null) {
                answers.put(workerId, new QualificationCheck(workerId, List.of(QualificationReason.NO_CERTIFICATE), null));
                continue;
            }
            if (!worker.enabled()) {
                answers.put(workerId, new QualificationCheck(workerId, List.of(QualificationReason.DISABLED), null));
                continue;
            }
            CompanyPolicy policy = policies.computeIfAbsent(worker.companyId(), organization::policy);
            if (!conduct.sanctioned(List.of(workerId), policy.zone()).isEmpty()) {
                answers.put(workerId, new QualificationCheck(workerId, List.of(QualificationReason.SANCTIONED), null));
                continue;
            }
            LocalDate firstDay = window.from().atZone(policy.zone()).toLocalDate();
            LocalDate lastDay = window.to().minusNanos(1).atZone(policy.zone()).toLocalDate();
            answers.put(workerId, QualificationPolicy.evaluate(workerId, held.getOrDefault(workerId, List.of()),
                    items.computeIfAbsent(worker.companyId(), itemsOfCompany), firstDay, lastDay, policy.allowUnverifiedCertificates()));
        }
        return answers;
    }
}
