package cn.anzuo.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.analytics.domain.MonthCut.Piece;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A KPI span read as whole months plus loose days covers each of its days exactly once. */
class MonthCutTest {

    static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    @Test
    void a_calendar_year_is_twelve_whole_months_and_no_loose_day() {
        assertThat(MonthCut.of(d("2025-12-01"), d("2026-11-30")).pieces())
                .containsExactly(new Piece(true, d("2025-12-01"), d("2026-12-01")));
    }

    @Test
    void a_span_from_mid_month_to_mid_month_has_loose_days_at_both_ends() {
        assertThat(MonthCut.of(d("2026-01-15"), d("2026-04-10")).pieces()).containsExactly(
                new Piece(true, d("2026-02-01"), d("2026-04-01")),
                new Piece(false, d("2026-01-15"), d("2026-02-01")),
                new Piece(false, d("2026-04-01"), d("2026-04-11")));
    }

    @Test
    void a_span_inside_one_month_or_a_whole_month_short_by_a_day_is_only_days() {
        assertThat(MonthCut.of(d("2026-03-02"), d("2026-03-31")).pieces())
                .containsExactly(new Piece(false, d("2026-03-02"), d("2026-04-01")));
        assertThat(MonthCut.of(d("2026-03-01"), d("2026-03-30")).pieces())
                .containsExactly(new Piece(false, d("2026-03-01"), d("2026-03-31")));
        assertThat(MonthCut.of(d("2026-03-01"), d("2026-03-31")).pieces())
                .containsExactly(new Piece(true, d("2026-03-01"), d("2026-04-01")));
    }

    @Test
    void a_leap_february_is_whole_on_the_29th_and_not_on_the_28th() {
        assertThat(MonthCut.of(d("2024-02-01"), d("2024-02-29")).pieces())
                .containsExactly(new Piece(true, d("2024-02-01"), d("2024-03-01")));
        assertThat(MonthCut.of(d("2024-02-01"), d("2024-02-28")).pieces()).extracting(Piece::months)
                .containsExactly(false);
    }

    @Test
    void an_empty_span_reads_nothing() {
        assertThat(MonthCut.of(d("2026-03-02"), d("2026-03-01")).pieces()).isEmpty();
    }

    @Test
    void every_span_of_two_years_covers_each_day_once() {
        LocalDate first = d("2023-12-25");
        for (int start = 0; start < 70; start++) {
            for (int length = 0; length < 430; length += 7) {
                LocalDate from = first.plusDays(start * 3L);
                LocalDate to = from.plusDays(length);
                Map<LocalDate, Integer> seen = new HashMap<>();
                for (Piece piece : MonthCut.of(from, to).pieces()) {
                    if (piece.months()) {
                        assertThat(piece.from().getDayOfMonth()).isEqualTo(1);
                        assertThat(piece.until().getDayOfMonth()).isEqualTo(1);
                    }
                    piece.from().datesUntil(piece.until()).forEach(day -> seen.merge(day, 1, Integer::sum));
                }
                assertThat(seen).as("%s..%s", from, to).hasSize(length + 1).allSatisfy((day, times) -> {
                    assertThat(times).isEqualTo(1);
                    assertThat(day).isBetween(from, to);
                });
            }
        }
    }
}
