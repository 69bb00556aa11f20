package cn.anzuo.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.briefing.domain.MorningBriefingTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The rule "yesterday's briefing is due from 07:30 company time", at both edges and in two zones. */
class MorningBriefingTimeTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Test
    void nothing_is_due_at_07_29_company_time() {
        assertThat(MorningBriefingTime.dueDate(Instant.parse("2026-11-30T23:29:59Z"), SHANGHAI)).isEmpty();
        assertThat(MorningBriefingTime.dueDate(Instant.parse("2026-12-01T01:59:00Z"), KOLKATA)).isEmpty();
    }

    @Test
    void yesterdays_briefing_is_due_from_07_30_company_time() {
        assertThat(MorningBriefingTime.dueDate(Instant.parse("2026-11-30T23:30:00Z"), SHANGHAI))
                .contains(LocalDate.parse("2026-11-30"));
        assertThat(MorningBriefingTime.dueDate(Instant.parse("2026-12-01T02:00:00Z"), KOLKATA))
                .contains(LocalDate.parse("2026-11-30"));
    }

    @Test
    void the_same_instant_is_before_07_30_in_one_zone_and_after_it_in_another() {
        Instant instant = Instant.parse("2026-12-01T00:00:00Z"); // 08:00 in Shanghai, 05:30 in Kolkata
        assertThat(MorningBriefingTime.dueDate(instant, SHANGHAI)).contains(LocalDate.parse("2026-11-30"));
        assertThat(MorningBriefingTime.dueDate(instant, KOLKATA)).isEmpty();
    }

    @Test
    void later_in_the_day_yesterday_is_still_due_so_a_node_that_was_down_catches_up() {
        assertThat(MorningBriefingTime.dueDate(Instant.parse("2026-12-01T15:59:59Z"), SHANGHAI))
                .contains(LocalDate.parse("2026-11-30"));
    }
}
