package cn.anzuo.qualification.domain;

import cn.anzuo.shared.crypto.PersonalDataCipher;
import cn.anzuo.organization.CompanyPolicy;
import cn.anzuo.organization.Organization;
import cn.anzuo.qualification.CertificateRegime;
import cn.anzuo.qualification.CertificateStatus;
import cn.anzuo.qualification.WorkerView;
import cn.anzuo.qualification.domain.Certificate.VerificationMethod;
import cn.anzuo.qualification.domain.QualificationProblems.EvidenceRequired;
import cn.anzuo.qualification.domain.QualificationProblems.InvalidCertificateNumber;
import cn.anzuo.qualification.domain.QualificationProblems.InvalidDates;
import cn.anzuo.shared.problem.RecordNotFound;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.web.PageRequestParams;
import cn.anzuo.shared.web.PageResult;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adding, revoking and verifying certificates; listing them with their status for today. */
@Service
@Transactional
public class CertificateRegistry {

    private final CertificateRepository certificates;
    private final WorkerRegistry workers;
    private final CertificateCatalog catalog;
    private final StoredFiles files;
    private final Organization organization;
    private final PersonalDataCipher cipher;
    private final Clock clock;

    CertificateRegistry(CertificateRepository certificates, WorkerRegistry workers, CertificateCatalog catalog,
            StoredFiles files, Organization organization, PersonalDataCipher cipher, Clock clock) {
        this.certificates = certificates;
        this.workers = workers;
        this.catalog = catalog;
        this.files = files;
        this.organization = organization;
        this.cipher = cipher;
        this.clock = clock;
    }

    public record AddCertificate(CertificateRegime regime, String itemCode, String number, String authority,
            LocalDate issuedOn, LocalDate expiresOn, LocalDate reviewDueOn) {}

    /** A certificate with its status for a day. */
    public record Dated(Certificate certificate, CertificateStatus status) {}

    /**
     * Which workers to list: name (part of it) or last four ID digits, employer (part of it), only
     * contractors, holding at least one certificate of a status today, holding an item. Blank or null
     * means "any".
     */
    public record WorkerCriteria(String query, String employer, boolean contractorsOnly, CertificateStatus status,
            String itemCode) {

        public static WorkerCriteria all() {
            return new WorkerCriteria(null, null, false, null, null);
        }
    }

    private static final int MAX_IN_LIST = 500;

    public Dated add(CurrentUser by, UUID workerId, AddCertificate command) {
        Worker worker = workers.visible(by, workerId);
        CertificateItem item = catalog.require(worker.companyId(), command.regime(), command.itemCode());
        CertificateDates dates = CertificateDates.withDefaults(item.regime(), command.issuedOn(), command.expiresOn(),
                command.reviewDueOn());
        if (!dates.consistent()) {
            throw new InvalidDates();
        }
        String number = checkedNumber(item.regime(), command.number(), worker.idNumber(cipher));
        Certificate certificate = Certificate.issue(worker.companyId(), worker.id(), item, number,
                command.authority(), dates, cipher, clock.instant());
        return dated(certificates.save(certificate));
    }

    /**
     * 特种作业 numbers are "T" + the holder's ID number (DOMAIN.md §2.5); the others are free text
     * and must be present.
     */
    public static String checkedNumber(CertificateRegime regime, String raw, IdNumber holder) {
        String number = raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT);
        if (regime == CertificateRegime.SPECIAL_OPERATION) {
            if (!number.equals("T" + holder.value())) {
                throw new InvalidCertificateNumber();
            }
            return number;
        }
        if (number.isEmpty() || number.length() > 64) {
            throw new InvalidCertificateNumber();
        }
        return number;
    }

    public Dated revoke(CurrentUser by, UUID certificateId, String reason) {
        Certificate certificate = visible(by, certificateId);
        certificate.revoke(by.id(), reason.trim(), clock.instant());
        return dated(certificates.save(certificate));
    }

    /** 真伪核验 by a person: the evidence (card QR result, screenshot, PDF) must be one of the company's files. */
    public Dated verifyManually(CurrentUser by, UUID certificateId, UUID evidenceId) {
        Certificate certificate = visible(by, certificateId);
        if (evidenceId == null || !files.belongsTo(evidenceId, certificate.companyId())) {
            throw new EvidenceRequired();
        }
        certificate.verify(VerificationMethod.MANUAL, by.id(), evidenceId, clock.instant());
        return dated(certificates.save(certificate));
    }

    /** Records a verification the registry confirmed (see {@code RegistryVerification}). */
    public Dated markVerifiedByRegistry(CurrentUser by, Certificate certificate) {
        certificate.verify(VerificationMethod.REGISTRY, by.id(), null, clock.instant());
        return dated(certificates.save(certificate));
    }

    @Transactional(readOnly = true)
    public Certificate visible(CurrentUser by, UUID certificateId) {
        return certificates.findById(certificateId)
                .filter(c -> organization.canSee(by, c.companyId()))
                .orElseThrow(() -> new RecordNotFound("certificate", certificateId));
    }

    @Transactional(readOnly = true)
    public List<Dated> ofWorker(CurrentUser by, UUID workerId) {
        Worker worker = workers.visible(by, workerId);
        return certificates.findByWorkerId(worker.id()).stream()
                .map(this::dated)
                .sorted(Comparator.comparing((Dated d) -> d.certificate().expiresOn()))
                .toList();
    }

    /**
     * The companies' certificates with today's status, optionally only one status and only those
     * whose expiry or review falls due within {@code withinDays}.
     */
    @Transactional(readOnly = true)
    public List<Dated> list(Collection<UUID> companyIds, CertificateStatus status, Integer withinDays) {
        Map<UUID, CompanyPolicy> policies = new HashMap<>();
        return certificates.findByCompanyIdIn(companyIds).stream()
                .map(c -> dated(c, policies.computeIfAbsent(c.companyId(), organization::policy)))
                .filter(d -> status == null || d.status() == status)
                .filter(d -> withinDays == null
                        || dueWithin(d.certificate(), policies.get(d.certificate().companyId()), withinDays))
                .sorted(Comparator.comparing((Dated d) -> d.certificate().expiresOn()))
                .toList();
    }

    /**
     * Who holds what (谁持有什么证): the companies' workers matching the criteria, each with their
     * certificates and today's statuses, by name in pinyin order. Two queries whatever the number of
     * workers: one for the workers, one for their certificates.
     */
    @Transactional(readOnly = true)
    public List<HeldCertificates> held(Collection<UUID> companyIds, WorkerCriteria criteria) {
        List<WorkerView> found = workers.search(companyIds, criteria.query(), criteria.employer()).stream()
                .filter(w -> !criteria.contractorsOnly() || w.contractor())
                .toList();
        return withCertificates(found, companyIds).stream()
                .filter(h -> criteria.status() == null || h.anyWithStatus(criteria.status()))
                .filter(h -> criteria.itemCode() == null || criteria.itemCode().isBlank() || h.holdsItem(criteria.itemCode()))
                .toList();
    }

    /**
     * One page of {@link #held}. Found by name or employer only (the list as it opens, and its search box), the
     * workers are ordered and limited in the database and only the page's certificates are read. A status, item or
     * contractor filter depends on today's statuses computed here, so then every match is read and the page cut
     * from them.
     */
    @Transactional(readOnly = true)
    public PageResult<HeldCertificates> heldPage(Collection<UUID> companyIds, WorkerCriteria criteria,
            PageRequestParams params) {
        boolean filtersByCertificate = criteria.contractorsOnly() || criteria.status() != null
                || (criteria.itemCode() != null && !criteria.itemCode().isBlank());
        if (filtersByCertificate) {
            return PageResult.of(held(companyIds, criteria), params);
        }
        PageResult<WorkerView> page = workers.searchPage(companyIds, criteria.query(), criteria.employer(), params);
        return new PageResult<>(withCertificates(page.items(), companyIds), page.page(), page.size(), page.total());
    }

    /** The workers, in their order, each with their certificates dated today. */
    private List<HeldCertificates> withCertificates(List<WorkerView> found, Collection<UUID> companyIds) {
        if (found.isEmpty()) {
            return List.of();
        }
        Set<UUID> ids = found.stream().map(WorkerView::id).collect(Collectors.toSet());
        // A long list of ids makes a long IN (…); past that, the companies' certificates are cheaper.
        List<Certificate> loaded = ids.size() <= MAX_IN_LIST
                ? certificates.findByWorkerIdIn(ids)
                : certificates.findByCompanyIdIn(companyIds);
        Map<UUID, CompanyPolicy> policies = new HashMap<>();
        Map<UUID, List<Dated>> byWorker = loaded.stream()
                .filter(c -> ids.contains(c.workerId()))
                .map(c -> dated(c, policies.computeIfAbsent(c.companyId(), organization::policy)))
                .sorted(Comparator.comparing((Dated d) -> d.certificate().itemCode()))
                .collect(Collectors.groupingBy(d -> d.certificate().workerId()));
        return found.stream()
                .map(w -> new HeldCertificates(w, byWorker.getOrDefault(w.id(), List.of())))
                .toList();
    }

    /** Today in the company's time zone: the day statuses are computed for. */
    @Transactional(readOnly = true)
    public LocalDate today(UUID companyId) {
        return today(organization.policy(companyId));
    }

    public Dated dated(Certificate certificate) {
        return dated(certificate, organization.policy(certificate.companyId()));
    }

    private Dated dated(Certificate certificate, CompanyPolicy policy) {
        return new Dated(certificate, certificate.status(today(policy), policy.expiryReminderDays()));
    }

    private boolean dueWithin(Certificate certificate, CompanyPolicy policy, int days) {
        LocalDate horizon = today(policy).plusDays(days);
        return !certificate.expiresOn().isAfter(horizon)
                || (certificate.reviewDueOn() != null && !certificate.reviewDueOn().isAfter(horizon));
    }

    private LocalDate today(CompanyPolicy policy) {
        return LocalDate.ofInstant(clock.instant(), policy.zone());
    }
}
