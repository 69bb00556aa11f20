package cn.anzuo.qualification;

import static cn.anzuo.qualification.Certificates.aCertificate;
import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.qualification.domain.Certificate;
import cn.anzuo.qualification.domain.ReminderSchedule;
import cn.anzuo.qualification.domain.ReminderSchedule.Due;
import cn.anzuo.qualification.domain.ReminderSchedule.Kind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Reminders in stages before expiry and review (DOMAIN.md §2.4, §3: 60 days, one month), on the day and after expiry. */
class ReminderScheduleTest {

    static final LocalDate EXPIRES = LocalDate.of(2026, 12, 31);

    static final java.util.List<Integer> STAGES = ReminderSchedule.DEFAULT_STAGES;

    @Test
    void expiry_is_reminded_at_60_30_15_days_and_on_the_day_each_from_its_first_day() {
        Certificate c = aCertificate().expiresOn(EXPIRES).build();
        assertThat(ReminderSchedule.due(c, EXPIRES.minusDays(61), STAGES)).isEmpty();
        assertThat(ReminderSchedule.due(c, EXPIRES.minusDays(60), STAGES))
                .containsExactly(new Due(Kind.EXPIRING_EXPIRY, EXPIRES, 60));
        assertThat(ReminderSchedule.due(c, EXPIRES.minusDays(31), STAGES))
                .containsExactly(new Due(Kind.EXPIRING_EXPIRY, EXPIRES, 60));
        assertThat(ReminderSchedule.due(c, EXPIRES.minusDays(30), STAGES))
                .containsExactly(new Due(Kind.EXPIRING_EXPIRY, EXPIRES, 30));
        assertThat(ReminderSchedule.due(c, EXPIRES.minusDays(16), STAGES))
                .containsExactly(new Due(Kind.EXPIRING_EXPIRY, EXPIRES, 30));
        assertThat(ReminderSchedule.due(c, EXPIRES.minusDays(15), STAGES))
                .containsExactly(new Due(Kind.EXPIRING_EXPIRY, EXPIRES, 15));
        assertThat(ReminderSchedule.due(c, EXPIRES.minusDays(1), STAGES))
                .containsExactly(new Due(Kind.EXPIRING_EXPIRY, EXPIRES, 15));
        assertThat(ReminderSchedule.due(c, EXPIRES, STAGES)).containsExactly(new Due(Kind.EXPIRING_EXPIRY, EXPIRES, 0));
    }

    @Test
    void stages_are_configurable() {
        Certificate c = aCertificate().expiresOn(EXPIRES).build();
        assertThat(ReminderSchedule.due(c, EXPIRES.minusDays(20), java.util.List.of(90, 7)))
                .containsExactly(new Due(Kind.EXPIRING_EXPIRY, EXPIRES, 90));
        assertThat(ReminderSchedule.due(c, EXPIRES.minusDays(7), java.util.List.of(90, 7)))
                .containsExactly(new Due(Kind.EXPIRING_EXPIRY, EXPIRES, 7));
    }

    @Test
    void expired_reminder_is_due_from_the_day_after_expiry() {
        Certificate c = aCertificate().expiresOn(EXPIRES).build();
        assertThat(ReminderSchedule.due(c, EXPIRES.plusDays(1), STAGES)).containsExactly(new Due(Kind.EXPIRED, EXPIRES, -1));
    }

    @Test
    void review_is_reminded_within_the_60_day_application_window_and_on_the_day() {
        LocalDate review = LocalDate.of(2026, 6, 30);
        Certificate c = aCertificate().expiresOn(EXPIRES).reviewDueOn(review).build();
        assertThat(ReminderSchedule.due(c, review.minusDays(60), STAGES))
                .containsExactly(new Due(Kind.EXPIRING_REVIEW, review, 60));
        assertThat(ReminderSchedule.due(c, review, STAGES)).containsExactly(new Due(Kind.EXPIRING_REVIEW, review, 0));
        assertThat(ReminderSchedule.due(c, review.plusDays(1), STAGES)).isEmpty();
    }

    @Test
    void revoked_certificates_are_not_reminded() {
        Certificate c = aCertificate().expiresOn(EXPIRES).build();
        c.revoke(java.util.UUID.randomUUID(), "x", java.time.Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(ReminderSchedule.due(c, EXPIRES.plusDays(1), STAGES)).isEmpty();
    }
}
