package cn.anzuo.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.monitoring.domain.ReadingWriter;
import cn.anzuo.monitoring.domain.SignedRequests;
import cn.anzuo.permit.PermitFixtures;
import cn.anzuo.permit.domain.HolidayCalendar;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.MutableClock;
import cn.anzuo.support.Unique;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** API.md "Devices, telemetry, alarms": devices, signed telemetry, thresholds, alarms and their effect on permits. */
@AnzuoTest
@org.springframework.modulith.test.EnableScenarios
class MonitoringApiTest {


    @Autowired ApiClient api;
    @Autowired HolidayCalendar holidays;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired ReadingWriter writer;
    @Autowired PlatformTransactionManager transactions;

    PermitFixtures f;

    @BeforeEach
    void fixtures() throws Exception {
        clock.fixAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        f = new PermitFixtures(api, holidays);
    }

    @AfterEach
    void settle() throws Exception {
        PermitFixtures.acknowledgeOpenAlarms(api);
        clock.reset();
    }

    record Device(String id, String code, String secret) {}

    Device device(String kind) throws Exception {
        String code = Unique.code("GD");
        ResultActions created = api.post("admin", "/api/v1/devices",
                "{\"code\":\"%s\",\"kind\":\"%s\",\"siteId\":\"%s\",\"calibratedOn\":\"2026-06-01\"}".formatted(code, kind, f.siteId))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.secret").isString());
        return new Device(ApiClient.read(created, "$.id"), code, ApiClient.read(created, "$.secret"));
    }

    ResultActions send(Device d, String path, String body, long timestamp, String secret) throws Exception {
        String ts = Long.toString(timestamp);
        String signature = HexFormat.of().formatHex(SignedRequests.hmac(secret, ts, body.getBytes(StandardCharsets.UTF_8)));
        return api.mvc().perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body)
                .header("X-Device-Code", d.code()).header("X-Timestamp", ts).header("X-Signature", signature));
    }

    ResultActions reading(Device d, String values) throws Exception {
        return send(d, "/api/v1/telemetry", "{\"ts\":\"%s\",\"values\":%s}".formatted(clock.instant(), values),
                clock.instant().toEpochMilli(), d.secret());
    }

    // --- devices

    @Test
    void a_device_is_registered_by_the_company_admin_with_a_secret_shown_once() throws Exception {
        Device d = device("GAS_DETECTOR");
        api.get("safety", "/api/v1/devices?siteId={s}", f.siteId)
                .andExpect(jsonPath("$.items[?(@.code == '%s')].online".formatted(d.code())).value(false))
                .andExpect(jsonPath("$.items[?(@.code == '%s')].calibratedOn".formatted(d.code())).value("2026-06-01"))
                .andExpect(jsonPath("$.items[*].secret").doesNotExist());
        api.post("admin", "/api/v1/devices", "{\"code\":\"%s\",\"kind\":\"CAMERA\",\"siteId\":\"%s\"}".formatted(d.code(), f.siteId))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("DEVICE_CODE_TAKEN"));
        api.post("admin", "/api/v1/devices", "{\"code\":\"a/b#\",\"kind\":\"CAMERA\",\"siteId\":\"%s\"}".formatted(f.siteId))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("INVALID_DEVICE_CODE"));
        api.post("safety", "/api/v1/devices", "{\"code\":\"X1\",\"kind\":\"CAMERA\",\"siteId\":\"%s\"}".formatted(f.siteId))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("FORBIDDEN"));
        api.post("admin", "/api/v1/devices", "{\"code\":\"X2\",\"kind\":\"TOASTER\",\"siteId\":\"%s\"}".formatted(f.siteId))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
    }

    @Test
    void a_device_is_online_after_a_reading_within_two_minutes() throws Exception {
        Device d = device("GAS_DETECTOR");
        reading(d, "{\"LEL\":1.0,\"O2\":20.9}").andExpect(status().isAccepted());
        assertThat(writer.awaitWritten(Duration.ofSeconds(10))).isTrue();
        api.get("safety", "/api/v1/devices/{id}", d.id()).andExpect(jsonPath("$.online").value(true))
                .andExpect(jsonPath("$.lastSeenAt").isString());
        clock.advance(Duration.ofMinutes(2).plusSeconds(1));
        api.get("safety", "/api/v1/devices/{id}", d.id()).andExpect(jsonPath("$.online").value(false));
        assertThat(jdbc.sql("select count(*) from telemetry_reading where device_id = ?::uuid".replace("?::uuid", "?"))
                .param(java.util.UUID.fromString(d.id())).query(Long.class).single()).isEqualTo(2);
    }

    // --- signed telemetry

    @Test
    void telemetry_refuses_bad_signatures_stale_timestamps_and_replays() throws Exception {
        Device d = device("GAS_DETECTOR");
        String body = "{\"values\":{\"LEL\":2.0}}";
        long now = clock.instant().toEpochMilli();
        send(d, "/api/v1/telemetry", body, now, "not-the-secret")
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("BAD_SIGNATURE"));
        send(new Device(null, "NO-SUCH-DEVICE", d.secret()), "/api/v1/telemetry", body, now, d.secret())
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("BAD_SIGNATURE"));
        api.mvc().perform(post("/api/v1/telemetry").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("BAD_SIGNATURE"));
        // five minutes off is still fresh; a second more is stale, either way
        send(d, "/api/v1/telemetry", body, now - Duration.ofMinutes(5).toMillis(), d.secret()).andExpect(status().isAccepted());
        send(d, "/api/v1/telemetry", body, now - Duration.ofMinutes(5).plusSeconds(1).toMillis(), d.secret())
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("STALE_TIMESTAMP"));
        send(d, "/api/v1/telemetry", body, now + Duration.ofMinutes(5).plusSeconds(1).toMillis(), d.secret())
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("STALE_TIMESTAMP"));
        send(d, "/api/v1/telemetry", body, now, d.secret()).andExpect(status().isAccepted());
        send(d, "/api/v1/telemetry", body, now, d.secret())
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("REPLAYED"));
    }

    @Test
    void telemetry_refuses_unknown_metrics_impossible_values_malformed_bodies_and_oversized_batches() throws Exception {
        Device d = device("GAS_DETECTOR");
        reading(d, "{\"NH3\":1.0}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("UNKNOWN_METRIC"));
        clock.advance(Duration.ofMillis(1));
        reading(d, "{\"LEL\":\"high\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("INVALID_READING"));
        send(d, "/api/v1/telemetry", "{not json", clock.instant().toEpochMilli(), d.secret())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        String batch = "{\"readings\":[" + String.join(",", java.util.Collections.nCopies(1001,
                "{\"values\":{\"LEL\":1}}")) + "]}";
        send(d, "/api/v1/telemetry", batch, clock.instant().toEpochMilli(), d.secret())
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("TOO_MANY_READINGS"));
        String full = "{\"readings\":[" + String.join(",", java.util.Collections.nCopies(1000,
                "{\"values\":{\"LEL\":1}}")) + "]}";
        send(d, "/api/v1/telemetry", full, clock.instant().toEpochMilli() + 1, d.secret())
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.accepted").value(1000));
    }

    // --- thresholds

    @Test
    void thresholds_default_to_gb_t_50493_and_refuse_inverted_levels() throws Exception {
        api.get("safety", "/api/v1/companies/{id}/alarm-thresholds", f.companyId)
                .andExpect(jsonPath("$.LEL.level1").value(25.0)).andExpect(jsonPath("$.LEL.level2").value(50.0))
                .andExpect(jsonPath("$.H2S.level1").value(10.0)).andExpect(jsonPath("$.H2S.level2").value(20.0))
                .andExpect(jsonPath("$.CO.level1").value(30.0)).andExpect(jsonPath("$.CO.level2").value(60.0))
                .andExpect(jsonPath("$.O2.low").value(19.5)).andExpect(jsonPath("$.O2.high").value(23.5));
        String inverted = "{\"LEL\":{\"level1\":50,\"level2\":25},\"H2S\":{\"level1\":10,\"level2\":20},"
                + "\"CO\":{\"level1\":30,\"level2\":60},\"O2\":{\"low\":19.5,\"high\":23.5}}";
        api.put("admin", "/api/v1/companies/{id}/alarm-thresholds", inverted, f.companyId)
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("INVALID_THRESHOLDS"));
        api.put("admin", "/api/v1/companies/{id}/alarm-thresholds", inverted.replace("\"low\":19.5", "\"low\":-1")
                .replace("\"level1\":50,\"level2\":25", "\"level1\":25,\"level2\":50"), f.companyId)
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("INVALID_THRESHOLDS"));
        api.put("safety", "/api/v1/companies/{id}/alarm-thresholds", inverted, f.companyId)
                .andExpect(status().isForbidden());
        String vendor = inverted.replace("\"level1\":50,\"level2\":25", "\"level1\":20,\"level2\":50");
        api.put("admin", "/api/v1/companies/{id}/alarm-thresholds", vendor, f.companyId)
                .andExpect(status().isOk()).andExpect(jsonPath("$.LEL.level1").value(20.0));
        api.put("admin", "/api/v1/companies/{id}/alarm-thresholds", vendor.replace("\"level1\":20", "\"level1\":25"),
                f.companyId).andExpect(jsonPath("$.LEL.level1").value(25.0));
    }

    // --- alarms and their effect

    String activeHotWork() throws Exception {
        PermitFixtures.ActiveWork work = f.activeHotWork(clock, "报警焊工", "报警监护");
        guardianUser = work.crew().guardianUser();
        return work.permitId();
    }

    String guardianUser;

    ResultActions gasTest(String permit, Instant sampledAt) throws Exception {
        return api.post("analyst", "/api/v1/permits/{id}/gas-tests", """
                {"sampledAt":"%s","samplePoint":"法兰 10 m 内","readings":%s}"""
                .formatted(sampledAt.atOffset(ZoneOffset.ofHours(8)), PermitFixtures.PASSING_GAS), permit);
    }

    String openAlarmOf(Device d) throws Exception {
        List<String> ids = com.jayway.jsonpath.JsonPath.read(api.get("safety",
                "/api/v1/alarms?siteId={s}&status=OPEN&size=200", f.siteId).andReturn().getResponse().getContentAsString(),
                "$.items[?(@.deviceCode == '%s')].id".formatted(d.code()));
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    @Test
    void a_first_level_reading_warns_but_leaves_ordinary_hot_work_and_a_second_level_one_suspends_it() throws Exception {
        String permit = activeHotWork();
        Device d = device("GAS_DETECTOR");
        reading(d, "{\"LEL\":24.9}").andExpect(status().isAccepted()); // below 25 % LEL: nothing
        api.get("safety", "/api/v1/alarms?siteId={s}&size=200", f.siteId)
                .andExpect(jsonPath("$.items[*].deviceCode", not(hasItem(d.code()))));
        clock.advance(Duration.ofSeconds(1));
        reading(d, "{\"LEL\":25.0}").andExpect(status().isAccepted()); // at the first level
        api.get("safety", "/api/v1/alarms?siteId={s}&status=OPEN&size=200", f.siteId)
                .andExpect(jsonPath("$.items[?(@.deviceCode == '%s')].level".formatted(d.code())).value("LEVEL_1"))
                .andExpect(jsonPath("$.items[?(@.deviceCode == '%s')].threshold".formatted(d.code())).value(25.0));
        Thread.sleep(300); // the effect runs right after commit; give it time to do (nothing) wrong
        api.get("leader", "/api/v1/permits/{id}", permit).andExpect(jsonPath("$.status").value("ACTIVE"));

        clock.advance(Duration.ofSeconds(1));
        reading(d, "{\"LEL\":49.9}").andExpect(status().isAccepted()); // still first level: the same alarm
        clock.advance(Duration.ofSeconds(1));
        reading(d, "{\"LEL\":50.0}").andExpect(status().isAccepted()); // second level: raised in place
        var alarms = api.get("safety", "/api/v1/alarms?siteId={s}&size=200", f.siteId);
        List<String> ids = com.jayway.jsonpath.JsonPath.read(alarms.andReturn().getResponse().getContentAsString(),
                "$.items[?(@.deviceCode == '%s')].id".formatted(d.code()));
        assertThat(ids).hasSize(1);
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20)).untilAsserted(() ->
                api.get("leader", "/api/v1/permits/{id}", permit)
                        .andExpect(jsonPath("$.status").value("SUSPENDED"))
                        .andExpect(jsonPath("$.suspension.cause").value("ALARM"))
                        .andExpect(jsonPath("$.suspension.alarmId").value(ids.get(0))));
        await().atMost(Duration.ofSeconds(2)).untilAsserted(() -> api.get("safety", "/api/v1/alarms/{id}", ids.get(0))
                .andExpect(jsonPath("$.level").value("LEVEL_2"))
                .andExpect(jsonPath("$.value").value(50.0))
                .andExpect(jsonPath("$.suspendedPermitIds", hasItem(permit))));
    }

    @Test
    void oxygen_outside_its_band_is_a_second_level_alarm_and_resuming_needs_acknowledgement_and_a_new_analysis()
            throws Exception {
        String permit = activeHotWork();
        Device d = device("GAS_DETECTOR");
        reading(d, "{\"O2\":19.5}").andExpect(status().isAccepted()); // on the limit: fine
        clock.advance(Duration.ofSeconds(1));
        reading(d, "{\"O2\":19.4}").andExpect(status().isAccepted());
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20)).untilAsserted(() ->
                api.get("leader", "/api/v1/permits/{id}", permit).andExpect(jsonPath("$.status").value("SUSPENDED")));
        String alarm = ApiClient.read(api.get("leader", "/api/v1/permits/{id}", permit), "$.suspension.alarmId");
        api.get("safety", "/api/v1/alarms/{id}", alarm).andExpect(jsonPath("$.level").value("LEVEL_2"))
                .andExpect(jsonPath("$.metric").value("O2")).andExpect(jsonPath("$.threshold").value(19.5));

        // the permit's trace records the alarm and the suspension (API.md "Archive and audit")
        api.get("leader", "/api/v1/permits/{id}/trace", permit)
                .andExpect(jsonPath("$.events[?(@.type == 'ALARM')]").exists())
                .andExpect(jsonPath("$.events[?(@.type == 'SUSPENDED')]").exists())
                .andExpect(jsonPath("$.chainValid").value(true));
        // the safety officers and the guardian of the permit at the site hear of it at once
        for (String user : List.of("safety", guardianUser)) {
            String userId = ApiClient.read(api.get(user, "/api/v1/me"), "$.id");
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                            "select count(*) from notification where user_id = ? and kind = 'ALARM_RAISED' and link = ?")
                    .params(java.util.UUID.fromString(userId), "/alarms/" + alarm).query(Long.class).single()).isEqualTo(1));
        }
        clock.advance(Duration.ofMinutes(1));
        api.post(guardianUser, "/api/v1/permits/{id}/resume", "", permit).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("ALARM_NOT_ACKNOWLEDGED"))
                .andExpect(jsonPath("$.unmet", contains("ALARM_NOT_ACKNOWLEDGED", "GAS_TEST_REQUIRED")));
        // a worker of the company may see the alarm but not answer it
        api.post("worker", "/api/v1/alarms/{id}/acknowledge", "", alarm).andExpect(status().isForbidden());
        await().atMost(Duration.ofSeconds(2)).untilAsserted(() -> api.get("safety", "/api/v1/alarms/{id}", alarm)
                .andExpect(jsonPath("$.suspendedPermitIds", hasItem(permit))));
        // the guardian of a permit it suspended may acknowledge; once
        api.post(guardianUser, "/api/v1/alarms/{id}/acknowledge", "", alarm).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACKNOWLEDGED"))
                .andExpect(jsonPath("$.responseSeconds").value(60));
        api.post("safety", "/api/v1/alarms/{id}/acknowledge", "", alarm).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ALARM_NOT_OPEN"));
        // an analysis sampled before the alarm does not count
        api.post(guardianUser, "/api/v1/permits/{id}/resume", "", permit).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("GAS_TEST_REQUIRED"));
        gasTest(permit, clock.instant()).andExpect(status().isCreated());
        api.post(guardianUser, "/api/v1/permits/{id}/resume", "", permit).andExpect(jsonPath("$.status").value("ACTIVE"));

        api.post(guardianUser, "/api/v1/alarms/{id}/resolve", "{\"note\":\"通风后复测合格\"}", alarm)
                .andExpect(status().isForbidden());
        api.post("safety", "/api/v1/alarms/{id}/resolve", "{\"note\":\"\"}", alarm)
                .andExpect(status().isUnprocessableContent());
        api.post("safety", "/api/v1/alarms/{id}/resolve", "{\"note\":\"通风后复测合格\"}", alarm).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RESOLVED")).andExpect(jsonPath("$.resolutionNote").value("通风后复测合格"));
        api.post("safety", "/api/v1/alarms/{id}/resolve", "{\"note\":\"again\"}", alarm).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ALARM_ALREADY_RESOLVED"));
        // resolved: the next low reading opens a new alarm
        clock.advance(Duration.ofSeconds(1));
        reading(d, "{\"O2\":18.0}").andExpect(status().isAccepted());
        api.get("safety", "/api/v1/alarms?siteId={s}&status=OPEN&size=200", f.siteId)
                .andExpect(jsonPath("$.items[?(@.deviceCode == '%s')].id".formatted(d.code()), not(hasItem(alarm))))
                .andExpect(jsonPath("$.items[?(@.deviceCode == '%s')].metric".formatted(d.code())).value("O2"));
    }

    @Test
    void an_approved_permit_does_not_start_while_a_second_level_alarm_at_its_site_is_unacknowledged() throws Exception {
        PermitFixtures.ActiveWork ready = f.readyHotWork(clock, "撤离焊工", "撤离监护");
        Device d = device("GAS_DETECTOR");
        reading(d, "{\"LEL\":25.0}").andExpect(status().isAccepted());
        String alarm = openAlarmOf(d);
        // a first-level alarm warns ordinary (二级) hot work; it does not hold it back
        api.post(ready.crew().guardianUser(), "/api/v1/permits/{id}/start", "", ready.permitId())
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACTIVE"));

        PermitFixtures.ActiveWork next = f.readyHotWork(clock, "撤离焊工二", "撤离监护二");
        clock.advance(Duration.ofSeconds(1));
        reading(d, "{\"LEL\":50.0}").andExpect(status().isAccepted()); // the same alarm, now second level
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20)).untilAsserted(() ->
                api.get("leader", "/api/v1/permits/{id}", ready.permitId()).andExpect(jsonPath("$.status").value("SUSPENDED")));
        // evacuating: the approved permit at the site may not start, whoever asks and whatever else is ready
        api.post(next.crew().guardianUser(), "/api/v1/permits/{id}/start", "", next.permitId())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("ALARM_NOT_ACKNOWLEDGED"))
                .andExpect(jsonPath("$.alarmId").value(alarm))
                .andExpect(jsonPath("$.detail").value(containsString("开始")));
        api.get("leader", "/api/v1/permits/{id}", next.permitId()).andExpect(jsonPath("$.status").value("APPROVED"));

        api.post("safety", "/api/v1/alarms/{id}/acknowledge", "", alarm).andExpect(status().isOk());
        api.post(next.crew().guardianUser(), "/api/v1/permits/{id}/start", "", next.permitId())
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACTIVE"));
    }

    /**
     * The interleaving the start's own check cannot see (ADR 0094): the start has passed its alarm check but is not yet
     * committed when a second-level alarm is committed, and that alarm's suspension looks for work under way before
     * the start is there to find. Once the start commits, the open alarm is applied to the site again.
     */
    @Test
    void work_started_in_the_instant_an_alarm_was_raised_is_suspended_once_the_start_is_committed() throws Exception {
        PermitFixtures.ActiveWork ready = f.readyHotWork(clock, "竞态焊工", "竞态监护");
        Device d = device("GAS_DETECTOR");
        ExecutorService elsewhere = Executors.newSingleThreadExecutor();
        String[] alarm = new String[1];
        try {
            new TransactionTemplate(transactions).executeWithoutResult(startNotYetCommitted -> {
                try {
                    api.post(ready.crew().guardianUser(), "/api/v1/permits/{id}/start", "", ready.permitId())
                            .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACTIVE"));
                    alarm[0] = elsewhere.submit(() -> {
                        reading(d, "{\"LEL\":50.0}").andExpect(status().isAccepted());
                        return openAlarmOf(d);
                    }).get();
                    await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
                                    select count(*) from event_publication where listener_id like '%AlarmEffects.on(%AlarmRaised)'
                                       and serialized_event like ? and completion_date is not null""")
                            .param("%" + alarm[0] + "%").query(Long.class).single() == 1);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        } finally {
            elsewhere.shutdown();
        }
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20)).untilAsserted(() ->
                api.get("leader", "/api/v1/permits/{id}", ready.permitId())
                        .andExpect(jsonPath("$.status").value("SUSPENDED"))
                        .andExpect(jsonPath("$.suspension.cause").value("ALARM"))
                        .andExpect(jsonPath("$.suspension.alarmId").value(alarm[0])));
        api.get("safety", "/api/v1/alarms/{id}", alarm[0])
                .andExpect(jsonPath("$.suspendedPermitIds[*]").value(hasItem(ready.permitId())));
    }

    @Test
    void work_stopped_by_hand_does_not_resume_while_a_second_level_alarm_at_its_site_is_unacknowledged() throws Exception {
        String permit = activeHotWork();
        api.post(guardianUser, "/api/v1/permits/{id}/suspend", "{\"reason\":\"换焊条\"}", permit)
                .andExpect(jsonPath("$.suspension.cause").value("MANUAL"));
        Device d = device("GAS_DETECTOR");
        reading(d, "{\"LEL\":50.0}").andExpect(status().isAccepted());
        String alarm = openAlarmOf(d); // it suspends nothing here: the permit is not under way
        api.post(guardianUser, "/api/v1/permits/{id}/resume", "", permit)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("ALARM_NOT_ACKNOWLEDGED"))
                .andExpect(jsonPath("$.alarmId").value(alarm));
        api.get("leader", "/api/v1/permits/{id}", permit).andExpect(jsonPath("$.suspension.cause").value("MANUAL"));

        api.post("safety", "/api/v1/alarms/{id}/acknowledge", "", alarm).andExpect(status().isOk());
        api.post(guardianUser, "/api/v1/permits/{id}/resume", "", permit)
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACTIVE"));
    }

    @Test
    void a_smoke_event_from_a_camera_is_a_second_level_alarm_with_its_snapshot() throws Exception {
        Device camera = device("CAMERA");
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
        String snapshot = java.util.Base64.getEncoder().encodeToString(jpeg);
        send(camera, "/api/v1/telemetry/events", "{\"type\":\"SMOKE\",\"snapshot\":\"%s\"}".formatted(snapshot),
                clock.instant().toEpochMilli(), camera.secret()).andExpect(status().isAccepted());
        String alarm = openAlarmOf(camera);
        api.get("safety", "/api/v1/alarms?siteId={s}&status=OPEN&size=200", f.siteId)
                .andExpect(jsonPath("$.items[?(@.deviceCode == '%s')].level".formatted(camera.code())).value("LEVEL_2"))
                .andExpect(jsonPath("$.items[?(@.deviceCode == '%s')].metric".formatted(camera.code())).value("SMOKE"));
        assertThat(alarm).isNotNull();
        send(camera, "/api/v1/telemetry/events", "{\"type\":\"NO_HELMET\",\"snapshot\":\"aGVsbG8=\"}",
                clock.instant().toEpochMilli() + 1, camera.secret())
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("UNSUPPORTED_MEDIA"));
        send(camera, "/api/v1/telemetry/events", "{\"type\":\"FIRE\"}", clock.instant().toEpochMilli() + 2, camera.secret())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        Device detector = device("GAS_DETECTOR");
        send(detector, "/api/v1/telemetry/events", "{\"type\":\"SMOKE\"}", clock.instant().toEpochMilli(), detector.secret())
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("NOT_A_CAMERA"));
    }

    @Test
    void another_companys_alarms_and_devices_are_not_found() throws Exception {
        Device d = device("GAS_DETECTOR");
        reading(d, "{\"H2S\":20}").andExpect(status().isAccepted());
        String alarm = openAlarmOf(d);
        String other = Unique.code("OTHER");
        String otherCompany = ApiClient.read(api.post("admin", "/api/v1/companies",
                "{\"code\":\"%s\",\"name\":\"外单位\",\"parentId\":\"%s\"}".formatted(other, f.companyId))
                .andExpect(status().isCreated()), "$.id");
        String username = Unique.username("foreign");
        api.post("admin", "/api/v1/users", """
                {"username":"%s","password":"long-enough","displayName":"外单位安全员","companyId":"%s","roles":["SAFETY_OFFICER"]}"""
                .formatted(username, otherCompany)).andExpect(status().isCreated());
        api.token(username, "long-enough");
        api.get(username, "/api/v1/alarms/{id}", alarm).andExpect(status().isNotFound());
        api.post(username, "/api/v1/alarms/{id}/acknowledge", "", alarm).andExpect(status().isNotFound());
        api.get(username, "/api/v1/devices/{id}", d.id()).andExpect(status().isNotFound());
        api.get(username, "/api/v1/alarms?companyId={c}", f.companyId).andExpect(status().isNotFound());
    }

    /**
     * Waits for the permit's state, not for the {@code PermitSuspended} event: Modulith's scenarios see events
     * published on threads started by the test's thread, and the listeners run on a pool of platform threads
     * (ADR 0091) started by whichever thread came first.
     */
    @Test
    void scenario_a_camera_smoke_event_publishes_an_alarm_and_the_permit_module_suspends_the_work(
            org.springframework.modulith.test.Scenario scenario) throws Exception {
        String permit = activeHotWork();
        Device camera = device("CAMERA");
        scenario.stimulate(() -> {
                    try {
                        send(camera, "/api/v1/telemetry/events", "{\"type\":\"SMOKE\"}", clock.instant().toEpochMilli(),
                                camera.secret()).andExpect(status().isAccepted());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .andWaitForStateChange(() -> jdbc.sql("select status from work_permit where id = ?")
                        .param(UUID.fromString(permit)).query(String.class).single(), "SUSPENDED"::equals)
                .andVerify(status -> {
                    try {
                        api.get("leader", "/api/v1/permits/{id}", permit)
                                .andExpect(jsonPath("$.suspension.cause").value("ALARM"))
                                .andExpect(jsonPath("$.suspension.alarmId").isNotEmpty());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
    }
}
