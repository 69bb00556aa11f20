package cn.anzuo.permit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.onsite.GasTestView;
import cn.anzuo.permit.domain.GasTestFreshness;
import cn.anzuo.shared.WorkType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Gas-analysis timing with a fixed clock: ≤ 30 min before start; after interruptions of 30/60 min; after alarms. */
class GasTestFreshnessTest {

    static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    static GasTestView test(Duration ago, boolean passed) {
        return new GasTestView(UUID.randomUUID(), UUID.randomUUID(), NOW.minus(ago), "罐顶", UUID.randomUUID(), passed,
                List.of(), List.of());
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
        assertThat(GasTestFreshness.forResume(before, NOW.minus(Duration.ofMinutes(30)), NOW, WorkType.HOT_WORK,
                PermitLevel.LEVEL_1, false)).isEmpty();
        assertThat(GasTestFreshness.forResume(before, NOW.minus(Duration.ofMinutes(31)), NOW, WorkType.HOT_WORK,
                PermitLevel.SPECIAL, false)).contains("GAS_TEST_REQUIRED");
    }

    @Test
    void level_2_hot_work_and_confined_space_after_60_minutes() {
        List<GasTestView> before = List.of(test(Duration.ofMinutes(120), true));
        assertThat(GasTestFreshness.forResume(before, NOW.minus(Duration.ofMinutes(60)), NOW, WorkType.HOT_WORK,
                PermitLevel.LEVEL_2, false)).isEmpty();
        assertThat(GasTestFreshness.forResume(before, NOW.minus(Duration.ofMinutes(61)), NOW, WorkType.HOT_WORK,
                PermitLevel.LEVEL_2, false)).contains("GAS_TEST_REQUIRED");
        assertThat(GasTestFreshness.forResume(before, NOW.minus(Duration.ofMinutes(61)), NOW, WorkType.CONFINED_SPACE,
                null, false)).contains("GAS_TEST_REQUIRED");
    }

    @Test
    void only_tests_sampled_since_the_suspension_count_and_an_alarm_always_needs_one() {
        Instant suspended = NOW.minus(Duration.ofMinutes(70));
        assertThat(GasTestFreshness.forResume(List.of(test(Duration.ofMinutes(10), true)), suspended, NOW,
                WorkType.CONFINED_SPACE, null, false)).isEmpty();
        assertThat(GasTestFreshness.forResume(List.of(test(Duration.ofMinutes(10), false)), suspended, NOW,
                WorkType.CONFINED_SPACE, null, false)).contains("GAS_TEST_FAILED");
        assertThat(GasTestFreshness.forResume(List.of(), NOW.minus(Duration.ofMinutes(2)), NOW, WorkType.HOT_WORK,
                PermitLevel.LEVEL_2, true)).contains("GAS_TEST_REQUIRED");
    }

    @Test
    void which_types_need_gas_analysis() {
        assertThat(GasTestFreshness.needed(WorkType.HOT_WORK, false)).isTrue();
        assertThat(GasTestFreshness.needed(WorkType.CONFINED_SPACE, false)).isTrue();
        assertThat(GasTestFreshness.needed(WorkType.TEMP_POWER, true)).isTrue();
        assertThat(GasTestFreshness.needed(WorkType.TEMP_POWER, false)).isFalse();
        assertThat(GasTestFreshness.needed(WorkType.HEIGHT, true)).isFalse();
    }
}
