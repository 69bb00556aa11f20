package cn.anzuo.qualification.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which reminders a certificate is due on a day: {@code EXPIRING_EXPIRY} / {@code EXPIRING_REVIEW}
 * once the date is within the reminder window, {@code EXPIRED} from the day after expiry. Each is
 * keyed by its due date, so a renewed certificate is reminded again.
 */
public final class ReminderSchedule {

    public enum Kind { EXPIRING_EXPIRY, EXPIRING_REVIEW, EXPIRED }

    public record Due(Kind kind, LocalDate dueOn) {}

    private ReminderSchedule() {}

    public static List<Due> due(Certificate certificate, LocalDate today, int reminderDays) {
        List<Due> due = new ArrayList<>();
        if (certificate.revokedAt() != null) {
            return due;
        }
        if (today.isAfter(certificate.expiresOn())) {
            due.add(new Due(Kind.EXPIRED, certificate.expiresOn()));
            return due;
        }
        LocalDate horizon = today.plusDays(reminderDays);
        if (!certificate.expiresOn().isAfter(horizon)) {
            due.add(new Due(Kind.EXPIRING_EXPIRY, certificate.expiresOn()));
        }
        LocalDate review = certificate.reviewDueOn();
        if (review != null && !today.isAfter(review) && !review.isAfter(horizon)) {
            due.add(new Due(Kind.EXPIRING_REVIEW, review));
        }
        return due;
    }
}
