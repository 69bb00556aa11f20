package cn.anzuo.permit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.permit.onsite.domain.Totp;
import cn.anzuo.permit.domain.EndCause;
import cn.anzuo.permit.domain.HolidayCalendar;
import cn.anzuo.permit.domain.PermitEnd;
import cn.anzuo.permit.domain.WorkPermitRepository;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

/** API.md check-ins, gas tests, shift check and lifecycle: every transition, refusal and error code. */
@AnzuoTest
class PermitLifecycleApiTest {

    static final Map<String, String> APPROVER_OF = Map.of("UNIT_APPROVER", "unit", "SAFETY_OFFICER", "safety",
            "PLANT_LEADER", "plant", "DEPT_APPROVER", "dept", "POWER_SUPPLIER", "power");
    static final double LAT = 32.263150;
    static final double LON = 118.791540;

    @Autowired ApiClient api;
    @Autowired HolidayCalendar holidays;
    @Autowired MutableClock clock;
    @Autowired Permits facade;
    @Autowired WorkPermitRepository stored;
    @Autowired cn.anzuo.permit.domain.PermitTimeRules timeRules;

    PermitFixtures f;
    String welder;
    String welderUser;
    String guardian;
    String guardianUser;
    String secret;
    String checkpoint;

    @BeforeEach
    void crew() throws Exception {
        clock.fixAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        f = new PermitFixtures(api, holidays);
        PermitFixtures.Crew crew = f.crew("现场焊工", "现场监护");
        welder = crew.welder();
        welderUser = crew.welderUser();
        guardian = crew.guardian();
        guardianUser = crew.guardianUser();
        checkpoint = crew.checkpoint();
        secret = crew.secret();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String user(String workerId, String role) throws Exception {
        return f.linkedUser(workerId, role);
    }

    OffsetDateTime now(long plusMinutes) {
        return clock.instant().plus(Duration.ofMinutes(plusMinutes)).atOffset(ZoneOffset.ofHours(8));
    }

    /** A hot-work permit starting in 5 minutes, approved by whoever its (possibly upgraded) level needs. */
    String approvedHotWork() throws Exception {
        String id = ApiClient.read(api.post("leader", "/api/v1/permits",
                f.request("HOT_WORK", "LEVEL_2", now(5), now(120), welder, List.of(welder), guardian, null))
                .andExpect(status().isCreated()), "$.id");
        approve(id);
        return id;
    }

    void approve(String id) throws Exception {
        String role = ApiClient.read(api.get("leader", "/api/v1/permits/{id}", id), "$.approvalSteps[0].role");
        api.post(APPROVER_OF.get(role), "/api/v1/permits/{id}/approvals", "{\"decision\":\"APPROVE\"}", id)
                .andExpect(jsonPath("$.status").value("APPROVED"));
    }

    ResultActions checkIn(String user, String permit, String worker, String code, double lat, double lon, double accuracy)
            throws Exception {
        return api.post(user, "/api/v1/permits/{id}/check-ins", """
                {"workerId":"%s","method":"QR","checkpointCode":"%s","proof":"%s","latitude":%s,"longitude":%s,"accuracyMeters":%s}"""
                .formatted(worker, checkpoint, code, lat, lon, accuracy), permit);
    }

    String code() {
        return Totp.code(secret, Totp.step(clock.instant()));
    }

    ResultActions gasTest(String permit, OffsetDateTime sampledAt, String readings) throws Exception {
        return api.post("analyst", "/api/v1/permits/{id}/gas-tests", """
                {"sampledAt":"%s","samplePoint":"T-201 法兰 10 m 内","readings":%s}""".formatted(sampledAt, readings), permit);
    }

    static final String PASSING = "[{\"gas\":\"CH4\",\"value\":0.3,\"unit\":\"PCT_VOL\"},{\"gas\":\"O2\",\"value\":20.9,\"unit\":\"PCT_VOL\"},"
            + "{\"gas\":\"H2S\",\"value\":2,\"unit\":\"MG_M3\"}]";

    @Test
    void full_lifecycle_from_approval_to_closed() throws Exception {
        String id = approvedHotWork();
        gasTest(id, now(0), PASSING).andExpect(status().isCreated()).andExpect(jsonPath("$.passed").value(true));
        api.post("shift", "/api/v1/permits/{id}/shift-check", "", id).andExpect(status().isOk());
        checkIn(welderUser, id, welder, code(), LAT, LON, 12).andExpect(status().isCreated())
                .andExpect(jsonPath("$.withinGeofence").value(true));
        checkIn(guardianUser, id, guardian, code(), LAT + 0.0005, LON, 8).andExpect(status().isCreated());
        api.post(guardianUser, "/api/v1/permits/{id}/start", "", id)
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("WINDOW_NOT_OPEN"));
        clock.advance(Duration.ofMinutes(5));
        api.post(guardianUser, "/api/v1/permits/{id}/start", "", id).andExpect(jsonPath("$.status").value("ACTIVE"));
        api.post(guardianUser, "/api/v1/permits/{id}/suspend", "{\"reason\":\"风力增大\"}", id)
                .andExpect(jsonPath("$.status").value("SUSPENDED"));
        api.post("analyst", "/api/v1/permits/{id}/resume", "", id)
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("NOT_LEADER_OR_GUARDIAN"));
        api.post(guardianUser, "/api/v1/permits/{id}/resume", "", id).andExpect(jsonPath("$.status").value("ACTIVE"));
        api.post(guardianUser, "/api/v1/permits/{id}/complete", "", id).andExpect(jsonPath("$.status").value("COMPLETED"));
        api.post(guardianUser, "/api/v1/permits/{id}/accept", "", id).andExpect(jsonPath("$.status").value("COMPLETED"));
        api.post("analyst", "/api/v1/permits/{id}/accept", "", id).andExpect(status().isForbidden());
        api.post(welderUser, "/api/v1/permits/{id}/accept", "", id).andExpect(jsonPath("$.status").value("CLOSED"));
        api.get(guardianUser, "/api/v1/permits/{id}/check-ins", id).andExpect(jsonPath("$.length()").value(2));
    }

    /** A hot-work permit led by {@code leaderWorker}, worked by the welder and guardian, and completed. */
    String completedUnder(String leaderUser, String leaderWorker) throws Exception {
        String id = ApiClient.read(api.post("leader", "/api/v1/permits",
                f.request("HOT_WORK", "LEVEL_2", now(5), now(120), leaderWorker, List.of(welder), guardian, null))
                .andExpect(status().isCreated()), "$.id");
        approve(id);
        gasTest(id, now(0), PASSING);
        api.post("shift", "/api/v1/permits/{id}/shift-check", "", id);
        checkIn(welderUser, id, welder, code(), LAT, LON, 12).andExpect(status().isCreated());
        checkIn(guardianUser, id, guardian, code(), LAT, LON, 12).andExpect(status().isCreated());
        clock.advance(Duration.ofMinutes(5));
        api.post(leaderUser, "/api/v1/permits/{id}/start", "", id).andExpect(jsonPath("$.status").value("ACTIVE"));
        api.post(leaderUser, "/api/v1/permits/{id}/complete", "", id).andExpect(jsonPath("$.status").value("COMPLETED"));
        return id;
    }

    @Test
    void the_leader_and_the_guardian_each_accept() throws Exception {
        String leaderUser = user(f.worker("负责人", "2.1"), "WORK_LEADER");
        String leaderWorker = ApiClient.read(api.get(leaderUser, "/api/v1/me"), "$.workerId");
        String id = completedUnder(leaderUser, leaderWorker);
        api.post(leaderUser, "/api/v1/permits/{id}/accept", "", id).andExpect(jsonPath("$.status").value("COMPLETED"));
        api.post(guardianUser, "/api/v1/permits/{id}/accept", "", id).andExpect(jsonPath("$.status").value("CLOSED"));
        assertThat(stored.findById(java.util.UUID.fromString(id)).orElseThrow().ending()).hasValueSatisfying(end -> {
            assertThat(end.at()).isEqualTo(clock.instant());
            assertThat(end.cause()).isNull();
        });
        api.post(guardianUser, "/api/v1/permits/{id}/start", "", id)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("ILLEGAL_TRANSITION"));
    }

    @Test
    void the_leader_and_the_guardian_accepting_at_the_same_moment_both_succeed_and_close_the_permit() throws Exception {
        String leaderUser = user(f.worker("验收负责人", "2.1"), "WORK_LEADER");
        String leaderWorker = ApiClient.read(api.get(leaderUser, "/api/v1/me"), "$.workerId");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                String id = completedUnder(leaderUser, leaderWorker);

                List<java.util.concurrent.Callable<Integer>> both = List.of(
                        () -> api.post(leaderUser, "/api/v1/permits/{id}/accept", "", id).andReturn().getResponse()
                                .getStatus(),
                        () -> api.post(guardianUser, "/api/v1/permits/{id}/accept", "", id).andReturn().getResponse()
                                .getStatus());
                List<Integer> statuses = new java.util.ArrayList<>();
                for (java.util.concurrent.Future<Integer> answer : pool.invokeAll(both)) {
                    statuses.add(answer.get());
                }
                assertThat(statuses).as("round %d", round).containsOnly(200);
                api.get("leader", "/api/v1/permits/{id}", id).andExpect(jsonPath("$.status").value("CLOSED"));
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void the_shift_leaders_check_at_the_moment_of_the_first_check_in_succeeds_as_does_the_check_in() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 4; round++) {
                clock.advance(Duration.ofMinutes(1)); // a QR code is accepted once per worker
                String id = approvedHotWork();
                List<java.util.concurrent.Callable<Integer>> both = List.of(
                        () -> checkIn(welderUser, id, welder, code(), LAT, LON, 12).andReturn().getResponse().getStatus(),
                        () -> api.post("shift", "/api/v1/permits/{id}/shift-check", "", id).andReturn().getResponse()
                                .getStatus());
                List<Integer> statuses = new java.util.ArrayList<>();
                for (java.util.concurrent.Future<Integer> answer : pool.invokeAll(both)) {
                    statuses.add(answer.get());
                }
                assertThat(statuses).as("round %d", round).containsExactly(201, 200);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void start_lists_every_unmet_precondition_in_order() throws Exception {
        String id = approvedHotWork();
        api.post(guardianUser, "/api/v1/permits/{id}/start", "", id)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("GAS_TEST_REQUIRED"))
                .andExpect(jsonPath("$.unmet", contains("GAS_TEST_REQUIRED", "NOT_CHECKED_IN", "GUARDIAN_NOT_PRESENT",
                        "SHIFT_CHECK_REQUIRED", "WINDOW_NOT_OPEN")))
                .andExpect(jsonPath("$.missingWorkerIds[0]").value(welder));
        gasTest(id, now(0), "[{\"gas\":\"CH4\",\"value\":15,\"unit\":\"PCT_LEL\"}]")
                .andExpect(jsonPath("$.passed").value(false))
                .andExpect(jsonPath("$.failures[0].gas").value("CH4"))
                .andExpect(jsonPath("$.failures[0].limit").value(0.5));
        api.post(guardianUser, "/api/v1/permits/{id}/start", "", id).andExpect(jsonPath("$.code").value("GAS_TEST_FAILED"));
        gasTest(id, now(-31), PASSING).andExpect(status().isCreated());
        gasTest(id, now(-31).plusSeconds(1), PASSING);
        checkIn(welderUser, id, welder, code(), LAT, LON, 12).andExpect(status().isCreated());
        checkIn(guardianUser, id, guardian, code(), LAT, LON, 12).andExpect(status().isCreated());
        api.post(guardianUser, "/api/v1/permits/{id}/start", "", id)
                .andExpect(jsonPath("$.code").value("GAS_TEST_FAILED"));
        gasTest(id, now(0).plusSeconds(30), PASSING);
        api.post(guardianUser, "/api/v1/permits/{id}/start", "", id)
                .andExpect(jsonPath("$.code").value("SHIFT_CHECK_REQUIRED"))
                .andExpect(jsonPath("$.unmet", contains("SHIFT_CHECK_REQUIRED", "WINDOW_NOT_OPEN")));
        api.post("leader", "/api/v1/permits/{id}/shift-check", "", id).andExpect(status().isForbidden());
        api.post("shift", "/api/v1/permits/{id}/shift-check", "", id).andExpect(status().isOk());
        clock.advance(Duration.ofMinutes(29));
        api.post("leader", "/api/v1/permits/{id}/start", "", id)
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("NOT_LEADER_OR_GUARDIAN"));
        clock.advance(Duration.ofMinutes(3));
        api.post(guardianUser, "/api/v1/permits/{id}/start", "", id).andExpect(jsonPath("$.code").value("GAS_TEST_STALE"));
    }

    @Test
    void check_in_refusals_each_with_its_code() throws Exception {
        String id = approvedHotWork();
        checkIn(guardianUser, id, welder, code(), LAT, LON, 10)
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("PROXY_CHECK_IN"));
        String stranger = user(f.worker("路人"), "WORKER");
        String strangerWorker = ApiClient.read(api.get(stranger, "/api/v1/me"), "$.workerId");
        checkIn(stranger, id, strangerWorker, code(), LAT, LON, 10)
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("NOT_ON_PERMIT"));
        checkIn(welderUser, id, welder, code(), LAT + 0.01, LON, 10)
                .andExpect(jsonPath("$.code").value("OUTSIDE_GEOFENCE"))
                .andExpect(jsonPath("$.distanceMeters").isNumber());
        checkIn(welderUser, id, welder, code(), LAT, LON, 150).andExpect(jsonPath("$.code").value("LOCATION_INACCURATE"));
        String wrong = code().equals("000000") ? "111111" : "000000";
        checkIn(welderUser, id, welder, wrong, LAT, LON, 10).andExpect(jsonPath("$.code").value("INVALID_PROOF"));
        String good = code();
        checkIn(welderUser, id, welder, good, LAT, LON, 10).andExpect(status().isCreated());
        checkIn(welderUser, id, welder, good, LAT, LON, 10).andExpect(jsonPath("$.code").value("INVALID_PROOF"));
        checkIn(guardianUser, id, guardian, good, LAT, LON, 10).andExpect(status().isCreated());
        api.post(welderUser, "/api/v1/permits/{id}/check-ins", """
                {"workerId":"%s","method":"FACE","proof":"x","latitude":%s,"longitude":%s,"accuracyMeters":5}"""
                .formatted(welder, LAT, LON), id).andExpect(jsonPath("$.code").value("INVALID_PROOF"));
    }

    @Test
    void check_in_to_a_pending_permit_is_409_and_after_voiding_the_window_is_closed() throws Exception {
        String pending = ApiClient.read(api.post("leader", "/api/v1/permits",
                f.request("HOT_WORK", "LEVEL_2", now(5), now(120), welder, List.of(welder), guardian, null)), "$.id");
        checkIn(welderUser, pending, welder, code(), LAT, LON, 10)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("PERMIT_NOT_APPROVED"));
        approve(pending);
        clock.advance(Duration.ofMinutes(36));
        api.get("leader", "/api/v1/permits/{id}", pending).andExpect(jsonPath("$.status").value("VOIDED"));
        checkIn(welderUser, pending, welder, code(), LAT, LON, 10)
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("CHECKIN_WINDOW_CLOSED"));
        api.post(guardianUser, "/api/v1/permits/{id}/start", "", pending).andExpect(jsonPath("$.code").value("ILLEGAL_TRANSITION"));
    }

    @Test
    void resuming_after_a_long_interruption_needs_a_new_passing_test() throws Exception {
        String id = approvedHotWork();
        gasTest(id, now(0), PASSING);
        api.post("shift", "/api/v1/permits/{id}/shift-check", "", id);
        checkIn(welderUser, id, welder, code(), LAT, LON, 12);
        checkIn(guardianUser, id, guardian, code(), LAT, LON, 12);
        clock.advance(Duration.ofMinutes(5));
        api.post(guardianUser, "/api/v1/permits/{id}/start", "", id).andExpect(jsonPath("$.status").value("ACTIVE"));
        api.post("safety", "/api/v1/permits/{id}/suspend", "{\"reason\":\"安全员巡查叫停\"}", id)
                .andExpect(jsonPath("$.status").value("SUSPENDED"));
        clock.advance(Duration.ofMinutes(61));
        api.post(guardianUser, "/api/v1/permits/{id}/resume", "", id)
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("GAS_TEST_REQUIRED"));
        gasTest(id, now(0), PASSING).andExpect(status().isCreated());
        api.post(guardianUser, "/api/v1/permits/{id}/resume", "", id).andExpect(jsonPath("$.status").value("ACTIVE"));
    }

    @Test
    void confined_space_completes_only_when_everyone_and_every_tool_is_out() throws Exception {
        String id = ApiClient.read(api.post("leader", "/api/v1/permits",
                f.request("CONFINED_SPACE", null, now(5), now(120), welder, List.of(welder), guardian, null))
                .andExpect(status().isCreated()), "$.id");
        approve(id);
        gasTest(id, now(-1), "[{\"gas\":\"CH4\",\"value\":0,\"unit\":\"PCT_LEL\"},{\"gas\":\"O2\",\"value\":19.0,\"unit\":\"PCT_VOL\"}]")
                .andExpect(jsonPath("$.passed").value(false))
                .andExpect(jsonPath("$.failures[0].rule").value("GB30871-6.3: O2 ≥19.5%VOL"));
        gasTest(id, now(0), PASSING).andExpect(jsonPath("$.passed").value(true));
        checkIn(welderUser, id, welder, code(), LAT, LON, 12);
        checkIn(guardianUser, id, guardian, code(), LAT, LON, 12);
        clock.advance(Duration.ofMinutes(5));
        api.post(guardianUser, "/api/v1/permits/{id}/start", "", id).andExpect(jsonPath("$.status").value("ACTIVE"));
        api.post(guardianUser, "/api/v1/permits/{id}/headcount", "{\"direction\":\"IN\",\"persons\":2,\"tools\":3}", id)
                .andExpect(jsonPath("$.personsIn").value(2));
        api.post(welderUser, "/api/v1/permits/{id}/headcount", "{\"direction\":\"OUT\",\"persons\":1,\"tools\":3}", id)
                .andExpect(status().isForbidden());
        api.post(guardianUser, "/api/v1/permits/{id}/headcount", "{\"direction\":\"OUT\",\"persons\":1,\"tools\":3}", id);
        api.post(guardianUser, "/api/v1/permits/{id}/complete", "", id)
                .andExpect(jsonPath("$.code").value("HEADCOUNT_UNBALANCED")).andExpect(jsonPath("$.personsInside").value(1));
        api.post(guardianUser, "/api/v1/permits/{id}/headcount", "{\"direction\":\"OUT\",\"persons\":1,\"tools\":0}", id)
                .andExpect(jsonPath("$.balanced").value(true));
        api.post(guardianUser, "/api/v1/permits/{id}/complete", "", id).andExpect(jsonPath("$.status").value("COMPLETED"));
    }

    @Test
    void cancel_before_work_and_gas_test_refusals() throws Exception {
        String id = approvedHotWork();
        api.post("analyst", "/api/v1/permits/{id}/gas-tests", "{\"samplePoint\":\"x\"}", id)
                .andExpect(status().isUnprocessableContent());
        api.post("leader", "/api/v1/permits/{id}/gas-tests", """
                {"sampledAt":"%s","samplePoint":"x","readings":%s}""".formatted(now(0), PASSING), id)
                .andExpect(status().isForbidden());
        gasTest(id, now(0), "[{\"gas\":\"XENON\",\"value\":1,\"unit\":\"PPM\"}]").andExpect(jsonPath("$.code").value("UNKNOWN_GAS"));
        gasTest(id, now(0), "[{\"gas\":\"O2\",\"value\":1,\"unit\":\"PCT_LEL\"}]").andExpect(jsonPath("$.code").value("INVALID_UNIT"));
        gasTest(id, now(0), "[{\"gas\":\"O2\",\"value\":1,\"unit\":\"PERCENT\"}]").andExpect(status().isBadRequest());
        gasTest(id, now(10), PASSING).andExpect(jsonPath("$.code").value("INVALID_SAMPLE_TIME"));
        api.post("leader", "/api/v1/permits/{id}/cancel", "{\"reason\":\"计划调整\"}", id)
                .andExpect(jsonPath("$.status").value("CANCELLED"));
        assertThat(stored.findById(java.util.UUID.fromString(id)).orElseThrow().ending())
                .contains(new PermitEnd(clock.instant(), EndCause.CANCELLED, "计划调整"));
        api.post("leader", "/api/v1/permits/{id}/cancel", "{\"reason\":\"again\"}", id)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("ILLEGAL_TRANSITION"));
    }

    @Test
    void checkpoints_are_for_company_admins_and_unique_per_site() throws Exception {
        api.post("worker", "/api/v1/sites/{id}/checkpoints", "{\"code\":\"X1\",\"kind\":\"QR\"}", f.siteId)
                .andExpect(status().isForbidden());
        api.post("admin", "/api/v1/sites/{id}/checkpoints", "{\"code\":\"%s\",\"kind\":\"QR\"}".formatted(checkpoint), f.siteId)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("CHECKPOINT_CODE_TAKEN"));
        api.post("yz-admin", "/api/v1/sites/{id}/checkpoints", "{\"code\":\"Y1\",\"kind\":\"QR\"}", f.siteId)
                .andExpect(status().isNotFound());
        api.get("leader", "/api/v1/sites/{id}/checkpoints", f.siteId)
                .andExpect(jsonPath("$[*].code", hasItem(checkpoint)))
                .andExpect(jsonPath("$[0].secret").doesNotExist());
    }

    /** An approved hot-work permit with its analysis, shift check and check-ins, started at its planned start. */
    String activeHotWork() throws Exception {
        String id = approvedHotWork();
        gasTest(id, now(0), PASSING).andExpect(status().isCreated());
        api.post("shift", "/api/v1/permits/{id}/shift-check", "", id).andExpect(status().isOk());
        checkIn(welderUser, id, welder, code(), LAT, LON, 12).andExpect(status().isCreated());
        checkIn(guardianUser, id, guardian, code(), LAT, LON, 12).andExpect(status().isCreated());
        clock.advance(Duration.ofMinutes(5));
        api.post(guardianUser, "/api/v1/permits/{id}/start", "", id).andExpect(jsonPath("$.status").value("ACTIVE"));
        return id;
    }

    @Test
    void the_system_suspends_every_active_permit_at_a_site_for_an_alarm_without_a_user() throws Exception {
        String id = activeHotWork();
        java.util.UUID alarm = java.util.UUID.randomUUID();
        List<java.util.UUID> suspended = facade.suspend(SiteSuspension.everything(java.util.UUID.fromString(f.siteId),
                SuspensionCause.ALARM, "可燃气体报警", alarm));
        assertThat(suspended).contains(java.util.UUID.fromString(id));
        api.get("leader", "/api/v1/permits/{id}", id)
                .andExpect(jsonPath("$.status").value("SUSPENDED"))
                .andExpect(jsonPath("$.suspension.cause").value("ALARM"))
                .andExpect(jsonPath("$.suspension.reason").value("可燃气体报警"))
                .andExpect(jsonPath("$.suspension.alarmId").value(alarm.toString()))
                .andExpect(jsonPath("$.suspension.at").isString())
                .andExpect(jsonPath("$.history[-1].action").value("SUSPEND"))
                .andExpect(jsonPath("$.history[-1].system").value("ALARM"))
                .andExpect(jsonPath("$.history[-1].userId").doesNotExist());
        assertThat(facade.find(java.util.UUID.fromString(id)).orElseThrow().suspension().cause())
                .isEqualTo(SuspensionCause.ALARM);
        // an alarm is not over because someone wants to go on: acknowledged first, then a new analysis
        api.post(guardianUser, "/api/v1/permits/{id}/resume", "", id)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("ALARM_NOT_ACKNOWLEDGED"))
                .andExpect(jsonPath("$.unmet", contains("ALARM_NOT_ACKNOWLEDGED", "GAS_TEST_REQUIRED")));
        assertThat(facade.suspend(SiteSuspension.everything(java.util.UUID.fromString(f.siteId), SuspensionCause.ALARM,
                "again", alarm))).doesNotContain(java.util.UUID.fromString(id));
    }

    @Test
    void completing_at_the_moment_an_alarm_suspends_the_site_answers_with_the_permits_state_not_a_conflict()
            throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 6; round++) {
                String id = activeHotWork();
                java.util.concurrent.Future<org.springframework.mock.web.MockHttpServletResponse> completing = pool.submit(
                        () -> api.post(guardianUser, "/api/v1/permits/{id}/complete", "", id).andReturn().getResponse());
                java.util.concurrent.Future<List<java.util.UUID>> alarm = pool.submit(() -> facade.suspend(
                        SiteSuspension.everything(java.util.UUID.fromString(f.siteId), SuspensionCause.ALARM, "可燃气体报警",
                                java.util.UUID.randomUUID())));
                org.springframework.mock.web.MockHttpServletResponse answer = completing.get();
                boolean suspendedFirst = alarm.get().contains(java.util.UUID.fromString(id));
                String now = ApiClient.read(api.get("leader", "/api/v1/permits/{id}", id), "$.status");
                if (suspendedFirst) { // the completion, made again on the suspended permit, is refused for what it is
                    assertThat(answer.getStatus()).as("round %d", round).isEqualTo(409);
                    assertThat(com.jayway.jsonpath.JsonPath.<String>read(answer.getContentAsString(), "$.code"))
                            .as("round %d", round).isEqualTo("ILLEGAL_TRANSITION");
                    assertThat(now).isEqualTo("SUSPENDED");
                } else { // completed first: the alarm's suspension leaves a completed permit alone
                    assertThat(answer.getStatus()).as("round %d: %s", round, answer.getContentAsString()).isEqualTo(200);
                    assertThat(now).isEqualTo("COMPLETED");
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void a_manual_suspension_whose_words_mention_an_alarm_resumes_without_a_new_analysis() throws Exception {
        String id = activeHotWork();
        api.post(guardianUser, "/api/v1/permits/{id}/suspend", "{\"reason\":\"ALARM 可燃气体报警\"}", id)
                .andExpect(jsonPath("$.suspension.cause").value("MANUAL"));
        api.post(guardianUser, "/api/v1/permits/{id}/resume", "", id).andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.suspension").doesNotExist());
    }

    @Test
    void a_first_level_alarm_stops_only_confined_space_and_special_hot_work() throws Exception {
        String id = activeHotWork(); // 二级 (or upgraded to 一级) hot work: not high-risk
        String level = ApiClient.read(api.get("leader", "/api/v1/permits/{id}", id), "$.level");
        List<java.util.UUID> suspended = facade.suspend(new SiteSuspension(java.util.UUID.fromString(f.siteId),
                SuspensionCause.ALARM, "一级报警", null, true, null));
        assertThat(suspended).doesNotContain(java.util.UUID.fromString(id));
        assertThat(level).isNotEqualTo("SPECIAL");
        api.get("leader", "/api/v1/permits/{id}", id).andExpect(jsonPath("$.status").value("ACTIVE"));
    }

    @Test
    void a_confined_space_analysis_without_oxygen_or_with_an_impossible_value_is_refused() throws Exception {
        String id = ApiClient.read(api.post("leader", "/api/v1/permits",
                f.request("CONFINED_SPACE", null, now(5), now(120), welder, List.of(welder), guardian, null))
                .andExpect(status().isCreated()), "$.id");
        approve(id);
        gasTest(id, now(0), "[{\"gas\":\"CH4\",\"value\":0.1,\"unit\":\"PCT_VOL\"}]")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("READINGS_MISSING"))
                .andExpect(jsonPath("$.missing", contains("OXYGEN")));
        gasTest(id, now(0), "[{\"gas\":\"O2\",\"value\":20.9,\"unit\":\"PCT_VOL\"}]")
                .andExpect(jsonPath("$.missing", contains("COMBUSTIBLE")));
        gasTest(id, now(0), "[{\"gas\":\"CH4\",\"value\":-1,\"unit\":\"PCT_VOL\"},{\"gas\":\"O2\",\"value\":20.9,\"unit\":\"PCT_VOL\"}]")
                .andExpect(jsonPath("$.code").value("INVALID_READING"));
        gasTest(id, now(0), "[{\"gas\":\"CH4\",\"value\":0.1,\"unit\":\"PCT_VOL\"},{\"gas\":\"O2\",\"value\":120,\"unit\":\"PCT_VOL\"}]")
                .andExpect(jsonPath("$.code").value("INVALID_READING"));
        api.get("analyst", "/api/v1/permits/{id}/gas-tests", id).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void a_gas_analysis_names_a_gas_analyst_of_the_permits_company() throws Exception {
        String id = approvedHotWork();
        api.post("analyst", "/api/v1/permits/{id}/gas-tests", """
                {"sampledAt":"%s","samplePoint":"x","analystId":"%s","readings":%s}"""
                .formatted(now(0), java.util.UUID.randomUUID(), PASSING), id)
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("UNKNOWN_ANALYST"));
        String leaderUserId = ApiClient.read(api.get("leader", "/api/v1/me"), "$.id");
        api.post("analyst", "/api/v1/permits/{id}/gas-tests", """
                {"sampledAt":"%s","samplePoint":"x","analystId":"%s","readings":%s}"""
                .formatted(now(0), leaderUserId, PASSING), id)
                .andExpect(jsonPath("$.code").value("UNKNOWN_ANALYST"));
        String analystId = ApiClient.read(api.get("analyst", "/api/v1/me"), "$.id");
        api.post("analyst", "/api/v1/permits/{id}/gas-tests", """
                {"sampledAt":"%s","samplePoint":"x","analystId":"%s","readings":%s}"""
                .formatted(now(0), analystId, PASSING), id)
                .andExpect(status().isCreated());
    }

    @Test
    void the_site_board_is_told_to_refresh_live_when_a_permit_there_is_suspended_by_the_system() throws Exception {
        String id = activeHotWork();
        org.springframework.mock.web.MockHttpSession safety = (org.springframework.mock.web.MockHttpSession) api.mvc()
                .perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin("/login")
                        .user("safety").password(ApiClient.DEMO_PASSWORD))
                .andReturn().getRequest().getSession();
        org.springframework.test.web.servlet.MvcResult board = api.mvc()
                .perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/live").param("site", f.siteId).session(safety))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.request().asyncStarted())
                .andReturn();
        assertThat(board.getResponse().getContentAsString()).contains("event:hello").doesNotContain("event:refresh");
        facade.suspend(SiteSuspension.everything(java.util.UUID.fromString(f.siteId), SuspensionCause.ALARM, "报警", null));
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!board.getResponse().getContentAsString().contains("event:refresh") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(board.getResponse().getContentAsString()).contains("event:refresh").contains(id);
    }

    @Test
    void recording_for_an_analyst_of_another_company_is_refused_even_where_the_permit_is_visible() throws Exception {
        String yz = ApiClient.read(api.get("yz-admin", "/api/v1/me"), "$.companyId");
        String demo = ApiClient.read(api.get("admin", "/api/v1/me"), "$.companyId");
        String yzPermit = ApiClient.read(api.get("yz-leader", "/api/v1/permits"), "$.items[0].id");
        String yzAnalyst = ApiClient.read(api.post("yz-admin", "/api/v1/users", """
                {"username":"%s","password":"anzuo-demo","displayName":"扬州分析员","companyId":"%s","roles":["GAS_ANALYST"]}"""
                .formatted(cn.anzuo.support.Unique.username("yza"), yz)).andExpect(status().isCreated()), "$.id");
        String groupAnalyst = cn.anzuo.support.Unique.username("grpa");
        api.post("admin", "/api/v1/users", """
                {"username":"%s","password":"anzuo-demo","displayName":"集团分析员","companyId":"%s","roles":["GAS_ANALYST","GROUP_ADMIN"]}"""
                .formatted(groupAnalyst, demo)).andExpect(status().isCreated());
        api.post(groupAnalyst, "/api/v1/permits/{id}/gas-tests", """
                {"sampledAt":"%s","samplePoint":"x","analystId":"%s","readings":%s}"""
                .formatted(now(0), yzAnalyst, PASSING), yzPermit)
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("PROXY_GAS_TEST"));
    }

    @Test
    void hot_work_going_on_past_midnight_is_suspended_until_the_new_days_analysis_gb30871_5_3_1d() throws Exception {
        java.time.ZoneId shanghai = java.time.ZoneId.of("Asia/Shanghai");
        clock.fixAt(java.time.LocalDate.now(shanghai).atTime(22, 0).atZone(shanghai).toInstant());
        String id = ApiClient.read(api.post("leader", "/api/v1/permits",
                f.request("HOT_WORK", "LEVEL_2", now(5), now(300), welder, List.of(welder), guardian, null))
                .andExpect(status().isCreated()), "$.id");
        approve(id);
        gasTest(id, now(0), PASSING).andExpect(status().isCreated());
        api.post("shift", "/api/v1/permits/{id}/shift-check", "", id).andExpect(status().isOk());
        checkIn(welderUser, id, welder, code(), LAT, LON, 12).andExpect(status().isCreated());
        checkIn(guardianUser, id, guardian, code(), LAT, LON, 12).andExpect(status().isCreated());
        clock.advance(Duration.ofMinutes(5));
        api.post(guardianUser, "/api/v1/permits/{id}/start", "", id).andExpect(jsonPath("$.status").value("ACTIVE"));

        clock.advance(Duration.ofMinutes(100)); // 23:45, the same day: nothing due
        assertThat(timeRules.dailyHotWorkAnalyses()).doesNotContain(java.util.UUID.fromString(id));
        clock.advance(Duration.ofMinutes(20)); // 00:05, a new day
        assertThat(timeRules.dailyHotWorkAnalyses()).contains(java.util.UUID.fromString(id));
        api.get("leader", "/api/v1/permits/{id}", id).andExpect(jsonPath("$.status").value("SUSPENDED"))
                .andExpect(jsonPath("$.suspension.cause").value("GAS_TEST_DUE"))
                .andExpect(jsonPath("$.history[-1].system").value("GAS_TEST_DUE"));
        api.post(guardianUser, "/api/v1/permits/{id}/resume", "", id)
                .andExpect(jsonPath("$.code").value("GAS_TEST_REQUIRED"));
        clock.advance(Duration.ofMinutes(10)); // the analyst samples after the stop
        gasTest(id, now(0), PASSING).andExpect(status().isCreated());
        api.post(guardianUser, "/api/v1/permits/{id}/resume", "", id).andExpect(jsonPath("$.status").value("ACTIVE"));
        assertThat(timeRules.dailyHotWorkAnalyses()).doesNotContain(java.util.UUID.fromString(id));
    }
}
