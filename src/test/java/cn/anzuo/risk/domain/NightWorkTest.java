package cn.anzuo.risk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.organization.CompanyPolicy;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Night work for the risk score: any quarter hour of the window within the company's 20:00–06:00. */
class NightWorkTest {

    static final CompanyPolicy SHANGHAI = new CompanyPolicy(30, 15, LocalTime.of(20, 0), LocalTime.of(6, 0), false, 60, 8,
            15, List.of("QR"), null, 0.8, 30, ZoneId.of("Asia/Shanghai"));

    static boolean night(String from, String to) {
        return NightWork.touches(Instant.parse(from), Instant.parse(to), SHANGHAI);
    }

    @Test
    void work_ending_at_20_00_is_day_work_and_work_past_it_is_night_work() {
        assertThat(night("2026-12-01T10:00:00Z", "2026-12-01T12:00:00Z")).isFalse(); // 18:00–20:00
        assertThat(night("2026-12-01T10:00:00Z", "2026-12-01T12:15:00Z")).isTrue(); // 18:00–20:15
    }

    @Test
    void work_from_06_00_is_day_work_and_work_from_05_45_is_night_work() {
        assertThat(night("2026-11-30T22:00:00Z", "2026-12-01T02:00:00Z")).isFalse(); // 06:00–10:00
        assertThat(night("2026-11-30T21:45:00Z", "2026-12-01T02:00:00Z")).isTrue(); // 05:45–10:00
    }
}
