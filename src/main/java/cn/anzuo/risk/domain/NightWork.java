package cn.anzuo.risk.domain;

import cn.anzuo.organization.CompanyPolicy;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * Whether work falls into the company's night window (default 20:00–06:00, company time), the same window
 * that upgrades hot work. Walks the work window in quarter hours: validity caps keep it short.
 */
final class NightWork {

    private static final long MAX_STEPS = 4 * 24 * 8;

    private NightWork() {}

    static boolean touches(Instant start, Instant end, CompanyPolicy policy) {
        Instant at = start;
        for (long step = 0; step <= MAX_STEPS && at.isBefore(end); step++) {
            if (isNight(LocalTime.ofInstant(at, policy.zone()), policy.nightStart(), policy.nightEnd())) {
                return true;
            }
            at = at.plus(15, ChronoUnit.MINUTES);
        }
        return false;
    }

    static boolean isNight(LocalTime t, LocalTime from, LocalTime to) {
        return from.isAfter(to) ? !t.isBefore(from) || t.isBefore(to) : !t.isBefore(from) && t.isBefore(to);
    }
}
