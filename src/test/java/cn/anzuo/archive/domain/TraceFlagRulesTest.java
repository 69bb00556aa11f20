package cn.anzuo.archive.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.archive.domain.TraceFlagRules.Step;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** API.md "Flags": each rule on both sides of its limit, from traces written for it. */
class TraceFlagRulesTest {

    static final Instant T0 = Instant.parse("2026-11-02T01:00:00Z");

    static Step step(String type, Duration after, Map<String, Object> data) {
        return new Step(type, T0.plus(after), data);
    }

    static Step step(String type, Duration after) {
        return step(type, after, Map.of());
    }

    static Step checkIn(Duration after, String worker, String device) {
        return step("CHECKED_IN", after, device == null ? Map.of("workerId", worker)
                : Map.of("workerId", worker, "device", device));
    }

    static Step gasTest(Duration recordedAfterSampling) {
        return step("GAS_TEST", recordedAfterSampling, Map.of("sampledAt", T0.toString(), "passed", true));
    }

    @Test
    void approvedInSeconds_a_step_29_seconds_after_the_previous_is_flagged() {
        assertThat(TraceFlagRules.flags(List.of(step("SUBMITTED", Duration.ZERO), step("APPROVED", Duration.ofSeconds(29)))))
                .containsExactly(TraceFlag.APPROVED_IN_SECONDS);
    }

    @Test
    void approvedInSeconds_a_step_30_seconds_after_the_previous_is_not() {
        assertThat(TraceFlagRules.flags(List.of(step("SUBMITTED", Duration.ZERO), step("APPROVED", Duration.ofSeconds(30)))))
                .isEmpty();
    }

    @Test
    void approvedInSeconds_counts_from_the_previous_step_not_from_the_submission() {
        assertThat(TraceFlagRules.flags(List.of(step("SUBMITTED", Duration.ZERO), step("APPROVED", Duration.ofMinutes(10)),
                step("APPROVED", Duration.ofMinutes(10).plusSeconds(29))))).containsExactly(TraceFlag.APPROVED_IN_SECONDS);
        assertThat(TraceFlagRules.flags(List.of(step("SUBMITTED", Duration.ZERO), step("APPROVED", Duration.ofMinutes(10)),
                step("APPROVED", Duration.ofMinutes(10).plusSeconds(30))))).isEmpty();
    }

    @Test
    void gasTestBackfilled_recorded_15_minutes_and_1_second_after_sampling_is_flagged() {
        assertThat(TraceFlagRules.flags(List.of(gasTest(Duration.ofMinutes(15).plusSeconds(1)))))
                .containsExactly(TraceFlag.GAS_TEST_BACKFILLED);
    }

    @Test
    void gasTestBackfilled_recorded_exactly_15_minutes_after_sampling_is_not() {
        assertThat(TraceFlagRules.flags(List.of(gasTest(Duration.ofMinutes(15))))).isEmpty();
    }

    @Test
    void sameDeviceCheckIns_two_people_from_one_device_are_flagged() {
        assertThat(TraceFlagRules.flags(List.of(checkIn(Duration.ZERO, "welder", "d1"),
                checkIn(Duration.ofMinutes(1), "guardian", "d1")))).containsExactly(TraceFlag.SAME_DEVICE_CHECK_INS);
    }

    @Test
    void sameDeviceCheckIns_two_people_from_two_devices_are_not() {
        assertThat(TraceFlagRules.flags(List.of(checkIn(Duration.ZERO, "welder", "d1"),
                checkIn(Duration.ofMinutes(1), "guardian", "d2")))).isEmpty();
    }

    @Test
    void sameDeviceCheckIns_one_person_checking_in_twice_from_one_device_is_not() {
        assertThat(TraceFlagRules.flags(List.of(checkIn(Duration.ZERO, "welder", "d1"),
                checkIn(Duration.ofMinutes(1), "welder", "d1")))).isEmpty();
    }

    @Test
    void sameDeviceCheckIns_check_ins_without_a_device_say_nothing() {
        // face terminals and clients that send no device id: a terminal checking a crew in is its purpose
        assertThat(TraceFlagRules.flags(List.of(checkIn(Duration.ZERO, "welder", null),
                checkIn(Duration.ofMinutes(1), "guardian", null)))).isEmpty();
    }

    @Test
    void lateCheckIn_a_check_in_after_the_start_is_flagged_and_one_before_is_not() {
        assertThat(TraceFlagRules.flags(List.of(checkIn(Duration.ZERO, "welder", null), step("STARTED", Duration.ofMinutes(1)),
                checkIn(Duration.ofMinutes(2), "guardian", null)))).containsExactly(TraceFlag.LATE_CHECK_IN);
        assertThat(TraceFlagRules.flags(List.of(checkIn(Duration.ZERO, "welder", null),
                checkIn(Duration.ofMinutes(1), "guardian", null), step("STARTED", Duration.ofMinutes(2))))).isEmpty();
    }

    @Test
    void every_flag_of_a_trace_is_reported_once() {
        assertThat(TraceFlagRules.flags(List.of(step("SUBMITTED", Duration.ZERO), step("APPROVED", Duration.ofSeconds(5)),
                step("APPROVED", Duration.ofSeconds(10)), gasTest(Duration.ofMinutes(20)), gasTest(Duration.ofMinutes(30)))))
                .containsExactly(TraceFlag.APPROVED_IN_SECONDS, TraceFlag.GAS_TEST_BACKFILLED);
    }
}
