package cn.anzuo.permit.onsite;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.AnzuoApplication;
import cn.anzuo.permit.PermitStarted;
import com.jayway.jsonpath.JsonPath;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The live site board over server-sent events, on a real server of its own (so that it can be shut
 * down): a viewer who closes the board is no ERROR, and shutdown does not wait for open boards.
 */
@ExtendWith(OutputCaptureExtension.class)
class SiteBoardStreamTest {

    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void a_viewer_who_leaves_is_no_error_and_shutdown_does_not_wait_for_open_boards(CapturedOutput output)
            throws Exception {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(AnzuoApplication.class)
                .properties("server.port=0", "anzuo.demo.enabled=true", "anzuo.scheduling.enabled=false")
                .run();
        boolean closed = false;
        try {
            String base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
            String token = JsonPath.read(http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"safety\",\"password\":\"anzuo-demo\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body(), "$.token");
            String sites = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/sites"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body();
            UUID siteId = UUID.fromString(JsonPath.<List<String>>read(sites, "$.items[?(@.code == 'TF-01')].id").getFirst());
            UUID companyId = UUID.fromString(JsonPath.<List<String>>read(sites, "$.items[?(@.code == 'TF-01')].companyId").getFirst());
            signIn(base, "safety");

            // A viewer opens the board and leaves; the next changes of the site's permits find the stream closed.
            int before = output.getAll().length();
            InputStream leaving = openBoard(base, siteId);
            leaving.close();
            for (int i = 0; i < 5; i++) {
                app.publishEvent(new PermitStarted(UUID.randomUUID(), companyId, siteId, "DH-TEST", Instant.now(), cn.anzuo.permit.Actor.system("TEST"), null));
                Thread.sleep(200);
            }
            assertThat(output.getAll().substring(before)).doesNotContain("Unexpected failure").doesNotContain("ERROR");

            // Another viewer keeps the board open: a change of the site's permits reaches it as a refresh hint, and
            // the server shuts down while it is still open.
            InputStream staying = openBoard(base, siteId);
            UUID started = UUID.randomUUID();
            app.publishEvent(new PermitStarted(started, companyId, siteId, "DH-TEST", Instant.now(), cn.anzuo.permit.Actor.system("TEST"), null));
            BufferedReader hints = new BufferedReader(new InputStreamReader(staying, StandardCharsets.UTF_8));
            assertThat(hints.readLine()).isEqualTo("event:refresh");
            assertThat(hints.readLine()).isEqualTo("data:" + started);
            long start = System.nanoTime();
            app.close();
            closed = true;
            Duration shutdown = Duration.ofNanos(System.nanoTime() - start);
            staying.close();
            assertThat(shutdown).as("shutdown with an open board").isLessThan(Duration.ofSeconds(10));
        } finally {
            if (!closed) {
                app.close();
            }
        }
    }

    void signIn(String base, String username) throws Exception {
        String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).isTrue();
        String form = "username=" + username + "&password=anzuo-demo&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    InputStream openBoard(String base, UUID siteId) throws Exception {
        HttpResponse<InputStream> stream = http.send(HttpRequest.newBuilder(URI.create(base + "/live?site=" + siteId))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        BufferedReader reader = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
        assertThat(reader.readLine()).isEqualTo("event:hello");
        return stream.body();
    }
}
