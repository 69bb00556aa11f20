package cn.anzuo.permit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.permit.onsite.GasTestView;
import cn.anzuo.permit.domain.GasTestFreshness;
import cn.anzuo.shared.WorkType;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Gas-analysis timing with a fixed clock: ≤ 30 min before start; after interruptions of 30/60 min; after alarms. */
class GasTestFreshnessTest {

    static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static GasTestView test(Duration ago, boolean passed) {
        return new GasTestView(UUID.randomUUID(), UUID.randomUUID(), NOW.minus(ago), "罐顶", UUID.randomUUID(), passed,
                List.of(), List.of(), NOW.minus(ago).plusSeconds(60));
    }

    static Suspension suspended(Instant at, SuspensionCause cause) {
        return new Suspension(cause, "暂停", null, null, at);
    }

    static Suspension suspended(Instant at, boolean alarm) {
        return suspended(at, alarm ? SuspensionCause.ALARM : SuspensionCause.MANUAL);
    }

    @Test
    void start_needs_a_test_at_all() {
        assertThat(GasTestFreshness.forStart(List.of(), NOW)).contains("GAS_TEST_REQUIRED");
    }

    @Test
    void start_needs_the_latest_test_to_have_passed() {
        assertThat(GasTestFreshness.forStart(List.of(test(Duration.ofMinutes(20), true), test(Duration.ofMinutes(5), false)), NOW))
                .contains("GAS_TEST_FAILED");
    }

    @Test
    void a_passing_test_is_fresh_for_30_minutes() {
        assertThat(GasTestFreshness.forStart(List.of(test(Duration.ofMinutes(30), true)), NOW)).isEmpty();
        assertThat(GasTestFreshness.forStart(List.of(test(Duration.ofMinutes(31), true)), NOW)).contains("GAS_TEST_STALE");
    }

    @Test
    void special_and_level_1_hot_work_need_a_new_test_after_30_minutes_of_interruption() {
        List<GasTestView> before = List.of(test(Duration.ofMinutes(90), true));
        assertThat(GasTestFreshness.forResume(before, suspended(NOW.minus(Duration.ofMinutes(30)), false), NOW, WorkType.HOT_WORK, PermitLevel.LEVEL_1, ZONE)).isEmpty();
        assertThat(GasTestFreshness.forResume(before, suspended(NOW.minus(Duration.ofMinutes(31)), false), NOW, WorkType.HOT_WORK, PermitLevel.SPECIAL, ZONE)).contains("GAS_TEST_REQUIRED");
    }

    @Test
    void level_2_hot_work_and_confined_space_after_60_minutes() {
        List<GasTestView> before = List.of(test(Duration.ofMinutes(120), true));
        assertThat(GasTestFreshness.forResume(before, suspended(NOW.minus(Duration.ofMinutes(60)), false), NOW, WorkType.HOT_WORK, PermitLevel.LEVEL_2, ZONE)).isEmpty();
        assertThat(GasTestFreshness.forResume(before, suspended(NOW.minus(Duration.ofMinutes(61)), false), NOW, WorkType.HOT_WORK, PermitLevel.LEVEL_2, ZONE)).contains("GAS_TEST_REQUIRED");
        assertThat(GasTestFreshness.forResume(before, suspended(NOW.minus(Duration.ofMinutes(61)), false), NOW, WorkType.CONFINED_SPACE, null, ZONE)).contains("GAS_TEST_REQUIRED");
    }

    @Test
    void only_tests_sampled_since_the_suspension_count_and_an_alarm_always_needs_one() {
        Suspension longAgo = suspended(NOW.minus(Duration.ofMinutes(70)), false);
        assertThat(GasTestFreshness.forResume(List.of(test(Duration.ofMinutes(10), true)), longAgo, NOW,
                WorkType.CONFINED_SPACE, null, ZONE)).isEmpty();
        assertThat(GasTestFreshness.forResume(List.of(test(Duration.ofMinutes(10), false)), longAgo, NOW,
                WorkType.CONFINED_SPACE, null, ZONE)).contains("GAS_TEST_FAILED");
        assertThat(GasTestFreshness.forResume(List.of(test(Duration.ofMinutes(80), true)), longAgo, NOW,
                WorkType.CONFINED_SPACE, null, ZONE)).contains("GAS_TEST_REQUIRED");
        assertThat(GasTestFreshness.forResume(List.of(), suspended(NOW.minus(Duration.ofMinutes(2)), true), NOW, WorkType.HOT_WORK, PermitLevel.LEVEL_2, ZONE)).contains("GAS_TEST_REQUIRED");
    }

    @Test
    void which_types_need_gas_analysis() {
        assertThat(GasTestFreshness.needed(WorkType.HOT_WORK, false)).isTrue();
        assertThat(GasTestFreshness.needed(WorkType.CONFINED_SPACE, false)).isTrue();
        assertThat(GasTestFreshness.needed(WorkType.TEMP_POWER, true)).isTrue();
        assertThat(GasTestFreshness.needed(WorkType.TEMP_POWER, false)).isFalse();
        assertThat(GasTestFreshness.needed(WorkType.HEIGHT, true)).isFalse();
    }

    @Test
    void of_two_analyses_sampled_at_the_same_moment_the_one_recorded_later_counts() {
        Instant sampled = NOW.minus(Duration.ofMinutes(10));
        GasTestView failedFirst = new GasTestView(UUID.randomUUID(), UUID.randomUUID(), sampled, "罐顶", UUID.randomUUID(),
                false, List.of(), List.of(), sampled.plusSeconds(60));
        GasTestView correctedPass = new GasTestView(UUID.randomUUID(), UUID.randomUUID(), sampled, "罐顶",
                UUID.randomUUID(), true, List.of(), List.of(), sampled.plusSeconds(120));
        assertThat(GasTestFreshness.forStart(List.of(failedFirst, correctedPass), NOW)).isEmpty();
        assertThat(GasTestFreshness.forStart(List.of(correctedPass, failedFirst), NOW)).isEmpty();
        GasTestView laterFail = new GasTestView(UUID.randomUUID(), UUID.randomUUID(), sampled, "罐顶", UUID.randomUUID(),
                false, List.of(), List.of(), sampled.plusSeconds(180));
        assertThat(GasTestFreshness.forStart(List.of(correctedPass, laterFail), NOW)).contains("GAS_TEST_FAILED");
    }

    @Test
    void hot_work_resumed_on_a_new_day_needs_a_new_analysis_gb30871_5_3_1d() {
        // 2026-12-01 23:50 Shanghai → resumed 00:10 the next day, 20 minutes later: below every interruption limit
        Instant beforeMidnight = Instant.parse("2026-12-01T15:50:00Z");
        Instant afterMidnight = Instant.parse("2026-12-01T16:10:00Z");
        Suspension s = suspended(beforeMidnight, false);
        assertThat(GasTestFreshness.newTestDue(s, afterMidnight, WorkType.HOT_WORK, PermitLevel.LEVEL_2, ZONE)).isTrue();
        assertThat(GasTestFreshness.newTestDue(s, beforeMidnight.plusSeconds(540), WorkType.HOT_WORK,
                PermitLevel.LEVEL_2, ZONE)).isFalse();
        assertThat(GasTestFreshness.newTestDue(s, afterMidnight, WorkType.CONFINED_SPACE, null, ZONE)).isFalse();
    }

    @Test
    void active_hot_work_needs_a_passing_analysis_of_the_same_day_gb30871_5_3_1d() {
        Instant day1 = Instant.parse("2026-12-01T08:00:00Z"); // 16:00 Shanghai
        GasTestView passed = new GasTestView(UUID.randomUUID(), UUID.randomUUID(), day1, "法兰", UUID.randomUUID(), true,
                List.of(), List.of(), day1);
        assertThat(GasTestFreshness.dailyAnalysisDue(List.of(passed), Instant.parse("2026-12-01T15:59:59Z"), ZONE))
                .isFalse();
        assertThat(GasTestFreshness.dailyAnalysisDue(List.of(passed), Instant.parse("2026-12-01T16:00:00Z"), ZONE))
                .isTrue();
    }

    @Test
    void a_gas_test_due_suspension_always_needs_a_new_analysis() {
        assertThat(GasTestFreshness.newTestDue(suspended(NOW, SuspensionCause.GAS_TEST_DUE), NOW.plusSeconds(60),
                WorkType.HOT_WORK, PermitLevel.LEVEL_2, ZONE)).isTrue();
    }
}
