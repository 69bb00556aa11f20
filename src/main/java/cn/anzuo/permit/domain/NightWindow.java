package cn.anzuo.permit.domain;

import cn.anzuo.organization.CompanyPolicy;
import cn.anzuo.shared.TimeWindow;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The company's night window (default 20:00–06:00, in the company's time zone) as a series of
 * nights, each named by the date on which it begins: the night of 1 Dec runs from 1 Dec 20:00 to
 * 2 Dec 06:00. Hot-work upgrades and fatigue counting share this one definition of "night".
 */
final class NightWindow {

    private NightWindow() {}

    /** The nights a half-open window overlaps, in order; empty for day work. */
    static List<LocalDate> touched(TimeWindow window, CompanyPolicy policy) {
        List<LocalDate> nights = new ArrayList<>();
        if (policy.nightStart().equals(policy.nightEnd())) {
            return nights; // a company without a night window
        }
        LocalDate first = window.from().atZone(policy.zone()).toLocalDate().minusDays(1);
        LocalDate last = window.to().atZone(policy.zone()).toLocalDate();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (night(day, policy).overlaps(window)) {
                nights.add(day);
            }
        }
        return nights;
    }

    /** The night that begins on {@code day}. */
    static TimeWindow night(LocalDate day, CompanyPolicy policy) {
        ZonedDateTime from = day.atTime(policy.nightStart()).atZone(policy.zone());
        LocalDate endDay = policy.nightStart().isAfter(policy.nightEnd()) ? day.plusDays(1) : day;
        ZonedDateTime to = endDay.atTime(policy.nightEnd()).atZone(policy.zone());
        return new TimeWindow(from.toInstant(), to.toInstant());
    }
}
