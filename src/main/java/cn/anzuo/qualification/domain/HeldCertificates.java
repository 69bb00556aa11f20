package cn.anzuo.qualification.domain;

import cn.anzuo.qualification.CertificateStatus;
import cn.anzuo.qualification.WorkerView;
import cn.anzuo.qualification.domain.CertificateRegistry.Dated;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A worker with their certificates and today's statuses: one row of "who holds what" (谁持有什么证).
 *
 * @param worker the worker, ID number masked
 * @param certificates every certificate the worker holds, revoked and expired ones included
 */
public record HeldCertificates(WorkerView worker, List<Dated> certificates) {

    /** Statuses from best to worst for the worker's standing. */
    private static final List<CertificateStatus> BEST_FIRST = List.of(CertificateStatus.VALID,
            CertificateStatus.EXPIRING, CertificateStatus.REVIEW_OVERDUE, CertificateStatus.REVOKED,
            CertificateStatus.EXPIRED);

    public HeldCertificates {
        certificates = List.copyOf(certificates);
    }

    /**
     * The worker's standing: per item the best certificate held — a renewed card supersedes the old
     * one, as in {@link QualificationPolicy} — and of those the worst. Empty without certificates.
     */
    public Optional<CertificateStatus> standing() {
        Map<String, CertificateStatus> bestPerItem = certificates.stream().collect(Collectors.toMap(
                d -> d.certificate().itemCode().toUpperCase(Locale.ROOT), Dated::status,
                (a, b) -> rank(a) <= rank(b) ? a : b));
        return bestPerItem.values().stream().max(Comparator.comparingInt(HeldCertificates::rank));
    }

    /** Whether any certificate has the status today (the list filter). */
    public boolean anyWithStatus(CertificateStatus status) {
        return certificates.stream().anyMatch(d -> d.status() == status);
    }

    public boolean holdsItem(String itemCode) {
        return certificates.stream().anyMatch(d -> d.certificate().itemCode().equalsIgnoreCase(itemCode.trim()));
    }

    /** Whether a certificate that is not revoked still waits for its authenticity check (真伪核验). */
    public boolean anyUnverified() {
        return certificates.stream()
                .anyMatch(d -> d.status() != CertificateStatus.REVOKED && !d.certificate().verified());
    }

    /** The item codes held, each once, in catalogue-like order (1.1, 2.1, …, Q2, GUARDIAN). */
    public List<String> itemCodes() {
        return certificates.stream().map(d -> d.certificate().itemCode()).distinct().sorted().toList();
    }

    /** The items held, each once, in the order of {@link #itemCodes()}, with the catalogue's names. */
    public List<HeldItem> items() {
        Map<String, String> names = new java.util.TreeMap<>();
        certificates.forEach(d -> names.putIfAbsent(d.certificate().itemCode(), d.certificate().itemName()));
        return names.entrySet().stream().map(e -> new HeldItem(e.getKey(), e.getValue())).toList();
    }

    /**
     * An item held: its code and name. {@link #number()} is the code people know from the card (1.1, 2.1,
     * Q2), or null for a code that is only a key (GUARDIAN), which a page shows by its name alone.
     */
    public record HeldItem(String code, String name) {

        public String number() {
            return code.length() <= 5 ? code : null;
        }
    }

    private static int rank(CertificateStatus status) {
        return BEST_FIRST.indexOf(status);
    }
}
