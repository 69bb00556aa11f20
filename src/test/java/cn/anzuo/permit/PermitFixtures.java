package cn.anzuo.permit;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.permit.domain.HolidayCalendar;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.IdNumbers;
import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/** Fresh, fully certified people and clean time windows, so permit tests never collide on one database. */
public final class PermitFixtures {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final ApiClient api;
    private final HolidayCalendar holidays;
    public final String companyId;
    public final String siteId;
    final String otherSiteId;

    public PermitFixtures(ApiClient api, HolidayCalendar holidays) throws Exception {
        this.api = api;
        this.holidays = holidays;
        this.companyId = ApiClient.read(api.get("leader", "/api/v1/me"), "$.companyId");
        List<Map<String, Object>> sites = JsonPath.read(api.get("leader", "/api/v1/sites").andReturn().getResponse()
                .getContentAsString(), "$.items");
        this.siteId = sites.stream().filter(s -> "TF-01".equals(s.get("code"))).findFirst().orElseThrow().get("id").toString();
        this.otherSiteId = sites.stream().filter(s -> "PU-02".equals(s.get("code"))).findFirst().orElseThrow().get("id").toString();
    }

    /** A worker holding the given certificate items (valid until 2035, verified or not as the company allows). */
    public String worker(String name, String... items) throws Exception {
        String id = IdNumbers.random();
        String workerId = ApiClient.read(api.post("safety", "/api/v1/workers", """
                {"companyId":"%s","name":"%s","idNumber":"%s"}""".formatted(companyId, name, id))
                .andExpect(status().isCreated()), "$.id");
        for (String item : items) {
            String regime = item.equals("GUARDIAN") ? "GUARDIAN" : item.matches("\\d+\\.\\d+") ? "SPECIAL_OPERATION" : "SPECIAL_EQUIPMENT";
            String number = regime.equals("SPECIAL_OPERATION") ? "T" + id : item + "-" + id.substring(14);
            api.post("safety", "/api/v1/workers/{id}/certificates", """
                    {"regime":"%s","itemCode":"%s","number":"%s","issuedOn":"2025-06-01","expiresOn":"2035-06-01","reviewDueOn":"2035-06-01"}"""
                    .formatted(regime, item, number), workerId).andExpect(status().isCreated());
        }
        return workerId;
    }

    /** A user (password "long-enough") linked to a worker record, signed in for the API client. */
    public String linkedUser(String workerId, String role) throws Exception {
        String username = cn.anzuo.support.Unique.username("site");
        api.post("admin", "/api/v1/users", """
                {"username":"%s","password":"long-enough","displayName":"现场","companyId":"%s","roles":["%s"],"workerId":"%s"}"""
                .formatted(username, companyId, role, workerId)).andExpect(status().isCreated());
        api.token(username, "long-enough");
        return username;
    }

    /** A certified welder and guardian with users of their own, and a fresh QR checkpoint at TF-01. */
    public record Crew(String welder, String welderUser, String guardian, String guardianUser, String checkpoint,
            String checkpointId, String secret) {}

    public Crew crew(String welderName, String guardianName) throws Exception {
        String welder = worker(welderName, "2.1");
        String guardian = worker(guardianName, "GUARDIAN");
        String checkpoint = cn.anzuo.support.Unique.code("GATE");
        var created = api.post("admin", "/api/v1/sites/{id}/checkpoints",
                "{\"code\":\"%s\",\"kind\":\"QR\"}".formatted(checkpoint), siteId).andExpect(status().isCreated());
        return new Crew(welder, linkedUser(welder, "WORKER"), guardian, linkedUser(guardian, "GUARDIAN"), checkpoint,
                ApiClient.read(created, "$.id"), ApiClient.read(created, "$.secret"));
    }

    /** TF-01's position: a check-in here is inside its fence. */
    public static final double SITE_LAT = 32.263150;
    public static final double SITE_LON = 118.791540;
    public static final String PASSING_GAS = "[{\"gas\":\"CH4\",\"value\":0.3,\"unit\":\"PCT_VOL\"},{\"gas\":\"O2\","
            + "\"value\":20.9,\"unit\":\"PCT_VOL\"},{\"gas\":\"H2S\",\"value\":2,\"unit\":\"MG_M3\"}]";

    /** An ACTIVE permit and the crew on it. */
    public record ActiveWork(String permitId, Crew crew) {}

    /**
     * A level-2 hot work at TF-01 made ACTIVE the way the site does it: submitted 5 minutes ahead, approved, a passing
     * analysis, the shift check, welder and guardian checked in by QR, started by the guardian at the planned start
     * (the clock is moved on 5 minutes).
     */
    public ActiveWork activeHotWork(cn.anzuo.support.MutableClock clock, String welderName, String guardianName)
            throws Exception {
        ActiveWork ready = readyHotWork(clock, welderName, guardianName);
        api.post(ready.crew().guardianUser(), "/api/v1/permits/{id}/start", "", ready.permitId())
                .andExpect(jsonPath("$.status").value("ACTIVE"));
        return ready;
    }

    /** The same permit at its planned start with everything done but the start: still APPROVED. */
    public ActiveWork readyHotWork(cn.anzuo.support.MutableClock clock, String welderName, String guardianName)
            throws Exception {
        Crew crew = crew(welderName, guardianName);
        OffsetDateTime start = clock.instant().plus(java.time.Duration.ofMinutes(5)).atOffset(java.time.ZoneOffset.ofHours(8));
        String id = ApiClient.read(api.post("leader", "/api/v1/permits",
                request("HOT_WORK", "LEVEL_2", start, start.plusHours(2), crew.welder(), List.of(crew.welder()),
                        crew.guardian(), null)).andExpect(status().isCreated()), "$.id");
        String role = ApiClient.read(api.get("leader", "/api/v1/permits/{id}", id), "$.approvalSteps[0].role");
        api.post(role.equals("UNIT_APPROVER") ? "unit" : role.equals("SAFETY_OFFICER") ? "safety" : "plant",
                "/api/v1/permits/{id}/approvals", "{\"decision\":\"APPROVE\"}", id)
                .andExpect(jsonPath("$.status").value("APPROVED"));
        api.post("analyst", "/api/v1/permits/{id}/gas-tests", """
                {"sampledAt":"%s","samplePoint":"法兰 10 m 内","readings":%s}"""
                .formatted(clock.instant().atOffset(java.time.ZoneOffset.ofHours(8)), PASSING_GAS), id)
                .andExpect(status().isCreated());
        api.post("shift", "/api/v1/permits/{id}/shift-check", "", id).andExpect(status().isOk());
        for (String[] person : List.of(new String[] {crew.welderUser(), crew.welder()},
                new String[] {crew.guardianUser(), crew.guardian()})) {
            api.post(person[0], "/api/v1/permits/{id}/check-ins", """
                    {"workerId":"%s","method":"QR","checkpointCode":"%s","proof":"%s","latitude":%s,"longitude":%s,"accuracyMeters":10}"""
                    .formatted(person[1], crew.checkpoint(),
                            cn.anzuo.permit.onsite.domain.Totp.code(crew.secret(),
                                    cn.anzuo.permit.onsite.domain.Totp.step(clock.instant())), SITE_LAT, SITE_LON), id)
                    .andExpect(status().isCreated());
        }
        clock.advance(java.time.Duration.ofMinutes(5));
        return new ActiveWork(id, crew);
    }

    /**
     * The safety officer acknowledges every alarm of the company still open, as after an evacuation. Tests that raise
     * alarms call it when they end: the demo sites are shared, and an open alarm keeps work there from starting or
     * resuming (API.md "Devices, telemetry, alarms").
     */
    public static void acknowledgeOpenAlarms(ApiClient api) throws Exception {
        List<String> open = JsonPath.read(api.get("safety", "/api/v1/alarms?status=OPEN&size=200")
                .andReturn().getResponse().getContentAsString(), "$.items[*].id");
        for (String alarm : open) {
            api.post("safety", "/api/v1/alarms/{id}/acknowledge", "", alarm);
        }
    }

    /** A weekday that is no holiday, at least a week ahead, with a random spread so tests do not meet. */
    LocalDate workday() {
        LocalDate day = LocalDate.now(SHANGHAI).plusDays(7 + ThreadLocalRandom.current().nextInt(300));
        while (holidays.restDay(UUID.fromString(companyId), day).isPresent()) {
            day = day.plusDays(1);
        }
        return day;
    }

    static OffsetDateTime at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(SHANGHAI).toOffsetDateTime();
    }

    /** Every Annex A measure of the type answered "applicable". */
    public String measures(String type) throws Exception {
        List<String> codes = JsonPath.read(api.get("leader", "/api/v1/catalog/work-types").andReturn().getResponse()
                .getContentAsString(), "$[?(@.type == '" + type + "')].measures[*].code");
        return codes.stream().map(c -> "{\"code\":\"" + c + "\",\"applicable\":true}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    /** A permit request; {@code extra} adds or overrides fields (JSON members without braces). */
    public String request(String type, String level, OffsetDateTime start, OffsetDateTime end, String leader, List<String> workers,
            String guardian, String extra) throws Exception {
        return """
                {"type":"%s","level":%s,"siteId":"%s","location":"T-201 出口管线法兰","content":"更换垫片,电焊",
                 "plannedStart":"%s","plannedEnd":"%s","leaderId":"%s","workerIds":[%s],"guardianId":"%s",
                 "hazards":"可燃气体泄漏、火灾","emergencyMeasures":"配备灭火器 2 具,设警戒区","measures":%s%s}"""
                .formatted(type, level == null ? "null" : "\"" + level + "\"", siteId, start, end, leader,
                        workers.stream().map(w -> "\"" + w + "\"").collect(Collectors.joining(",")), guardian,
                        measures(type), extra == null ? "" : "," + extra);
    }
}
