package cn.anzuo.analytics.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A span of days cut into the parts the facts are read from: its whole calendar months (the monthly roll-up) and
 * the loose days before the first and after the last of them (the daily rows). A year's span reads at most 12
 * monthly rows and about 60 daily rows per company and counter instead of 365.
 *
 * @param pieces half-open {@code [from, until)} ranges, months first, that cover the span exactly once
 */
record MonthCut(List<Piece> pieces) {

    /** {@code [from, until)}; in the monthly table when {@code months}, both ends then being firsts of a month. */
    record Piece(boolean months, LocalDate from, LocalDate until) {}

    /** The days {@code from} to {@code to}, both inclusive. */
    static MonthCut of(LocalDate from, LocalDate to) {
        LocalDate end = to.plusDays(1);
        if (!end.isAfter(from)) {
            return new MonthCut(List.of());
        }
        LocalDate wholeFrom = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate wholeUntil = end.withDayOfMonth(1);
        if (!wholeUntil.isAfter(wholeFrom)) {
            return new MonthCut(List.of(new Piece(false, from, end)));
        }
        List<Piece> pieces = new ArrayList<>();
        pieces.add(new Piece(true, wholeFrom, wholeUntil));
        if (from.isBefore(wholeFrom)) {
            pieces.add(new Piece(false, from, wholeFrom));
        }
        if (wholeUntil.isBefore(end)) {
            pieces.add(new Piece(false, wholeUntil, end));
        }
        return new MonthCut(List.copyOf(pieces));
    }
}
