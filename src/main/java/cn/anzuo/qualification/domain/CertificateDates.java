package cn.anzuo.qualification.domain;

import cn.anzuo.qualification.CertificateRegime;
import java.time.LocalDate;

/**
 * A certificate's dates, with the defaults of DOMAIN.md where the card leaves them out:
 * 特种作业 valid 6 years with a review every 3 years (§2.4); 特种设备 valid 4 years (§3); guardian
 * training certificates valid 3 years (enterprise practice, no national rule).
 */
public record CertificateDates(LocalDate issuedOn, LocalDate expiresOn, LocalDate reviewDueOn) {

    public static final int SPECIAL_OPERATION_YEARS = 6;
    public static final int SPECIAL_OPERATION_REVIEW_YEARS = 3;
    public static final int SPECIAL_EQUIPMENT_YEARS = 4;
    public static final int GUARDIAN_YEARS = 3;

    /** Fills in what is missing; {@code issuedOn} is required. */
    public static CertificateDates withDefaults(CertificateRegime regime, LocalDate issuedOn, LocalDate expiresOn,
            LocalDate reviewDueOn) {
        LocalDate expiry = expiresOn != null ? expiresOn : issuedOn.plusYears(switch (regime) {
            case SPECIAL_OPERATION -> SPECIAL_OPERATION_YEARS;
            case SPECIAL_EQUIPMENT -> SPECIAL_EQUIPMENT_YEARS;
            case GUARDIAN -> GUARDIAN_YEARS;
        });
        LocalDate review = reviewDueOn;
        if (review == null && regime == CertificateRegime.SPECIAL_OPERATION) {
            LocalDate due = issuedOn.plusYears(SPECIAL_OPERATION_REVIEW_YEARS);
            review = due.isBefore(expiry) ? due : null;
        }
        return new CertificateDates(issuedOn, expiry, review);
    }

    /** Expiry and review must not come before the issue date. */
    public boolean consistent() {
        return !expiresOn.isBefore(issuedOn) && (reviewDueOn == null || !reviewDueOn.isBefore(issuedOn));
    }
}
