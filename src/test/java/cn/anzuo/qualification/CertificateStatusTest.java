package cn.anzuo.qualification;

import static cn.anzuo.qualification.CertificateStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.qualification.domain.Certificate;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Status for a day, each boundary the day before, the day of and the day after (PRODUCT.md §2.1). */
class CertificateStatusTest {

    static final LocalDate EXPIRES = LocalDate.of(2026, 12, 31);
    static final LocalDate REVIEW = LocalDate.of(2026, 6, 30);
    static final int WINDOW = 15;

    final Certificate plain = Certificates.aCertificate().expiresOn(EXPIRES).build();
    final Certificate withReview = Certificates.aCertificate().expiresOn(EXPIRES).reviewDueOn(REVIEW).build();

    @Test
    void expiring_starts_exactly_reminder_window_days_before_expiry() {
        assertThat(plain.status(EXPIRES.minusDays(WINDOW + 1), WINDOW)).isEqualTo(VALID);
        assertThat(plain.status(EXPIRES.minusDays(WINDOW), WINDOW)).isEqualTo(EXPIRING);
        assertThat(plain.status(EXPIRES.minusDays(WINDOW - 1), WINDOW)).isEqualTo(EXPIRING);
    }

    @Test
    void expired_the_day_after_expiry_not_on_it() {
        assertThat(plain.status(EXPIRES.minusDays(1), WINDOW)).isEqualTo(EXPIRING);
        assertThat(plain.status(EXPIRES, WINDOW)).isEqualTo(EXPIRING);
        assertThat(plain.status(EXPIRES.plusDays(1), WINDOW)).isEqualTo(EXPIRED);
    }

    @Test
    void review_due_within_the_window_makes_it_expiring() {
        assertThat(withReview.status(REVIEW.minusDays(WINDOW + 1), WINDOW)).isEqualTo(VALID);
        assertThat(withReview.status(REVIEW.minusDays(WINDOW), WINDOW)).isEqualTo(EXPIRING);
    }

    @Test
    void review_overdue_the_day_after_the_review_date() {
        assertThat(withReview.status(REVIEW.minusDays(1), WINDOW)).isEqualTo(EXPIRING);
        assertThat(withReview.status(REVIEW, WINDOW)).isEqualTo(EXPIRING);
        assertThat(withReview.status(REVIEW.plusDays(1), WINDOW)).isEqualTo(REVIEW_OVERDUE);
    }

    @Test
    void expiry_wins_over_an_overdue_review() {
        assertThat(withReview.status(EXPIRES.plusDays(1), WINDOW)).isEqualTo(EXPIRED);
    }

    @Test
    void revoked_whatever_the_dates() {
        Certificate revoked = Certificates.aCertificate().expiresOn(EXPIRES).build();
        revoked.revoke(UUID.randomUUID(), "伪造", java.time.Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(revoked.status(LocalDate.of(2026, 1, 2), WINDOW)).isEqualTo(REVOKED);
    }

    @Test
    void the_company_window_decides_not_a_constant() {
        assertThat(plain.status(EXPIRES.minusDays(30), 30)).isEqualTo(EXPIRING);
        assertThat(plain.status(EXPIRES.minusDays(30), 15)).isEqualTo(VALID);
    }
}
