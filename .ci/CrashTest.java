// Crash safety, run by .ci/crash-test.sh with `java .ci/CrashTest.java` (JDK 21+, no dependencies).
//
//   crash:  start the app, drive concurrent writes (POST /api/v1/sites, one row each), kill it with
//           SIGKILL while the writes run, restart it on the same data and check that every write
//           answered 201 is there, that no code is there twice and that nothing appeared that was
//           never sent. Repeated --rounds times. Then an alarm's robot message pending at a kill must be
//           delivered after the restart (a local robot server stands in for DingTalk).
//   bench:  start the app once per JDBC URL given with --url, warm up, then time --repeats batches of
//           --writes writes each and print min / median / max (writes per second), side by side.
//
// Only loopback traffic; every loop is bounded; the app is always killed at the end.
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class CrashTest {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]*)\"");

    final Map<String, String> options;
    final Path jar;
    final Path workDir;
    final String user;
    final String password;
    Process app;
    int port;
    int starts;

    CrashTest(Map<String, String> options) {
        this.options = options;
        this.jar = Path.of(options.getOrDefault("jar", "target/anzuo-0.1.0-SNAPSHOT.jar")).toAbsolutePath();
        this.workDir = Path.of(options.getOrDefault("dir", "target/crash-test")).toAbsolutePath();
        this.user = options.getOrDefault("user", "admin");
        this.password = options.getOrDefault("password", "anzuo-demo");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        List<String> urls = new ArrayList<>();
        for (String arg : args) {
            String[] kv = arg.replaceFirst("^--", "").split("=", 2);
            if (kv[0].equals("url")) {
                urls.add(kv[1]);
            } else {
                options.put(kv[0], kv.length > 1 ? kv[1] : "true");
            }
        }
        CrashTest test = new CrashTest(options);
        // `timeout` (in crash-test.sh) ends this JVM with SIGTERM: take the app down with it.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (test.app != null) {
                test.app.destroyForcibly();
            }
        }));
        int status;
        try {
            status = options.containsKey("bench") ? test.bench(urls) : test.crash();
        } finally {
            test.kill();
        }
        System.exit(status);
    }

    // ---------------------------------------------------------------- crash

    int crash() throws Exception {
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "2"));
        long writeMillis = Long.parseLong(options.getOrDefault("write-seconds", "8")) * 1000;
        int threads = Integer.parseInt(options.getOrDefault("threads", "8"));
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Set<String> sent = ConcurrentHashMap.newKeySet();
        Files.createDirectories(workDir);
        start(List.of());
        int failures = 0;
        for (int round = 1; round <= rounds; round++) {
            String token = token();
            String company = companyId(token);
            int before = acknowledged.size();
            AtomicBoolean stop = new AtomicBoolean();
            try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int t = 0; t < threads; t++) {
                    String prefix = "K" + round + "-" + t + "-";
                    pool.submit(() -> {
                        for (int i = 0; i < 100_000 && !stop.get(); i++) {
                            String code = prefix + i;
                            sent.add(code);
                            try {
                                HttpResponse<String> answer = post("/api/v1/sites", token, siteJson(company, code));
                                if (answer.statusCode() == 201) {
                                    acknowledged.add(code);
                                } else {
                                    System.out.println("unexpected answer " + answer.statusCode() + " " + answer.body());
                                }
                            } catch (IOException e) {
                                return; // the app is gone
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    });
                }
                Thread.sleep(writeMillis);
                System.out.printf("round %d: %d writes acknowledged, killing the app with SIGKILL%n", round,
                        acknowledged.size() - before);
                kill(); // SIGKILL while the writers are running
                stop.set(true);
            }
            start(List.of());
            List<String> found = siteCodes(token(), company);
            Set<String> unique = new HashSet<>(found);
            Set<String> lost = new HashSet<>(acknowledged);
            lost.removeAll(unique);
            Set<String> invented = new HashSet<>(unique);
            invented.removeIf(code -> !code.startsWith("K") || sent.contains(code));
            int doubled = found.size() - unique.size();
            System.out.printf("round %d: after restart %d acknowledged writes, %d lost, %d doubled, %d never sent%n",
                    round, acknowledged.size(), lost.size(), doubled, invented.size());
            if (!lost.isEmpty()) {
                System.out.println("LOST: " + lost.stream().sorted().limit(20).toList());
            }
            if (acknowledged.size() == before) {
                System.out.println("FAIL: no write was acknowledged in round " + round);
                failures++;
            }
            failures += lost.size() + doubled + invented.size();
        }
        failures += pendingDeliverySurvivesKill();
        System.out.println(failures == 0 ? "CRASH TEST PASSED" : "CRASH TEST FAILED");
        return failures == 0 ? 0 : 1;
    }

    // ---------------------------------------------------------------- a pending channel delivery

    /**
     * An alarm's group-robot message pending when the app is killed is delivered after the restart: the app runs
     * without its jobs (so nothing is sent), a gas reading raises an alarm, the app is killed with SIGKILL right after
     * the 202, and the restarted app (jobs on) must post the message to the local robot within a minute. Whether the
     * kill came before the alarm notice ran (the event publication is republished) or after (the delivery row is
     * there), the message must arrive.
     */
    int pendingDeliverySurvivesKill() throws Exception {
        List<String> robotCalls = Collections.synchronizedList(new ArrayList<>());
        HttpServer robot = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        robot.createContext("/robot/send", exchange -> {
            robotCalls.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] ok = "{\"errcode\":0,\"errmsg\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, ok.length);
            exchange.getResponseBody().write(ok);
            exchange.close();
        });
        robot.start();
        try {
            kill();
            start(List.of("--anzuo.scheduling.enabled=false"));
            String token = token();
            String company = companyId(token);
            HttpResponse<String> site = post("/api/v1/sites", token, siteJson(company, "D-" + System.nanoTime()));
            String device = "crash-gas-" + System.nanoTime();
            HttpResponse<String> registered = post("/api/v1/devices", token, "{\"code\":\"" + device
                    + "\",\"kind\":\"GAS_DETECTOR\",\"siteId\":\"" + field(site.body(), "id") + "\"}");
            HttpResponse<String> channels = put("/api/v1/companies/" + company + "/channels", token,
                    "{\"dingtalk\":{\"webhookUrl\":\"http://127.0.0.1:" + robot.getAddress().getPort()
                            + "/robot/send?access_token=crash\",\"secret\":\"SECcrash\"}}");
            if (registered.statusCode() != 201 || channels.statusCode() != 200) {
                System.out.println("FAIL: delivery set-up: device " + registered.statusCode() + " " + registered.body()
                        + ", channels " + channels.statusCode() + " " + channels.body());
                return 1;
            }
            HttpResponse<String> reading = signedReading(device, field(registered.body(), "secret"),
                    "{\"values\":{\"LEL\":60.0}}");
            kill();
            if (reading.statusCode() != 202) {
                System.out.println("FAIL: the alarm reading was answered " + reading.statusCode() + " " + reading.body());
                return 1;
            }
            System.out.println("delivery: alarm reading accepted, app killed before any job ran; restarting");
            long restarted = System.nanoTime();
            start(List.of());
            for (int i = 0; i < 120 && robotCalls.isEmpty(); i++) {
                Thread.sleep(500);
            }
            if (robotCalls.isEmpty()) {
                System.out.println("FAIL: the pending robot message was not delivered within 60 s of the restart");
                return 1;
            }
            System.out.printf("delivery: robot message delivered %.1f s after the restart (%d call(s))%n",
                    (System.nanoTime() - restarted) / 1e9, robotCalls.size());
            return 0;
        } finally {
            robot.stop(0);
        }
    }

    HttpResponse<String> signedReading(String device, String secret, String body) throws Exception {
        String timestamp = Long.toString(System.currentTimeMillis());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = HexFormat.of().formatHex(
                mac.doFinal((timestamp + "\n" + body).getBytes(StandardCharsets.UTF_8)));
        return HTTP.send(HttpRequest.newBuilder(uri("/api/v1/telemetry")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("X-Device-Code", device)
                .header("X-Timestamp", timestamp).header("X-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    // ---------------------------------------------------------------- bench

    int bench(List<String> urls) throws Exception {
        int repeats = Integer.parseInt(options.getOrDefault("repeats", "5"));
        int writes = Integer.parseInt(options.getOrDefault("writes", "400"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "4"));
        Map<String, List<Double>> results = new java.util.LinkedHashMap<>();
        int setting = 0;
        for (String url : urls) {
            setting++;
            Path dir = workDir.resolve("bench-" + setting);
            Files.createDirectories(dir);
            start(List.of("--anzuo.db.url=" + url));
            String token = token();
            String company = companyId(token);
            run(token, company, "W" + setting + "-warm-", writes, threads);
            List<Double> rates = new ArrayList<>();
            for (int r = 1; r <= repeats; r++) {
                long started = System.nanoTime();
                run(token, company, "W" + setting + "-" + r + "-", writes, threads);
                double seconds = (System.nanoTime() - started) / 1e9;
                rates.add(writes / seconds);
                System.out.printf("%s run %d: %d writes in %.2f s (%.0f/s)%n", url, r, writes, seconds, writes / seconds);
            }
            results.put(url, rates);
            kill();
        }
        System.out.println("| JDBC URL | runs | min writes/s | median | max |");
        System.out.println("|---|---|---|---|---|");
        results.forEach((url, rates) -> {
            List<Double> sorted = new ArrayList<>(rates);
            Collections.sort(sorted);
            System.out.printf("| `%s` | %d | %.0f | %.0f | %.0f |%n", url, sorted.size(), sorted.getFirst(),
                    sorted.get(sorted.size() / 2), sorted.getLast());
        });
        return 0;
    }

    void run(String token, String company, String prefix, int writes, int threads) throws Exception {
        var next = new java.util.concurrent.atomic.AtomicInteger();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 0; t < threads; t++) {
                pool.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < writes; ) {
                        HttpResponse<String> answer = post("/api/v1/sites", token, siteJson(company, prefix + i));
                        if (answer.statusCode() != 201) {
                            throw new IllegalStateException(answer.statusCode() + " " + answer.body());
                        }
                    }
                    return null;
                });
            }
        }
    }

    // ---------------------------------------------------------------- the app

    void start(List<String> extra) throws Exception {
        starts++;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-jar", jar.toString(), "--server.port=" + port, "--server.address=127.0.0.1",
                // the crash test measures the API's writes: no MQTT broker on a fixed port, no demo simulator
                "--anzuo.mqtt.port=0", "--anzuo.demo.simulator.enabled=false"));
        command.addAll(extra);
        Path log = workDir.resolve("app-" + starts + ".log");
        long started = System.nanoTime();
        app = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        for (int i = 0; i < 600; i++) { // at most 5 minutes
            if (!app.isAlive()) {
                throw new IllegalStateException("the app stopped during start-up, see " + log);
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(uri("/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    System.out.printf("app started on port %d in %.1f s (log %s)%n", port,
                            (System.nanoTime() - started) / 1e9, log);
                    return;
                }
            } catch (ConnectException e) {
                // not yet listening
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the app did not become ready, see " + log);
    }

    void kill() throws InterruptedException {
        if (app != null && app.isAlive()) {
            app.destroyForcibly(); // SIGKILL on Linux
            app.waitFor(30, TimeUnit.SECONDS);
        }
    }

    String token() throws Exception {
        String body = "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}";
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(uri("/api/v1/auth/token"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("login failed: " + answer.statusCode() + " " + answer.body());
        }
        return field(answer.body(), "token");
    }

    String companyId(String token) throws Exception {
        return field(get("/api/v1/me", token).body(), "companyId");
    }

    List<String> siteCodes(String token, String company) throws Exception {
        List<String> codes = new ArrayList<>();
        for (int page = 0; page < 10_000; page++) {
            String body = get("/api/v1/sites?companyId=" + company + "&size=200&page=" + page, token).body();
            Matcher m = CODE.matcher(body);
            int n = 0;
            while (m.find()) {
                codes.add(m.group(1));
                n++;
            }
            if (n < 200) {
                break;
            }
        }
        return codes;
    }

    HttpResponse<String> post(String path, String token, String json) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> put(String path, String token, String json) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    static String siteJson(String company, String code) {
        return "{\"companyId\":\"" + company + "\",\"code\":\"" + code + "\",\"name\":\"崩溃测试 " + code
                + "\",\"latitude\":32.2,\"longitude\":119.4,\"radiusMeters\":100,\"hazardArea\":true}";
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
