package cn.anzuo.permit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.organization.CompanyPolicy;
import cn.anzuo.permit.domain.HotWorkLevelUpgrade;
import cn.anzuo.permit.domain.LevelDecision;
import cn.anzuo.shared.TimeWindow;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** GB 30871 5.1.1: night, weekend and holiday hot work is upgraded one level. */
class HotWorkLevelUpgradeTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final CompanyPolicy POLICY = CompanyPolicy.defaults();
    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    static final Map<LocalDate, String> HOLIDAYS = Map.of(LocalDate.of(2026, 10, 1), "国庆节");

    static Optional<String> restDay(UUID company, LocalDate day) {
        if (HOLIDAYS.containsKey(day)) {
            return Optional.of(HOLIDAYS.get(day));
        }
        if (day.equals(LocalDate.of(2026, 10, 10))) {
            return Optional.empty(); // 调休上班 Saturday
        }
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                ? Optional.of("周末") : Optional.empty();
    }

    static LevelDecision decide(PermitLevel requested, String from, String to) {
        TimeWindow window = new TimeWindow(LocalDateTime.parse(from).atZone(SHANGHAI).toInstant(),
                LocalDateTime.parse(to).atZone(SHANGHAI).toInstant());
        return HotWorkLevelUpgrade.decide(requested, window, POLICY, UUID.randomUUID(), HotWorkLevelUpgradeTest::restDay);
    }

    @Test
    void weekday_daytime_keeps_the_requested_level() {
        LevelDecision d = decide(PermitLevel.LEVEL_2, MONDAY + "T08:00", MONDAY + "T17:00");
        assertThat(d.level()).isEqualTo(PermitLevel.LEVEL_2);
    }

    @Test
    void night_starts_at_20_00_and_ends_at_06_00() {
        assertThat(decide(PermitLevel.LEVEL_2, MONDAY + "T18:00", MONDAY + "T20:00").level()).isEqualTo(PermitLevel.LEVEL_2);
        assertThat(decide(PermitLevel.LEVEL_2, MONDAY + "T18:00", MONDAY + "T20:01").level()).isEqualTo(PermitLevel.LEVEL_1);
        assertThat(decide(PermitLevel.LEVEL_2, MONDAY + "T05:59", MONDAY + "T07:00").level()).isEqualTo(PermitLevel.LEVEL_1);
        assertThat(decide(PermitLevel.LEVEL_2, MONDAY + "T06:00", MONDAY + "T07:00").level()).isEqualTo(PermitLevel.LEVEL_2);
    }

    @Test
    void night_upgrade_says_why() {
        LevelDecision d = decide(PermitLevel.LEVEL_1, MONDAY + "T21:00", MONDAY + "T23:00");
        assertThat(d.level()).isEqualTo(PermitLevel.SPECIAL);
        assertThat(d.requested()).isEqualTo(PermitLevel.LEVEL_1);
        assertThat(d.reason()).contains("夜间", "一级→特级");
    }

    @Test
    void weekend_upgrades() {
        LevelDecision d = decide(PermitLevel.LEVEL_2, "2026-12-05T09:00", "2026-12-05T11:00");
        assertThat(d.level()).isEqualTo(PermitLevel.LEVEL_1);
        assertThat(d.reason()).contains("周末");
    }

    @Test
    void public_holiday_upgrades_and_a_makeup_workday_does_not() {
        assertThat(decide(PermitLevel.LEVEL_2, "2026-10-01T09:00", "2026-10-01T11:00").reason()).contains("国庆节");
        assertThat(decide(PermitLevel.LEVEL_2, "2026-10-10T09:00", "2026-10-10T11:00").level()).isEqualTo(PermitLevel.LEVEL_2);
    }

    @Test
    void one_upgrade_at_most_and_special_stays_special() {
        assertThat(decide(PermitLevel.LEVEL_2, "2026-12-05T21:00", "2026-12-05T23:00").level()).isEqualTo(PermitLevel.LEVEL_1);
        LevelDecision special = decide(PermitLevel.SPECIAL, MONDAY + "T21:00", MONDAY + "T22:00");
        assertThat(special.level()).isEqualTo(PermitLevel.SPECIAL);
        assertThat(special.reason()).contains("已为特级");
    }

    @Test
    void a_company_night_window_is_honoured() {
        CompanyPolicy late = new cn.anzuo.organization.domain.PolicySettings(null, null, java.time.LocalTime.of(22, 0),
                java.time.LocalTime.of(5, 0), null, null, null, null, null, null, null, null).effective(SHANGHAI);
        TimeWindow window = new TimeWindow(LocalDateTime.parse(MONDAY + "T20:00").atZone(SHANGHAI).toInstant(),
                LocalDateTime.parse(MONDAY + "T21:30").atZone(SHANGHAI).toInstant());
        assertThat(HotWorkLevelUpgrade.decide(PermitLevel.LEVEL_2, window, late, UUID.randomUUID(),
                HotWorkLevelUpgradeTest::restDay).level()).isEqualTo(PermitLevel.LEVEL_2);
    }
}
