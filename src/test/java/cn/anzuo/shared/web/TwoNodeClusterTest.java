package cn.anzuo.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.anzuo.briefing.domain.MorningBriefings;
import cn.anzuo.notification.Notice;
import cn.anzuo.notification.Notifications;
import cn.anzuo.support.ClusterNodes;
import cn.anzuo.support.MutableClock;
import cn.anzuo.support.TestClockConfig;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 16: two whole Anzuo nodes (two application contexts, two ports) on one PostgreSQL, as behind a load balancer
 * without sticky sessions. A token from node A works on node B; a session signed in on A serves B's live stream, and
 * an inbox item stored on A reaches that stream on B (PostgreSQL LISTEN/NOTIFY, ADR 0081); the double-submit guard
 * holds across the nodes (ADR 0082); the morning briefing job, run by both nodes at once, sends once (ADR 0066).
 *
 * <p>Needs PostgreSQL: it runs in the PostgreSQL pass of .ci/run ({@code ANZUO_DB_URL}), in a schema of its own
 * ({@code twonode}, made afresh) so that it shares nothing with the suite's context, and on a notification channel of
 * its own. On H2 there is no fan-out (one process) and it is skipped.
 */
class TwoNodeClusterTest {

    static final String SCHEMA = "twonode";
    static final String PASSWORD = "Cluster-2026!";
    static final String TOKEN_SECRET = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    static final Duration WAIT = Duration.ofSeconds(15);

    static final ClusterNodes nodes = new ClusterNodes();
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;
    static JdbcClient jdbc;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void twoNodes() throws Exception {
        String url = Optional.ofNullable(System.getenv("ANZUO_DB_URL")).orElse("");
        assumeTrue(url.startsWith("jdbc:postgresql:"), "needs PostgreSQL (ANZUO_DB_URL): the cross-node live stream is "
                + "LISTEN/NOTIFY; runs in the PostgreSQL pass of .ci/run");
        String user = System.getenv("ANZUO_DB_USERNAME");
        String password = System.getenv("ANZUO_DB_PASSWORD");
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
            statement.execute("create schema " + SCHEMA);
        }
        String[] settings = {
            "--anzuo.db.url=" + url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA,
            "--spring.datasource.username=" + user,
            "--spring.datasource.password=" + password,
            "--anzuo.security.token-secret=" + TOKEN_SECRET,
            "--anzuo.live.fan-out.channel=anzuo_twonode_test"};
        Class<?>[] clock = {TestClockConfig.class};
        a = nodes.start(clock, settings); // one after the other: the first migrates the schema
        b = nodes.start(clock, settings);
        jdbc = a.getBean(JdbcClient.class);
        await().atMost(WAIT).until(() -> a.getBean(PostgresLiveFanOut.class).listening()
                && b.getBean(PostgresLiveFanOut.class).listening());
    }

    @AfterAll
    static void stopNodes() {
        nodes.close();
    }

    @Test
    void a_token_from_node_a_works_on_node_b() throws Exception {
        Plant plant = new Plant("safety-officer");
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(uri(a, "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"%s\",\"password\":\"%s\"}".formatted(plant.username, PASSWORD)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).isEqualTo(200);
        String bearer = token.body().replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");

        HttpResponse<String> me = http.send(HttpRequest.newBuilder(uri(b, "/api/v1/me"))
                .header("Authorization", "Bearer " + bearer).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains(plant.username);
    }

    @Test
    void an_inbox_item_stored_on_node_a_reaches_the_live_stream_on_node_b() throws Exception {
        Plant plant = new Plant("safety-officer");
        String session = signIn(a, plant.username); // the session is in the database: node B knows it
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpResponse<Stream<String>> stream = http.sendAsync(HttpRequest.newBuilder(uri(b, "/live"))
                .header("Cookie", session).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines()).get(20, TimeUnit.SECONDS);
        assertThat(stream.statusCode()).isEqualTo(200);
        Thread reader = Thread.ofVirtual().start(() -> stream.body().forEach(lines::add));
        try {
            assertThat(next(lines, "event:hello")).isTrue();
            a.getBean(Notifications.class).notify(new Notice(Set.of(plant.userId), plant.companyId, "CLUSTER_TEST",
                    "app.name", "app.tagline", List.of(), null, null));
            UUID item = jdbc.sql("select id from notification where user_id = ?").param(plant.userId)
                    .query(UUID.class).single();

            assertThat(next(lines, "event:inbox")).as("the hint of node A on node B's stream").isTrue();
            assertThat(lines.poll(5, TimeUnit.SECONDS)).isEqualTo("data:" + item);
            // node A's own pages had it at the commit; node B delivers it once, not again when its notice comes back
            assertThat(next(lines, "event:inbox", Duration.ofMillis(700))).isFalse();
        } finally {
            stream.body().close();
            reader.interrupt();
        }
    }

    @Test
    void a_form_submitted_on_both_nodes_at_once_creates_one_record() throws Exception {
        UUID user = UUID.randomUUID();
        String form = UUID.randomUUID().toString();
        AtomicInteger created = new AtomicInteger();
        List<SubmittedForms.Submitted<UUID>> results = ClusterNodes.atOnce(List.of(a, b),
                node -> () -> node.getBean(SubmittedForms.class).once(user, form, () -> {
                    created.incrementAndGet();
                    sleep(300); // holds the claim while the other node tries
                    return UUID.randomUUID();
                }, id -> id));
        assertThat(created).hasValue(1);
        assertThat(results.get(0).id()).isEqualTo(results.get(1).id());
        assertThat(results.stream().filter(r -> r.created() != null)).hasSize(1);
    }

    @Test
    void a_refused_submit_on_one_node_leaves_the_form_open_on_the_other() {
        UUID user = UUID.randomUUID();
        String form = UUID.randomUUID().toString();
        try {
            a.getBean(SubmittedForms.class).once(user, form, () -> {
                throw new IllegalStateException("refused");
            }, (UUID id) -> id);
        } catch (IllegalStateException refused) {
            // the claim rolled back with it
        }
        UUID id = UUID.randomUUID();
        SubmittedForms.Submitted<UUID> again = b.getBean(SubmittedForms.class).once(user, form, () -> id, x -> x);
        assertThat(again.created()).isEqualTo(id);
    }

    @Test
    void the_morning_briefing_run_by_both_nodes_at_once_is_sent_once() throws Exception {
        List<UUID> companies = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Plant plant = new Plant("safety-officer");
            plant.user("PLANT_LEADER");
            companies.add(plant.companyId);
        }
        Instant morning = Instant.parse("2026-11-30T23:45:00Z"); // 07:45 in Shanghai
        a.getBean(MutableClock.class).fixAt(morning);
        b.getBean(MutableClock.class).fixAt(morning);
        try {
            int sent = ClusterNodes.atOnce(List.of(a, b), node -> () -> node.getBean(MorningBriefings.class)
                    .sendDue(companies)).stream().mapToInt(List::size).sum();
            assertThat(sent).isEqualTo(companies.size());
            for (UUID company : companies) {
                assertThat(jdbc.sql("select count(*) from daily_briefing where company_id = ?").param(company)
                        .query(Long.class).single()).isOne();
                assertThat(jdbc.sql("select count(*) from notification where company_id = ? and kind = 'DAILY_BRIEFING'")
                        .param(company).query(Long.class).single()).isEqualTo(2);
            }
        } finally {
            a.getBean(MutableClock.class).reset();
            b.getBean(MutableClock.class).reset();
        }
    }

    /** Signs in through the login form of the node; returns the session cookie ({@code SESSION=…}). */
    private String signIn(ConfigurableApplicationContext node, String username) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri(node, "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(csrf.find()).as("the login form's CSRF token").isTrue();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri(node, "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie(page))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return cookie(login);
    }

    private static String cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    private static boolean next(BlockingQueue<String> lines, String wanted) throws InterruptedException {
        return next(lines, wanted, WAIT);
    }

    /** Reads lines until {@code wanted}; false when it did not come within {@code wait}. */
    private static boolean next(BlockingQueue<String> lines, String wanted, Duration wait) throws InterruptedException {
        long until = System.nanoTime() + wait.toNanos();
        for (long left = wait.toNanos(); left > 0; left = until - System.nanoTime()) {
            String line = lines.poll(left, TimeUnit.NANOSECONDS);
            if (wanted.equals(line)) {
                return true;
            }
        }
        return false;
    }

    private static URI uri(ConfigurableApplicationContext node, String path) {
        return URI.create("http://localhost:" + node.getBean(Environment.class).getProperty("local.server.port") + path);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A company in Shanghai with a site and one user of {@code role}, who signs in with {@link #PASSWORD}. */
    static final class Plant {

        final UUID companyId = UUID.randomUUID();
        final UUID userId;
        final String username;

        Plant(String firstUser) {
            jdbc.sql("insert into company (id, code, name, time_zone, expiry_reminder_days, created_at, version) "
                            + "values (?, ?, '双节点', 'Asia/Shanghai', 15, current_timestamp, 0)")
                    .params(companyId, "TN" + companyId.toString().substring(0, 8).toUpperCase()).update();
            username = firstUser + "-" + companyId.toString().substring(0, 8);
            userId = user(username, "SAFETY_OFFICER");
        }

        UUID user(String role) {
            return user(role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8), role);
        }

        private UUID user(String name, String role) {
            UUID id = UUID.randomUUID();
            jdbc.sql("insert into app_user (id, username, password_hash, display_name, company_id, enabled, created_at, "
                            + "version) values (?, ?, ?, '用户', ?, true, current_timestamp, 0)")
                    .params(id, name, a.getBean(PasswordEncoder.class).encode(PASSWORD), companyId).update();
            jdbc.sql("insert into app_user_role (app_user, role) values (?, ?)").params(id, role).update();
            return id;
        }
    }
}
