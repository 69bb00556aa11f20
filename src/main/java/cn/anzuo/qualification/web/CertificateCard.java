package cn.anzuo.qualification.web;

import cn.anzuo.qualification.CertificateStatus;
import cn.anzuo.qualification.domain.Certificate;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A certificate as the pages show it: today's status, what falls due next and in how many days, and
 * who verified or revoked it on which day (in the company's time zone).
 *
 * @param dueKey message key of the due text ({@code workers.due.*}), null for a revoked certificate
 * @param dueDays days until it falls due, or days since it became overdue
 */
public record CertificateCard(Certificate certificate, CertificateStatus status, String dueKey, long dueDays,
        LocalDate verifiedOn, String verifierName, LocalDate revokedOn) {

    /** The key of the text on the status band: "今天到期" rather than "还剩 0 天到期". */
    public String dueTextKey() {
        return dueKey == null || dueDays != 0 ? dueKey : dueKey + ".today";
    }

    public boolean revoked() {
        return status == CertificateStatus.REVOKED;
    }

    /** The due text's key and days for a certificate on a day. */
    static CertificateCard of(Certificate c, CertificateStatus status, LocalDate today, LocalDate verifiedOn,
            String verifierName, LocalDate revokedOn) {
        String key;
        long days;
        switch (status) {
            case REVOKED -> { key = null; days = 0; }
            case EXPIRED -> { key = "workers.due.expired"; days = ChronoUnit.DAYS.between(c.expiresOn(), today); }
            case REVIEW_OVERDUE -> {
                key = "workers.due.reviewOverdue";
                days = ChronoUnit.DAYS.between(c.reviewDueOn(), today);
            }
            default -> {
                key = c.reviewDueFirst() ? "workers.due.review" : "workers.due.expiry";
                days = ChronoUnit.DAYS.between(today, c.dueOn());
            }
        }
        return new CertificateCard(c, status, key, days, verifiedOn, verifierName, revokedOn);
    }
}
