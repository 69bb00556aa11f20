package cn.anzuo.briefing.domain;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The rule of when a briefing is due: from 07:30 company time, the briefing of yesterday (company date). Before
 * 07:30 nothing is due, so a morning meeting never gets the day before yesterday by surprise; after it, a node
 * that was down at 07:30 still finds yesterday's briefing due and sends it (the catch-up).
 */
public final class MorningBriefingTime {

    public static final LocalTime AT = LocalTime.of(7, 30);

    private MorningBriefingTime() {}

    /** The date whose briefing is due at {@code now} in {@code zone}, or empty before 07:30 local time. */
    public static Optional<java.time.LocalDate> dueDate(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        return local.toLocalTime().isBefore(AT) ? Optional.empty() : Optional.of(local.toLocalDate().minusDays(1));
    }
}
