package cn.anzuo.load;

import com.jayway.jsonpath.JsonPath;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sign-ins and look-ups done once before a simulation, outside the measured traffic: password hashing is
 * deliberately slow (BCrypt), so virtual users reuse a few bearer tokens and sessions instead of signing in
 * each time, as real phones do. The app's URL is {@code -Danzuo.url} (default http://localhost:8080).
 */
final class Anzuo {

    static final String URL = System.getProperty("anzuo.url", "http://localhost:8080");
    static final String PASSWORD = System.getProperty("anzuo.password", "anzuo-demo");
    /** Who signs in: the demo plant's people by default, {@code -Dload.leader=bulk-001-leader} etc. for a bulk group. */
    static final String LEADER = System.getProperty("load.leader", "leader");
    static final String APPROVER = System.getProperty("load.approver", "unit");
    static final String OFFICER = System.getProperty("load.officer", "safety");
    /** The site worked at, by code ({@code -Dload.site}; TF-01 of the demo plant). */
    static final String SITE = System.getProperty("load.site", "TF-01");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private Anzuo() {}

    /** A bearer token of the user ({@code POST /api/v1/auth/token}). */
    static String token(String username) {
        String body = "{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, PASSWORD);
        String answer = send(HttpClient.newHttpClient(), HttpRequest.newBuilder(URI.create(URL + "/api/v1/auth/token"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        return JsonPath.read(answer, "$.token");
    }

    /** A signed-in browser session of the user: the {@code Cookie} header value (form login with CSRF). */
    static String session(String username) {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String page = send(client, HttpRequest.newBuilder(URI.create(URL + "/login")).build());
        Matcher csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on /login");
        }
        String form = "username=" + enc(username) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(csrf.group(1));
        send(client, HttpRequest.newBuilder(URI.create(URL + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        // one page first: signing in drops the CSRF token, and the first page saves a new one in the session; virtual
        // users sharing the session would all save it at once (a duplicate key real, separate sessions never meet)
        send(client, HttpRequest.newBuilder(URI.create(URL + "/")).build());
        List<HttpCookie> jar = cookies.getCookieStore().getCookies();
        // SESSION since sessions moved to the database (ADR 0082); JSESSIONID before
        return jar.stream().filter(c -> c.getName().equals("SESSION") || c.getName().equals("JSESSIONID"))
                .map(c -> c.getName() + "=" + c.getValue())
                .findFirst().orElseThrow(() -> new IllegalStateException("sign-in of " + username + " failed"));
    }

    record Site(String id, String companyId) {}

    /** The site {@link #SITE} as the user sees it. */
    static Site site(String token) {
        String sites = get(token, "/api/v1/sites?size=200");
        String filter = "$.items[?(@.code == '" + SITE + "')].";
        return new Site(JsonPath.<List<String>>read(sites, filter + "id").getFirst(),
                JsonPath.<List<String>>read(sites, filter + "companyId").getFirst());
    }

    /** GET with a bearer token, the JSON answer. */
    static String get(String token, String path) {
        return send(HttpClient.newHttpClient(), HttpRequest.newBuilder(URI.create(URL + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").build());
    }

    /** POST JSON with a bearer token, the JSON answer. */
    static String post(String token, String path, String json) {
        return send(HttpClient.newHttpClient(), HttpRequest.newBuilder(URI.create(URL + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /**
     * A new worker of the company holding a certificate of the item (an operation item such as {@code 2.1}, or
     * {@code GUARDIAN}) valid for ten years, registered by the safety officer; its id.
     */
    static String certifiedWorker(String safetyToken, String companyId, String name, String item) {
        String idNumber = idNumber();
        String id = JsonPath.read(post(safetyToken, "/api/v1/workers", """
                {"companyId":"%s","name":"%s","idNumber":"%s"}""".formatted(companyId, name, idNumber)), "$.id");
        boolean guardian = item.equals("GUARDIAN");
        post(safetyToken, "/api/v1/workers/" + id + "/certificates", """
                {"regime":"%s","itemCode":"%s","number":"%s","issuedOn":"2025-06-01","expiresOn":"2035-06-01",
                 "reviewDueOn":"2035-06-01"}""".formatted(guardian ? "GUARDIAN" : "SPECIAL_OPERATION", item,
                (guardian ? "JH-" : "T") + idNumber));
        return id;
    }

    /** A random resident ID number (region 110101, born 1970–1999) with its GB 11643 check digit. */
    static String idNumber() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        String first17 = "110101" + java.time.LocalDate.of(1970, 1, 1).plusDays(random.nextInt(10_950))
                .format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "%03d".formatted(random.nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String send(HttpClient client, HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 400) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("is the app running at " + URL + "? " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
