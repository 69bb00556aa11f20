package cn.anzuo.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.support.ApiClient;
import cn.anzuo.support.IdNumbers;
import cn.anzuo.support.RawHttp;
import cn.anzuo.support.RawHttp.Response;
import cn.anzuo.support.TestClockConfig;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Bad input is never a 500, and every refusal — ours, the firewall's or the container's — is a problem
 * document with a {@code code}. One test per class of bad input found in the hardening review, over
 * real HTTP (the container and the firewall are not in MockMvc).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"anzuo.demo.enabled=true", "anzuo.scheduling.enabled=false"})
@Import(TestClockConfig.class)
class BadInputTest {

    @LocalServerPort int port;
    String admin;
    String safety;

    @BeforeEach
    void tokens() throws Exception {
        admin = token("admin");
        safety = token("safety");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/workers", "/api/v1/certificates", "/api/v1/companies", "/api/v1/sites", "/api/v1/permits",
        "/api/v1/notifications"})
    void a_huge_page_number_is_an_empty_page_on_every_list(String list) throws Exception {
        Response answer = get(list + "?page=2147483647&size=200", admin);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.body()).contains("\"items\":[]");
    }

    @Test
    void dates_at_the_edges_of_java_time_are_malformed_requests() throws Exception {
        assertProblem(get("/api/v1/permits?from=%2B999999999-12-31T23:59:59Z", admin), 400);
        assertProblem(get("/api/v1/permits?to=-999999999-01-01T00:00:00Z", admin), 400);
        String worker = newWorker();
        for (String date : List.of("+999999999-12-31", "-999999999-01-01", "9999-01-01")) {
            assertProblem(post("/api/v1/workers/" + worker + "/certificates", safety, """
                    {"regime":"SPECIAL_EQUIPMENT","itemCode":"Q2","number":"TS-1","issuedOn":"2024-01-01","expiresOn":"%s"}
                    """.formatted(date)), 400);
        }
    }

    @Test
    void numbers_larger_than_their_columns_are_refused() throws Exception {
        assertProblem(post("/api/v1/permits", token("leader"), permitJson("\"heightMeters\":1e12")), 422);
        assertProblem(post("/api/v1/permits", token("leader"), permitJson("\"loadTonnes\":123456789012345")), 422);
    }

    @Test
    void null_items_inside_arrays_are_malformed_requests() throws Exception {
        assertProblem(post("/api/v1/permits", token("leader"), permitJson("\"workerIds\":[null]")), 400);
        assertProblem(post("/api/v1/permits", token("leader"), permitJson("\"measures\":[null]")), 400);
        assertProblem(post("/api/v1/permits", token("leader"), permitJson("\"hazardFactors\":[null]")), 400);
    }

    @Test
    void invalid_percent_encoding_in_the_query_string_is_refused_as_a_problem() throws Exception {
        assertRefused(get("/api/v1/workers?q=%zz", admin));
        assertRefused(get("/api/v1/workers?q=%E4%B8", admin));
        assertRefused(get("/api/v1/workers?%=1", admin));
    }

    @Test
    void a_broken_multipart_body_is_a_malformed_request() throws Exception {
        Map<String, String> headers = Map.of("Authorization", "Bearer " + safety,
                "Content-Type", "multipart/form-data; boundary=XYZ");
        for (String body : List.of("--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlsx\"\r\n\r\nabc",
                "garbage", "--XYZ--")) {
            assertRefused(RawHttp.send(port, "POST", "/api/v1/ledger/imports", headers, body.getBytes(StandardCharsets.UTF_8)));
            assertRefused(RawHttp.send(port, "POST", "/api/v1/files", headers, body.getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void concurrent_duplicate_creations_are_conflicts_not_failures() throws Exception {
        String company = companyOf(admin);
        for (int round = 0; round < 3; round++) {
            String code = "DUP-" + UUID.randomUUID().toString().substring(0, 8);
            String site = """
                    {"companyId":"%s","code":"%s","name":"重复","latitude":32.2,"longitude":119.4,"radiusMeters":100,"hazardArea":true}
                    """.formatted(company, code);
            List<Response> answers = concurrently(8, () -> post("/api/v1/sites", admin, site));
            assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(1);
            answers.stream().filter(a -> a.status() != 201).forEach(a -> assertProblem(a, 409));

            String id = IdNumbers.next();
            String worker = """
                    {"companyId":"%s","name":"重复","idNumber":"%s"}
                    """.formatted(company, id);
            List<Response> workers = concurrently(8, () -> post("/api/v1/workers", admin, worker));
            assertThat(workers).filteredOn(a -> a.status() == 201).hasSize(1);
            workers.stream().filter(a -> a.status() != 201).forEach(a -> assertProblem(a, 409));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/..%2Fworkers", "/api/v1/workers;x=1", "//api/v1/workers", "/api/v1/workers%00",
        "/api/v1/%2e%2e/workers", "/api/v1/workers/%252e%252e", "/api/v1/workers\\x"})
    void firewall_refusals_are_problems(String target) throws Exception {
        assertRefused(get(target, admin));
    }

    @Test
    void a_very_long_url_is_refused_as_a_problem() throws Exception {
        assertRefused(get("/api/v1/workers?q=" + "a".repeat(20_000), admin));
    }

    @ParameterizedTest
    @ValueSource(strings = {"TRACE", "TRACK", "CONNECT", "PROPFIND"})
    void unusual_methods_are_refused_as_problems(String method) throws Exception {
        assertRefused(RawHttp.send(port, method, "/api/v1/workers", Map.of("Authorization", "Bearer " + admin), null));
    }

    @Test
    void the_session_cookie_is_same_site_and_http_only() throws Exception {
        Response login = RawHttp.send(port, "GET", "/login", Map.of("Accept", "text/html"), null);
        assertThat(login.header("set-cookie")).contains("SESSION=").containsIgnoringCase("SameSite=Lax").contains("HttpOnly");
    }

    @Test
    void the_session_cookie_is_secure_behind_a_tls_proxy() throws Exception {
        Response login = RawHttp.send(port, "GET", "/login", Map.of("Accept", "text/html", "X-Forwarded-Proto", "https"), null);
        assertThat(login.header("set-cookie")).contains("SESSION=").contains("Secure");
    }

    @Test
    void a_500_character_file_name_is_not_too_large() throws Exception {
        String name = "证".repeat(496) + ".pdf";
        String boundary = "B" + UUID.randomUUID();
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 test\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        Response answer = RawHttp.send(port, "POST", "/api/v1/files",
                Map.of("Authorization", "Bearer " + safety, "Content-Type", "multipart/form-data; boundary=" + boundary), body);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    }

    // ---------------------------------------------------------------- helpers

    static void assertProblem(Response answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.isProblemWithCode()).as(answer.toString()).isTrue();
    }

    static void assertRefused(Response answer) {
        assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
        assertThat(answer.isProblemWithCode()).as(answer.toString()).isTrue();
    }

    Response get(String target, String token) throws Exception {
        return RawHttp.send(port, "GET", target, Map.of("Authorization", "Bearer " + token, "Accept", "application/json"), null);
    }

    Response post(String target, String token, String json) throws Exception {
        return RawHttp.send(port, "POST", target, Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json",
                "Accept", "application/json"), json.getBytes(StandardCharsets.UTF_8));
    }

    String token(String user) throws Exception {
        Response answer = RawHttp.send(port, "POST", "/api/v1/auth/token", Map.of("Content-Type", "application/json"),
                ("{\"username\":\"" + user + "\",\"password\":\"" + ApiClient.DEMO_PASSWORD + "\"}").getBytes(StandardCharsets.UTF_8));
        return field(answer.body(), "token");
    }

    String companyOf(String token) throws Exception {
        return field(get("/api/v1/me", token).body(), "companyId");
    }

    String newWorker() throws Exception {
        Response created = post("/api/v1/workers", safety, """
                {"companyId":"%s","name":"边界","idNumber":"%s"}
                """.formatted(companyOf(safety), IdNumbers.next()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return field(created.body(), "id");
    }

    /** A permit body that is complete except for the one bad field. */
    static String permitJson(String bad) {
        String base = """
                {"type":"HEIGHT","siteId":"%s","location":"L","content":"C","plannedStart":"2030-01-01T09:00:00+08:00",
                 "plannedEnd":"2030-01-01T11:00:00+08:00","leaderId":"%s","workerIds":["%s"],"guardianId":"%s",
                 "heightMeters":12,"loadTonnes":5,"measures":[],"hazardFactors":[]}
                """.formatted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        String name = bad.substring(0, bad.indexOf(':'));
        return base.replaceAll(java.util.regex.Pattern.quote(name) + ":(\\[[^\\]]*\\]|[^,}]+)", java.util.regex.Matcher.quoteReplacement(bad));
    }

    static String field(String json, String name) {
        var m = java.util.regex.Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return m.group(1);
    }

    static List<Response> concurrently(int n, Callable<Response> call) throws Exception {
        List<Response> answers = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(n)) {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(call));
            }
            for (Future<Response> f : futures) {
                answers.add(f.get());
            }
        }
        return answers;
    }
}
