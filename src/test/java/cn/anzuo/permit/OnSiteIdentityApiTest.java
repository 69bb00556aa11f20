package cn.anzuo.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.monitoring.domain.SignedRequests;
import cn.anzuo.permit.domain.GuardianPresence;
import cn.anzuo.permit.domain.HolidayCalendar;
import cn.anzuo.permit.onsite.domain.SunTags;
import cn.anzuo.permit.onsite.domain.Totp;
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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;

/** API.md "On-site identity": NFC SUN check-ins, the company's identity rules, face terminals, guardian presence. */
@AnzuoTest
class OnSiteIdentityApiTest {

    static final double LAT = 32.263150;
    static final double LON = 118.791540;
    static final byte[] META = HexFormat.of().parseHex("00112233445566778899AABBCCDDEEFF");
    static final byte[] FILE = HexFormat.of().parseHex("FFEEDDCCBBAA99887766554433221100");
    static final String UID = "04DE5F1EACC040";
    static final String PASSING = "[{\"gas\":\"CH4\",\"value\":0.3,\"unit\":\"PCT_VOL\"},{\"gas\":\"O2\",\"value\":20.9,\"unit\":\"PCT_VOL\"},"
            + "{\"gas\":\"H2S\",\"value\":2,\"unit\":\"MG_M3\"}]";

    @Autowired ApiClient api;
    @Autowired HolidayCalendar holidays;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired GuardianPresence presence;

    PermitFixtures f;
    PermitFixtures.Crew crew;
    String nfc;

    @BeforeEach
    void crew() throws Exception {
        clock.fixAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        f = new PermitFixtures(api, holidays);
        crew = f.crew("标签焊工", "标签监护");
        nfc = Unique.code("TAG");
        api.post("admin", "/api/v1/sites/{id}/checkpoints", """
                {"code":"%s","kind":"NFC","uid":"%s","metaReadKey":"%s","fileReadKey":"%s"}"""
                .formatted(nfc, UID, HexFormat.of().formatHex(META), HexFormat.of().formatHex(FILE)), f.siteId)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.urlTemplate").value(org.hamcrest.Matchers.containsString("/t/" + nfc + "?picc_data=")));
    }

    @AfterEach
    void restore() throws Exception {
        clock.reset();
        api.put("admin", "/api/v1/companies/{id}/policy",
                "{\"checkInMethods\":[\"QR\",\"NFC\",\"FACE\"],\"checkInIdentity\":\"NONE\",\"faceMinSimilarity\":0.8,"
                        + "\"guardianAbsenceMinutes\":5}", f.companyId).andExpect(status().isOk());
    }

    OffsetDateTime now(long plusMinutes) {
        return clock.instant().plus(Duration.ofMinutes(plusMinutes)).atOffset(ZoneOffset.ofHours(8));
    }

    String approvedHotWork() throws Exception {
        String id = ApiClient.read(api.post("leader", "/api/v1/permits",
                f.request("HOT_WORK", "LEVEL_2", now(5), now(120), crew.welder(), List.of(crew.welder()), crew.guardian(),
                        null)).andExpect(status().isCreated()), "$.id");
        String role = ApiClient.read(api.get("leader", "/api/v1/permits/{id}", id), "$.approvalSteps[0].role");
        api.post(role.equals("UNIT_APPROVER") ? "unit" : role.equals("SAFETY_OFFICER") ? "safety" : "plant",
                "/api/v1/permits/{id}/approvals", "{\"decision\":\"APPROVE\"}", id)
                .andExpect(jsonPath("$.status").value("APPROVED"));
        return id;
    }

    ResultActions nfcCheckIn(String user, String permit, String worker, String proof) throws Exception {
        return api.post(user, "/api/v1/permits/{id}/check-ins", """
                {"workerId":"%s","method":"NFC","checkpointCode":"%s","proof":"%s","latitude":%s,"longitude":%s,"accuracyMeters":10}"""
                .formatted(worker, nfc, proof, LAT, LON), permit);
    }

    ResultActions qrCheckIn(String user, String permit, String worker, String extra) throws Exception {
        return api.post(user, "/api/v1/permits/{id}/check-ins", """
                {"workerId":"%s","method":"QR","checkpointCode":"%s","proof":"%s","latitude":%s,"longitude":%s,"accuracyMeters":10%s}"""
                .formatted(worker, crew.checkpoint(), Totp.code(crew.secret(), Totp.step(clock.instant())), LAT, LON,
                        extra == null ? "" : "," + extra), permit);
    }

    String policy(String json) throws Exception {
        return ApiClient.read(api.put("admin", "/api/v1/companies/{id}/policy", json, f.companyId)
                .andExpect(status().isOk()), "$.checkInIdentity");
    }

    // --- NFC SUN

    @Test
    void an_nfc_tap_checks_in_once_and_a_replayed_or_lower_counter_or_forged_mac_is_refused() throws Exception {
        String permit = approvedHotWork();
        String tap61 = SunTags.message(META, FILE, UID, 61);
        nfcCheckIn(crew.welderUser(), permit, crew.welder(), tap61).andExpect(status().isCreated());
        nfcCheckIn(crew.guardianUser(), permit, crew.guardian(), tap61)
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("INVALID_PROOF"));
        nfcCheckIn(crew.guardianUser(), permit, crew.guardian(), SunTags.message(META, FILE, UID, 60))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("INVALID_PROOF"));
        String forged = SunTags.message(META, FILE, UID, 62).replaceAll("cmac=.{16}", "cmac=0000000000000000");
        nfcCheckIn(crew.guardianUser(), permit, crew.guardian(), forged)
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("INVALID_PROOF"));
        byte[] wrong = new byte[16];
        nfcCheckIn(crew.guardianUser(), permit, crew.guardian(), SunTags.message(wrong, FILE, UID, 63))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("INVALID_PROOF"));
        nfcCheckIn(crew.guardianUser(), permit, crew.guardian(), SunTags.message(META, FILE, "04AAAAAAAAAAAA", 64))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("INVALID_PROOF"));
        nfcCheckIn(crew.guardianUser(), permit, crew.guardian(), SunTags.message(META, FILE, UID, 65))
                .andExpect(status().isCreated());
    }

    @Test
    void two_check_ins_racing_with_one_tap_exactly_one_succeeds() throws Exception {
        String permit = approvedHotWork();
        String tap = SunTags.message(META, FILE, UID, 100);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> both = List.of(
                    () -> nfcCheckIn(crew.welderUser(), permit, crew.welder(), tap).andReturn().getResponse().getStatus(),
                    () -> nfcCheckIn(crew.guardianUser(), permit, crew.guardian(), tap).andReturn().getResponse().getStatus());
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : pool.invokeAll(both)) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 422);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void a_crew_checking_in_at_the_same_moment_is_all_checked_in_and_nobody_is_told_to_try_again() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 6; round++) {
                clock.fixAt(clock.instant().plus(Duration.ofMinutes(1))); // a QR code is accepted once per worker
                String permit = approvedHotWork();
                List<Callable<Integer>> crewAtTheGate = List.of(
                        () -> qrCheckIn(crew.welderUser(), permit, crew.welder(), null).andReturn().getResponse().getStatus(),
                        () -> qrCheckIn(crew.guardianUser(), permit, crew.guardian(), null).andReturn().getResponse()
                                .getStatus());
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> result : pool.invokeAll(crewAtTheGate)) {
                    statuses.add(result.get());
                }
                assertThat(statuses).as("round %d", round).containsOnly(201);
                assertThat(jdbc.sql("select count(*) from check_in where permit_id = ?").param(java.util.UUID.fromString(permit))
                        .query(Integer.class).single()).isEqualTo(2);
            }
        } finally {
            pool.shutdown();
        }
    }

    // --- the company's rules

    @Test
    void identity_mode_passkey_needs_an_assertion_of_the_callers_own_passkey() throws Exception {
        String permit = approvedHotWork();
        assertThat(policy("{\"checkInIdentity\":\"PASSKEY\"}")).isEqualTo("PASSKEY");
        qrCheckIn(crew.welderUser(), permit, crew.welder(), null)
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("IDENTITY_REQUIRED"));
        qrCheckIn(crew.welderUser(), permit, crew.welder(), "\"assertion\":{\"id\":\"forged\",\"response\":{}}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("IDENTITY_REQUIRED"));
        policy("{\"checkInIdentity\":\"NONE\"}");
        qrCheckIn(crew.welderUser(), permit, crew.welder(), null).andExpect(status().isCreated());
    }

    @Test
    void allowed_methods_refuse_the_others() throws Exception {
        String permit = approvedHotWork();
        api.put("admin", "/api/v1/companies/{id}/policy", "{\"checkInMethods\":[\"NFC\"]}", f.companyId)
                .andExpect(jsonPath("$.checkInMethods[0]").value("NFC"));
        qrCheckIn(crew.welderUser(), permit, crew.welder(), null).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("CHECK_IN_METHOD_NOT_ALLOWED"));
        api.put("admin", "/api/v1/companies/{id}/policy", "{\"checkInMethods\":[\"QR\",\"SMS\"]}", f.companyId)
                .andExpect(status().is4xxClientError());
        api.put("admin", "/api/v1/companies/{id}/policy", "{\"faceMinSimilarity\":1.5}", f.companyId)
                .andExpect(status().is4xxClientError());
    }

    // --- face terminals

    record Terminal(String code, String secret) {}

    Terminal terminal() throws Exception {
        String code = Unique.code("FACE");
        String secret = ApiClient.read(api.post("admin", "/api/v1/devices",
                "{\"code\":\"%s\",\"kind\":\"FACE_TERMINAL\",\"siteId\":\"%s\"}".formatted(code, f.siteId))
                .andExpect(status().isCreated()), "$.secret");
        return new Terminal(code, secret);
    }

    ResultActions face(Terminal t, String worker, double similarity, boolean liveness, long offsetMillis) throws Exception {
        String body = "{\"ts\":\"%s\",\"workerId\":\"%s\",\"similarity\":%s,\"liveness\":%s}"
                .formatted(clock.instant(), worker, similarity, liveness);
        String ts = Long.toString(clock.instant().toEpochMilli() + offsetMillis);
        String signature = HexFormat.of().formatHex(SignedRequests.hmac(t.secret(), ts, body.getBytes(StandardCharsets.UTF_8)));
        return api.mvc().perform(post("/api/v1/devices/face-events").contentType(MediaType.APPLICATION_JSON).content(body)
                .header("X-Device-Code", t.code()).header("X-Timestamp", ts).header("X-Signature", signature));
    }

    @Test
    void a_face_event_below_the_threshold_or_without_liveness_is_refused_and_kept_for_audit() throws Exception {
        String permit = approvedHotWork();
        Terminal t = terminal();
        face(t, crew.welder(), 0.95, false, 0).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("FACE_REJECTED"));
        face(t, crew.welder(), 0.79, true, 1).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("FACE_REJECTED"));
        face(t, crew.welder(), 0.80, true, 2).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.checkedInPermitIds", hasItem(permit)));
        api.get("leader", "/api/v1/permits/{id}/check-ins", permit)
                .andExpect(jsonPath("$[?(@.workerId == '%s')]".formatted(crew.welder())).exists());
        assertThat(jdbc.sql("select count(*) from face_event where worker_id = ?::uuid and accepted = false".replace("?::uuid", "?"))
                .param(java.util.UUID.fromString(crew.welder())).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void identity_mode_face_counts_a_qr_check_in_only_with_a_face_event_within_10_minutes() throws Exception {
        String permit = approvedHotWork();
        policy("{\"checkInIdentity\":\"FACE\"}");
        api.post("analyst", "/api/v1/permits/{id}/gas-tests", """
                {"sampledAt":"%s","samplePoint":"法兰","readings":%s}""".formatted(now(0), PASSING), permit)
                .andExpect(status().isCreated());
        api.post("shift", "/api/v1/permits/{id}/shift-check", "", permit).andExpect(status().isOk());
        qrCheckIn(crew.welderUser(), permit, crew.welder(), null).andExpect(status().isCreated());
        qrCheckIn(crew.guardianUser(), permit, crew.guardian(), null).andExpect(status().isCreated());
        clock.advance(Duration.ofMinutes(5));
        api.post(crew.guardianUser(), "/api/v1/permits/{id}/start", "", permit).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.unmet", hasItem("NOT_CHECKED_IN")))
                .andExpect(jsonPath("$.unmet", hasItem("GUARDIAN_NOT_PRESENT")));
        // a face event 5 minutes after the location proof confirms it; the terminal also checks them in itself
        Terminal t = terminal();
        policy("{\"checkInIdentity\":\"FACE\",\"checkInMethods\":[\"QR\"]}");
        face(t, crew.welder(), 0.9, true, 0).andExpect(status().isAccepted());
        face(t, crew.guardian(), 0.9, true, 1).andExpect(status().isAccepted());
        api.post(crew.guardianUser(), "/api/v1/permits/{id}/start", "", permit).andExpect(jsonPath("$.status").value("ACTIVE"));
    }

    // --- the guardian stays

    String activeHotWork() throws Exception {
        String permit = approvedHotWork();
        api.post("analyst", "/api/v1/permits/{id}/gas-tests", """
                {"sampledAt":"%s","samplePoint":"法兰","readings":%s}""".formatted(now(0), PASSING), permit)
                .andExpect(status().isCreated());
        api.post("shift", "/api/v1/permits/{id}/shift-check", "", permit).andExpect(status().isOk());
        qrCheckIn(crew.welderUser(), permit, crew.welder(), null).andExpect(status().isCreated());
        qrCheckIn(crew.guardianUser(), permit, crew.guardian(), null).andExpect(status().isCreated());
        clock.advance(Duration.ofMinutes(5));
        api.post(crew.guardianUser(), "/api/v1/permits/{id}/start", "", permit).andExpect(jsonPath("$.status").value("ACTIVE"));
        return permit;
    }

    ResultActions report(String permit, double lat) throws Exception {
        return api.post(crew.guardianUser(), "/api/v1/permits/{id}/presence",
                "{\"latitude\":%s,\"longitude\":%s,\"accuracyMeters\":15}".formatted(lat, LON), permit);
    }

    @Test
    void a_guardian_outside_the_fence_suspends_the_work_until_back_inside() throws Exception {
        String permit = activeHotWork();
        report(permit, LAT).andExpect(status().isOk()).andExpect(jsonPath("$.inside").value(true));
        api.post(crew.welderUser(), "/api/v1/permits/{id}/presence",
                "{\"latitude\":%s,\"longitude\":%s,\"accuracyMeters\":15}".formatted(LAT, LON), permit)
                .andExpect(status().isForbidden());
        report(permit, LAT + 0.01).andExpect(status().isOk()).andExpect(jsonPath("$.inside").value(false)); // ~1.1 km
        api.get("leader", "/api/v1/permits/{id}", permit).andExpect(jsonPath("$.status").value("SUSPENDED"))
                .andExpect(jsonPath("$.suspension.cause").value("GUARDIAN_ABSENT"));
        clock.advance(Duration.ofSeconds(30));
        api.post(crew.guardianUser(), "/api/v1/permits/{id}/resume", "", permit).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("GUARDIAN_NOT_PRESENT"));
        report(permit, LAT).andExpect(jsonPath("$.inside").value(true));
        api.post(crew.guardianUser(), "/api/v1/permits/{id}/resume", "", permit).andExpect(jsonPath("$.status").value("ACTIVE"));
    }

    @Test
    void after_a_resume_the_guardians_minutes_count_from_the_resume_not_from_an_earlier_report() throws Exception {
        String permit = activeHotWork();
        report(permit, LAT + 0.01).andExpect(jsonPath("$.inside").value(false)); // suspended
        clock.advance(Duration.ofSeconds(30));
        report(permit, LAT).andExpect(jsonPath("$.inside").value(true)); // back inside: the last report
        clock.advance(Duration.ofMinutes(2));
        api.post(crew.guardianUser(), "/api/v1/permits/{id}/resume", "", permit).andExpect(jsonPath("$.status").value("ACTIVE"));
        // silent since the report 2 min before the resume: 5 min after that report is not yet 5 min of work
        clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        assertThat(presence.suspendAbsent()).doesNotContain(java.util.UUID.fromString(permit));
        clock.advance(Duration.ofSeconds(1));
        assertThat(presence.suspendAbsent()).contains(java.util.UUID.fromString(permit));
    }

    @Test
    void a_guardian_silent_for_the_policys_minutes_is_absent() throws Exception {
        String permit = activeHotWork();
        report(permit, LAT).andExpect(status().isOk());
        clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        assertThat(presence.suspendAbsent()).doesNotContain(java.util.UUID.fromString(permit));
        clock.advance(Duration.ofSeconds(1));
        assertThat(presence.suspendAbsent()).contains(java.util.UUID.fromString(permit));
        api.get("leader", "/api/v1/permits/{id}", permit).andExpect(jsonPath("$.suspension.cause").value("GUARDIAN_ABSENT"))
                .andExpect(jsonPath("$.history[-1].system").value("GUARDIAN_ABSENT"));
        String number = ApiClient.read(api.get("leader", "/api/v1/permits/{id}", permit), "$.number");
        String safety = ApiClient.read(api.get("safety", "/api/v1/me"), "$.id");
        String leader = ApiClient.read(api.get(crew.welderUser(), "/api/v1/me"), "$.id");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (String user : List.of(safety, leader)) {
                assertThat(jdbc.sql("select count(*) from notification where user_id = ? and kind = 'GUARDIAN_ABSENT' "
                                + "and args like ?").params(java.util.UUID.fromString(user), "%" + number + "%")
                        .query(Long.class).single()).isEqualTo(1);
            }
        });
    }
}
