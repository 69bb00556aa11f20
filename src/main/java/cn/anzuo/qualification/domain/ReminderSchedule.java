package cn.anzuo.qualification.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.time.temporal.ChronoUnit;

/**
 * Which reminders a certificate is due on a day. Before its expiry and before its review date it is
 * reminded at each stage (default 60, 30 and 15 days before, and on the day itself): DOMAIN.md §2.4 puts
 * the 特种作业 review application within 60 days before the date, §3 the 特种设备 one at least a month
 * before. Only the stage the day falls in is due — a certificate entered 20 days before expiry gets the
 * 30-day reminder, not the 60-day one too — and {@code EXPIRED} from the day after expiry. Each is keyed by
 * its due date and stage, so every stage goes out once and a renewed certificate is reminded again.
 */
public final class ReminderSchedule {

    public enum Kind { EXPIRING_EXPIRY, EXPIRING_REVIEW, EXPIRED }

    /** @param stageDays the stage (days before {@code dueOn}); -1 for the expired notice */
    public record Due(Kind kind, LocalDate dueOn, int stageDays) {}

    public static final List<Integer> DEFAULT_STAGES = List.of(60, 30, 15, 0);

    private ReminderSchedule() {}

    public static List<Due> due(Certificate certificate, LocalDate today, List<Integer> stages) {
        List<Due> due = new ArrayList<>();
        if (certificate.revokedAt() != null) {
            return due;
        }
        if (today.isAfter(certificate.expiresOn())) {
            due.add(new Due(Kind.EXPIRED, certificate.expiresOn(), -1));
            return due;
        }
        stageOf(today, certificate.expiresOn(), stages).ifPresent(s -> due.add(new Due(Kind.EXPIRING_EXPIRY,
                certificate.expiresOn(), s)));
        LocalDate review = certificate.reviewDueOn();
        if (review != null) {
            stageOf(today, review, stages).ifPresent(s -> due.add(new Due(Kind.EXPIRING_REVIEW, review, s)));
        }
        return due;
    }

    /** The narrowest stage that {@code today} lies within, or empty before the widest or after the date. */
    static Optional<Integer> stageOf(LocalDate today, LocalDate date, List<Integer> stages) {
        long daysLeft = ChronoUnit.DAYS.between(today, date);
        if (daysLeft < 0) {
            return Optional.empty();
        }
        return stages.stream().filter(s -> s >= daysLeft).min(Comparator.naturalOrder());
    }
}
