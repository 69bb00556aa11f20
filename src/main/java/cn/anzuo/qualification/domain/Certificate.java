package cn.anzuo.qualification.domain;

import cn.anzuo.shared.crypto.PersonalDataCipher;
import cn.anzuo.qualification.CertificateRegime;
import cn.anzuo.qualification.CertificateStatus;
import cn.anzuo.qualification.QualificationReason;
import cn.anzuo.qualification.domain.QualificationProblems.CertificateRevoked;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A certificate held by a worker. Its status is never stored: it is derived for a day from the
 * expiry and review dates and the revocation. The number is stored encrypted (it usually contains
 * the holder's ID number) and shown masked.
 */
@Table("certificate")
public class Certificate {

    @Id
    private final UUID id;

    private final UUID companyId;
    private final UUID workerId;
    private final CertificateRegime regime;
    private final String itemCode;
    private final String itemName;
    private String numberCipher;
    private String numberMasked;
    private String authority;
    private LocalDate issuedOn;
    private LocalDate expiresOn;
    private LocalDate reviewDueOn;
    private Instant revokedAt;
    private UUID revokedBy;
    private String revokedReason;
    private Instant verifiedAt;
    private UUID verifiedBy;
    private VerificationMethod verificationMethod;
    private UUID evidenceId;
    private final Instant createdAt;

    @Version
    private Long version;

    @PersistenceCreator
    Certificate(UUID id, UUID companyId, UUID workerId, CertificateRegime regime, String itemCode, String itemName,
            String numberCipher, String numberMasked, String authority, LocalDate issuedOn, LocalDate expiresOn,
            LocalDate reviewDueOn, Instant revokedAt, UUID revokedBy, String revokedReason, Instant verifiedAt,
            UUID verifiedBy, VerificationMethod verificationMethod, UUID evidenceId, Instant createdAt, Long version) {
        this.id = id;
        this.companyId = companyId;
        this.workerId = workerId;
        this.regime = regime;
        this.itemCode = itemCode;
        this.itemName = itemName;
        this.numberCipher = numberCipher;
        this.numberMasked = numberMasked;
        this.authority = authority;
        this.issuedOn = issuedOn;
        this.expiresOn = expiresOn;
        this.reviewDueOn = reviewDueOn;
        this.revokedAt = revokedAt;
        this.revokedBy = revokedBy;
        this.revokedReason = revokedReason;
        this.verifiedAt = verifiedAt;
        this.verifiedBy = verifiedBy;
        this.verificationMethod = verificationMethod;
        this.evidenceId = evidenceId;
        this.createdAt = createdAt;
        this.version = version;
    }

    /** How a certificate's authenticity (真伪) was established. */
    public enum VerificationMethod {
        /** A person checked the card's QR code or the official site and uploaded evidence. */
        MANUAL,
        /** The customer's contracted registry endpoint confirmed it. */
        REGISTRY
    }

    public static Certificate issue(UUID companyId, UUID workerId, CertificateItem item, String number,
            String authority, CertificateDates dates, PersonalDataCipher cipher, Instant now) {
        return new Certificate(UUID.randomUUID(), companyId, workerId, item.regime(), item.itemCode(), item.itemName(),
                cipher.encrypt(number), IdNumber.maskWithin(number), blankToNull(authority), dates.issuedOn(),
                dates.expiresOn(), dates.reviewDueOn(), null, null, null, null, null, null, null, now, null);
    }

    public CertificateStatus status(LocalDate today, int reminderDays) {
        if (revokedAt != null) {
            return CertificateStatus.REVOKED;
        }
        if (today.isAfter(expiresOn)) {
            return CertificateStatus.EXPIRED;
        }
        if (reviewDueOn != null && today.isAfter(reviewDueOn)) {
            return CertificateStatus.REVIEW_OVERDUE;
        }
        LocalDate horizon = today.plusDays(reminderDays);
        boolean expiryNear = !expiresOn.isAfter(horizon);
        boolean reviewNear = reviewDueOn != null && !reviewDueOn.isAfter(horizon);
        return expiryNear || reviewNear ? CertificateStatus.EXPIRING : CertificateStatus.VALID;
    }

    /**
     * What keeps this certificate from covering work from {@code firstDay} to {@code lastDay}
     * (inclusive, in the company's time zone); empty when it covers the whole window.
     */
    public List<QualificationReason> problemsFor(LocalDate firstDay, LocalDate lastDay, boolean allowUnverified) {
        List<QualificationReason> problems = new ArrayList<>();
        if (revokedAt != null) {
            problems.add(QualificationReason.REVOKED);
        }
        if (firstDay.isAfter(expiresOn)) {
            problems.add(QualificationReason.EXPIRED);
        } else if (reviewDueOn != null && firstDay.isAfter(reviewDueOn)) {
            problems.add(QualificationReason.REVIEW_OVERDUE);
        } else if (lastDay.isAfter(expiresOn) || (reviewDueOn != null && lastDay.isAfter(reviewDueOn))) {
            problems.add(QualificationReason.EXPIRES_BEFORE_END);
        }
        if (!allowUnverified && !verified()) {
            problems.add(QualificationReason.UNVERIFIED);
        }
        return problems;
    }

    public void revoke(UUID by, String reason, Instant at) {
        if (revokedAt != null) {
            throw new CertificateRevoked(id);
        }
        this.revokedAt = Objects.requireNonNull(at);
        this.revokedBy = Objects.requireNonNull(by);
        this.revokedReason = Objects.requireNonNull(reason);
    }

    public void verify(VerificationMethod method, UUID by, UUID evidence, Instant at) {
        if (revokedAt != null) {
            throw new CertificateRevoked(id);
        }
        this.verificationMethod = Objects.requireNonNull(method);
        this.verifiedBy = Objects.requireNonNull(by);
        this.verifiedAt = Objects.requireNonNull(at);
        this.evidenceId = evidence;
    }

    /**
     * The ledger says something new about this certificate (new dates, authority or number): take
     * it, and forget an earlier verification, which vouched for the old data.
     */
    public boolean update(String number, String newAuthority, CertificateDates dates, PersonalDataCipher cipher) {
        boolean changed = !Objects.equals(numberMasked, IdNumber.maskWithin(number))
                || !Objects.equals(cipher.decrypt(numberCipher), number)
                || !Objects.equals(authority, blankToNull(newAuthority))
                || !Objects.equals(issuedOn, dates.issuedOn())
                || !Objects.equals(expiresOn, dates.expiresOn())
                || !Objects.equals(reviewDueOn, dates.reviewDueOn());
        if (changed) {
            this.numberCipher = cipher.encrypt(number);
            this.numberMasked = IdNumber.maskWithin(number);
            this.authority = blankToNull(newAuthority);
            this.issuedOn = dates.issuedOn();
            this.expiresOn = dates.expiresOn();
            this.reviewDueOn = dates.reviewDueOn();
            this.verifiedAt = null;
            this.verifiedBy = null;
            this.verificationMethod = null;
            this.evidenceId = null;
        }
        return changed;
    }

    public boolean verified() {
        return verifiedAt != null;
    }

    /** The next date something must happen: the review (复审) when it comes before the expiry, else the expiry. */
    public LocalDate dueOn() {
        return reviewDueFirst() ? reviewDueOn : expiresOn;
    }

    /** Whether {@link #dueOn()} is the review date rather than the expiry. */
    public boolean reviewDueFirst() {
        return reviewDueOn != null && reviewDueOn.isBefore(expiresOn);
    }

    public UUID id() { return id; }
    public UUID companyId() { return companyId; }
    public UUID workerId() { return workerId; }
    public CertificateRegime regime() { return regime; }
    public String itemCode() { return itemCode; }
    public String itemName() { return itemName; }
    public String numberMasked() { return numberMasked; }
    public String authority() { return authority; }
    public LocalDate issuedOn() { return issuedOn; }
    public LocalDate expiresOn() { return expiresOn; }
    public LocalDate reviewDueOn() { return reviewDueOn; }
    public Instant revokedAt() { return revokedAt; }
    public String revokedReason() { return revokedReason; }
    public Instant verifiedAt() { return verifiedAt; }
    public UUID verifiedBy() { return verifiedBy; }
    public VerificationMethod verificationMethod() { return verificationMethod; }
    public UUID evidenceId() { return evidenceId; }

    /** The clear number, only to compare with a registry's answer. */
    public String number(PersonalDataCipher cipher) {
        return cipher.decrypt(numberCipher);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
