package cn.anzuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.support.IdNumbers;
import cn.anzuo.support.Unique;
import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A crew with an approved level-2 hot work starting in five minutes at the demo site TF-01, made
 * through the API of a running app: a welder and a guardian with their own logins, a QR checkpoint.
 * For browser tests that need a worker's pages filled (今日作业, 签到, the permit on site).
 */
record SiteCrew(String siteId, String permitId, String welderUser, String guardianUser, String checkpoint,
        String checkpointId) {

    static final String PASSWORD = "long-enough";

    /**
     * A database of its own (in-memory H2, also under the postgres profile) for the phone tests, so their
     * crews do not push the demo workers off the first page of lists that other tests read.
     */
    static final String OWN_DATABASE = "anzuo.db.url=jdbc:h2:mem:anzuo-phone;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    static final Map<String, String> APPROVER_OF = Map.of("UNIT_APPROVER", "unit", "SAFETY_OFFICER", "safety",
            "PLANT_LEADER", "plant", "DEPT_APPROVER", "dept");

    static SiteCrew withApprovedHotWork(int port, String prefix) throws Exception {
        Api api = new Api(port);
        String admin = api.token("admin", "anzuo-demo");
        String safety = api.token("safety", "anzuo-demo");
        String leader = api.token("leader", "anzuo-demo");
        String companyId = JsonPath.read(api.call("GET", leader, "/api/v1/me", null), "$.companyId");
        List<String> sites = JsonPath.read(api.call("GET", leader, "/api/v1/sites", null), "$.items[?(@.code == 'TF-01')].id");
        String siteId = sites.getFirst();
        String welder = api.worker(safety, companyId, prefix + "焊工", "2.1");
        String guardian = api.worker(safety, companyId, prefix + "监护", "GUARDIAN");
        String welderUser = api.user(admin, companyId, welder, "WORKER");
        String guardianUser = api.user(admin, companyId, guardian, "GUARDIAN");
        String checkpoint = Unique.code("GATE");
        String checkpointId = JsonPath.read(api.call("POST", admin, "/api/v1/sites/" + siteId + "/checkpoints",
                "{\"code\":\"%s\",\"kind\":\"QR\"}".formatted(checkpoint)), "$.id");
        List<String> measures = JsonPath.read(api.call("GET", leader, "/api/v1/catalog/work-types", null),
                "$[?(@.type == 'HOT_WORK')].measures[*].code");
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusMinutes(5).truncatedTo(ChronoUnit.SECONDS);
        String leaderWorker = api.worker(safety, companyId, prefix + "负责人", "2.1");
        String permitId = JsonPath.read(api.call("POST", leader, "/api/v1/permits", """
                {"type":"HOT_WORK","level":"LEVEL_2","siteId":"%s","location":"T-201 出口管线法兰","content":"更换垫片,电焊",
                 "plannedStart":"%s","plannedEnd":"%s","leaderId":"%s","workerIds":["%s"],"guardianId":"%s",
                 "hazards":"可燃气体泄漏、火灾","emergencyMeasures":"配备灭火器 2 具,设警戒区","measures":%s}"""
                .formatted(siteId, start, start.plusMinutes(115), leaderWorker, welder, guardian,
                        measures.stream().map(c -> "{\"code\":\"" + c + "\",\"applicable\":true}")
                                .collect(Collectors.joining(",", "[", "]")))), "$.id");
        String role = JsonPath.read(api.call("GET", leader, "/api/v1/permits/" + permitId, null), "$.approvalSteps[0].role");
        api.call("POST", api.token(APPROVER_OF.get(role), "anzuo-demo"), "/api/v1/permits/" + permitId + "/approvals",
                "{\"decision\":\"APPROVE\"}");
        return new SiteCrew(siteId, permitId, welderUser, guardianUser, checkpoint, checkpointId);
    }

    /** The JSON API of the app under test, over a real port. */
    record Api(int port, HttpClient http) {

        Api(int port) {
            this(port, HttpClient.newHttpClient());
        }

        String call(String method, String token, String path, String json) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/json")
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isLessThan(300);
            return response.body();
        }

        String token(String username, String password) throws Exception {
            return JsonPath.read(call("POST", null, "/api/v1/auth/token",
                    "{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password)), "$.token");
        }

        String worker(String safety, String companyId, String name, String item) throws Exception {
            String idNumber = IdNumbers.random();
            String id = JsonPath.read(call("POST", safety, "/api/v1/workers",
                    "{\"companyId\":\"%s\",\"name\":\"%s\",\"idNumber\":\"%s\"}".formatted(companyId, name, idNumber)), "$.id");
            String regime = item.equals("GUARDIAN") ? "GUARDIAN" : "SPECIAL_OPERATION";
            String number = regime.equals("SPECIAL_OPERATION") ? "T" + idNumber : "JH-" + idNumber.substring(14);
            call("POST", safety, "/api/v1/workers/" + id + "/certificates", """
                    {"regime":"%s","itemCode":"%s","number":"%s","issuedOn":"2025-06-01","expiresOn":"2035-06-01","reviewDueOn":"2035-06-01"}"""
                    .formatted(regime, item, number));
            return id;
        }

        String user(String admin, String companyId, String workerId, String role) throws Exception {
            String username = Unique.username("walk");
            call("POST", admin, "/api/v1/users", """
                    {"username":"%s","password":"%s","displayName":"现场","companyId":"%s","roles":["%s"],"workerId":"%s"}"""
                    .formatted(username, PASSWORD, companyId, role, workerId));
            return username;
        }
    }
}
