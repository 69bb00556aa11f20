package cn.anzuo.qualification;

import static cn.anzuo.qualification.Certificates.aCertificate;
import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.qualification.domain.Certificate;
import cn.anzuo.qualification.domain.ReminderSchedule;
import cn.anzuo.qualification.domain.ReminderSchedule.Due;
import cn.anzuo.qualification.domain.ReminderSchedule.Kind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Reminders 15 days ahead (PRODUCT.md §2.1) and at expiry. */
class ReminderScheduleTest {

    static final LocalDate EXPIRES = LocalDate.of(2026, 12, 31);

    @Test
    void expiring_reminder_is_due_from_fifteen_days_before_expiry() {
        Certificate c = aCertificate().expiresOn(EXPIRES).build();
        assertThat(ReminderSchedule.due(c, EXPIRES.minusDays(16), 15)).isEmpty();
        assertThat(ReminderSchedule.due(c, EXPIRES.minusDays(15), 15))
                .containsExactly(new Due(Kind.EXPIRING_EXPIRY, EXPIRES));
    }

    @Test
    void expired_reminder_is_due_from_the_day_after_expiry() {
        Certificate c = aCertificate().expiresOn(EXPIRES).build();
        assertThat(ReminderSchedule.due(c, EXPIRES, 15)).containsExactly(new Due(Kind.EXPIRING_EXPIRY, EXPIRES));
        assertThat(ReminderSchedule.due(c, EXPIRES.plusDays(1), 15)).containsExactly(new Due(Kind.EXPIRED, EXPIRES));
    }

    @Test
    void review_reminder_until_the_review_date() {
        LocalDate review = LocalDate.of(2026, 6, 30);
        Certificate c = aCertificate().expiresOn(EXPIRES).reviewDueOn(review).build();
        assertThat(ReminderSchedule.due(c, review.minusDays(15), 15)).containsExactly(new Due(Kind.EXPIRING_REVIEW, review));
        assertThat(ReminderSchedule.due(c, review.plusDays(1), 15)).isEmpty();
    }

    @Test
    void revoked_certificates_are_not_reminded() {
        Certificate c = aCertificate().expiresOn(EXPIRES).build();
        c.revoke(java.util.UUID.randomUUID(), "x", java.time.Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(ReminderSchedule.due(c, EXPIRES.plusDays(1), 15)).isEmpty();
    }
}
