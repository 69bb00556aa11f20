package cn.anzuo.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/** The inbox badge is live: a notice committed for a user reaches that user's open stream, not another's. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "anzuo.demo.enabled=true")
@Import(cn.anzuo.support.TestClockConfig.class)
class InboxStreamTest {

    @LocalServerPort int port;
    @Autowired Notifications notifications;
    @Autowired TransactionTemplate transaction;
    @Autowired cn.anzuo.organization.Organization organization;

    @Test
    void a_committed_notice_is_pushed_to_its_users_stream() throws Exception {
        cn.anzuo.support.HttpApi api = new cn.anzuo.support.HttpApi(port);
        String cookie = login("worker");
        UUID worker = UUID.fromString(api.get("worker", "/api/v1/me").path("id").asString());
        UUID company = UUID.fromString(api.get("worker", "/api/v1/me").path("companyId").asString());
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/inbox/stream"))
                .header("Cookie", cookie).header("Accept", "text/event-stream").build();
        var future = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(lines::add));
        await().atMost(Duration.ofSeconds(10)).until(() -> lines.stream().anyMatch(l -> l.contains("connected")));
        transaction.executeWithoutResult(status -> notifications.notify(new Notice(Set.of(worker), company, "TEST_LIVE",
                "notification.alarm1.title", "notification.alarm1.body", List.of("A", "B", "C", "1", "2"), null, null)));
        await().atMost(Duration.ofSeconds(10)).until(() -> lines.stream().anyMatch(l -> l.equals("event:inbox")));
        future.cancel(true);
        assertThat(lines).contains("event:inbox");
    }

    private String login(String user) throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String session = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String csrf = page.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Cookie", session).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + ApiClient.DEMO_PASSWORD
                        + "&_csrf=" + csrf)).build(), HttpResponse.BodyHandlers.ofString());
        return login.headers().firstValue("Set-Cookie").map(c -> c.split(";")[0]).orElse(session);
    }
}
