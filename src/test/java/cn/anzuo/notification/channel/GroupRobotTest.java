package cn.anzuo.notification.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each robot against a local webhook: the platform's body and signature, and its error codes as failures. */
class GroupRobotTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T01:30:00Z"), ZoneOffset.UTC);
    private static final String SECRET = "SEC-test-secret";

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final RobotMessage message = new RobotMessage("二级报警", "站点 A 区 · 可燃气体 LEL 25%");

    private HttpServer server;
    private final AtomicReference<String> query = new AtomicReference<>();
    private final AtomicReference<String> body = new AtomicReference<>();
    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicReference<String> answer = new AtomicReference<>("{\"errcode\":0,\"errmsg\":\"ok\"}");

    @BeforeEach
    void startWebhook() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            query.set(exchange.getRequestURI().getRawQuery());
            body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] bytes = answer.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopWebhook() {
        server.stop(0);
    }

    private String url(String query) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook" + query;
    }

    @Test
    void dingTalkMessageIsSignedWithTimestampAndSignInTheQuery() {
        new DingTalkRobot(http, json, CLOCK).send(url("?access_token=abc"), SECRET, message);

        Map<String, String> params = new HashMap<>();
        for (String pair : query.get().split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        assertThat(params).containsEntry("access_token", "abc").containsEntry("timestamp", "1796088600000");
        long timestamp = Long.parseLong(params.get("timestamp"));
        assertThat(params.get("sign")).isEqualTo(hmacBase64(SECRET, timestamp + "\n" + SECRET));
        JsonNode sent = json.readTree(body.get());
        assertThat(sent.get("msgtype").asString()).isEqualTo("markdown");
        assertThat(sent.get("markdown").get("title").asString()).isEqualTo("二级报警");
        assertThat(sent.get("markdown").get("text").asString()).contains("LEL 25%");
    }

    @Test
    void feishuMessageCarriesTimestampAndSignInTheBody() {
        answer.set("{\"code\":0,\"msg\":\"success\",\"data\":{}}");

        new FeishuRobot(http, json, CLOCK).send(url(""), SECRET, message);

        JsonNode sent = json.readTree(body.get());
        String timestamp = sent.get("timestamp").asString();
        assertThat(timestamp).isEqualTo("1796088600");
        assertThat(sent.get("sign").asString()).isEqualTo(hmacBase64(timestamp + "\n" + SECRET, ""));
        assertThat(sent.get("msg_type").asString()).isEqualTo("text");
        assertThat(sent.get("content").get("text").asString()).contains("二级报警").contains("LEL 25%");
    }

    @Test
    void weComMessageIsMarkdown() {
        new WeComRobot(http, json).send(url("?key=k"), null, message);

        assertThat(query.get()).isEqualTo("key=k");
        JsonNode sent = json.readTree(body.get());
        assertThat(sent.get("msgtype").asString()).isEqualTo("markdown");
        assertThat(sent.get("markdown").get("content").asString()).contains("二级报警");
    }

    @Test
    void anErrorCodeInTheAnswerIsAFailure() {
        answer.set("{\"errcode\":310000,\"errmsg\":\"sign not match\"}");
        assertThatThrownBy(() -> new DingTalkRobot(http, json, CLOCK).send(url("?access_token=abc"), SECRET, message))
                .isInstanceOf(ChannelDeliveryFailed.class)
                .hasMessageContaining("310000");

        answer.set("{\"code\":19021,\"msg\":\"sign match fail or timestamp is not within one hour from current time\"}");
        assertThatThrownBy(() -> new FeishuRobot(http, json, CLOCK).send(url(""), SECRET, message))
                .isInstanceOf(ChannelDeliveryFailed.class)
                .hasMessageContaining("19021");
    }

    @Test
    void anHttpErrorIsAFailure() {
        status.set(500);
        assertThatThrownBy(() -> new WeComRobot(http, json).send(url("?key=k"), null, message))
                .isInstanceOf(ChannelDeliveryFailed.class)
                .hasMessageContaining("HTTP 500");
    }

    @Test
    void anUnreachableWebhookIsAFailure() {
        String dead = url("");
        server.stop(0);
        assertThatThrownBy(() -> new WeComRobot(http, json).send(dead, null, message))
                .isInstanceOf(ChannelDeliveryFailed.class);
    }

    private static String hmacBase64(String key, String data) {
        try {
            var mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return java.util.Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
