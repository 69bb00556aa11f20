package cn.anzuo.notification.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.monitoring.DeviceKind;
import cn.anzuo.monitoring.Devices;
import cn.anzuo.monitoring.RegisteredDevice;
import cn.anzuo.monitoring.domain.SignedRequests;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.MutableClock;
import cn.anzuo.support.Unique;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * API.md "Channels": settings with write-only secrets; an alarm reaches the company's DingTalk and Feishu robots
 * correctly signed (checked by a local webhook server); a failing robot is retried with back-off and listed FAILED.
 */
@AnzuoTest
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class ChannelDeliveryTest {

    @Autowired ApiClient api;
    @Autowired MutableClock clock;
    @Autowired ChannelDeliveries deliveries;
    @Autowired Devices devices;
    @Autowired JsonMapper json;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired org.springframework.transaction.support.TransactionTemplate transactions;

    record Received(String path, String query, String body) {}

    final List<Received> received = new CopyOnWriteArrayList<>();
    volatile int answerStatus = 200;
    HttpServer server;
    String company;
    String base;

    @BeforeEach
    void webhook() throws Exception {
        clock.fixAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            received.add(new Received(exchange.getRequestURI().getPath(), exchange.getRequestURI().getRawQuery(),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            byte[] answer = (exchange.getRequestURI().getPath().contains("feishu") ? "{\"code\":0}" : "{\"errcode\":0}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answerStatus, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        company = ApiClient.read(api.get("admin", "/api/v1/me"), "$.companyId");
    }

    @AfterEach
    void stop() throws Exception {
        cn.anzuo.permit.PermitFixtures.acknowledgeOpenAlarms(api);
        api.put("admin", "/api/v1/companies/{id}/channels", "{}", company).andExpect(status().isOk());
        server.stop(0);
        clock.reset();
    }

    void configure() throws Exception {
        api.put("admin", "/api/v1/companies/{id}/channels", """
                {"dingtalk":{"webhookUrl":"%s/dingtalk/robot/send?access_token=t","secret":"SECdingtalk42"},
                 "feishu":{"webhookUrl":"%s/feishu/hook/abc","secret":"feishu-secret-77"},"sms":{"enabled":true}}"""
                .formatted(base, base), company).andExpect(status().isOk());
    }

    /** Raises a second-level alarm at the demo site from a new detector; answers the detector's code. */
    String alarm() throws Exception {
        RegisteredDevice d = devices.register(UUID.fromString(company),
                UUID.fromString(ApiClient.read(api.get("admin", "/api/v1/sites"), "$.items[0].id")), Unique.code("CH"),
                DeviceKind.GAS_DETECTOR, null);
        String body = "{\"values\":{\"LEL\":55}}";
        String ts = Long.toString(clock.instant().toEpochMilli());
        String sig = java.util.HexFormat.of().formatHex(SignedRequests.hmac(d.secret(), ts, body.getBytes(StandardCharsets.UTF_8)));
        api.mvc().perform(post("/api/v1/telemetry").contentType(MediaType.APPLICATION_JSON).content(body)
                .header("X-Device-Code", d.device().code()).header("X-Timestamp", ts).header("X-Signature", sig))
                .andExpect(status().isAccepted());
        return d.device().code();
    }

    /**
     * Waits for the robot rows of this detector's alarm, of any status (the scheduled sender may deliver them between
     * two polls). Counting the company's rows was not enough: a late notice of an earlier test's alarm could make up
     * the count while this alarm's rows were still to come.
     */
    void awaitDeliveriesOf(String deviceCode) {
        await().atMost(Duration.ofSeconds(30)).until(() -> deliveriesOf(deviceCode, null) >= 2);
    }

    long deliveriesOf(String deviceCode, ChannelDeliveries.Status status) {
        return jdbc.sql("select count(*) from notification_delivery where company_id = ? and channel <> 'SMS'"
                        + " and body like ?" + (status == null ? "" : " and status = '" + status + "'"))
                .params(UUID.fromString(company), "%" + deviceCode + "%").query(Long.class).single();
    }

    static String hmac(byte[] key, byte[] data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(data));
    }

    @Test
    void secrets_are_write_only_and_bad_webhooks_refused() throws Exception {
        configure();
        api.get("admin", "/api/v1/companies/{id}/channels", company)
                .andExpect(jsonPath("$.dingtalk.secret").value("••••42"))
                .andExpect(jsonPath("$.feishu.secret").value("••••77"))
                .andExpect(jsonPath("$.sms.enabled").value(true));
        // changing the URL without a secret keeps the secret
        api.put("admin", "/api/v1/companies/{id}/channels", """
                {"dingtalk":{"webhookUrl":"%s/dingtalk/robot/send?access_token=u"}}""".formatted(base), company)
                .andExpect(jsonPath("$.dingtalk.secret").value("••••42")).andExpect(jsonPath("$.feishu").doesNotExist());
        api.put("admin", "/api/v1/companies/{id}/channels", "{\"wecom\":{\"webhookUrl\":\"ftp://robot\"}}", company)
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("INVALID_WEBHOOK"));
        api.get("safety", "/api/v1/companies/{id}/channels", company).andExpect(status().isForbidden());
        api.get("worker", "/api/v1/notifications/deliveries").andExpect(status().isForbidden());
    }

    @Test
    void an_alarm_reaches_the_dingtalk_and_feishu_robots_correctly_signed() throws Exception {
        configure();
        awaitDeliveriesOf(alarm());
        deliveries.deliverDue();
        Received ding = received.stream().filter(r -> r.path().contains("dingtalk")).findFirst().orElseThrow();
        Map<String, String> query = new java.util.HashMap<>();
        for (String pair : ding.query().split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        String dingTs = query.get("timestamp");
        assertThat(query.get("sign")).isEqualTo(hmac("SECdingtalk42".getBytes(StandardCharsets.UTF_8),
                (dingTs + "\n" + "SECdingtalk42").getBytes(StandardCharsets.UTF_8)));
        assertThat(ding.body()).contains("二级报警", "可燃气体 读数 55.0 %LEL");
        Received fei = received.stream().filter(r -> r.path().contains("feishu")).findFirst().orElseThrow();
        JsonNode feishu = json.readTree(fei.body());
        String feiTs = feishu.get("timestamp").asString();
        assertThat(feishu.get("sign").asString()).isEqualTo(hmac((feiTs + "\n" + "feishu-secret-77")
                .getBytes(StandardCharsets.UTF_8), new byte[0]));
        assertThat(fei.body()).contains("二级报警");
        api.get("admin", "/api/v1/notifications/deliveries?status=SENT&size=200")
                .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThanOrEqualTo(2)));
    }

    @Test
    void a_failing_robot_is_retried_with_back_off_and_then_listed_failed() throws Exception {
        configure();
        answerStatus = 500;
        String detector = alarm();
        awaitDeliveriesOf(detector);
        deliveries.deliverDue();
        int first = received.size();
        deliveries.deliverDue(); // not due yet: no new attempt
        assertThat(received).hasSize(first);
        for (long minutes : List.of(1L, 2L, 4L, 8L, 16L)) {
            clock.advance(Duration.ofMinutes(minutes));
            deliveries.deliverDue();
        }
        assertThat(deliveriesOf(detector, ChannelDeliveries.Status.FAILED)).isGreaterThanOrEqualTo(2);
        api.get("admin", "/api/v1/notifications/deliveries?status=FAILED&size=200")
                .andExpect(jsonPath("$.items[0].attempts").value(6))
                .andExpect(jsonPath("$.items[0].lastError").isString());
    }

    @Test
    void an_sms_goes_once_to_each_recipient_with_a_phone_and_is_listed_masked(CapturedOutput output) throws Exception {
        configure();
        UUID companyId = UUID.fromString(company);
        UUID withPhone = UUID.randomUUID();
        String occasion = "sms-test:" + UUID.randomUUID();
        List<ChannelDeliveries.SmsRecipient> recipients = List.of(
                new ChannelDeliveries.SmsRecipient(withPhone, "13800005678"),
                new ChannelDeliveries.SmsRecipient(UUID.randomUUID(), null));
        long smsBefore = smsRows(companyId);

        int added = transactions.execute(tx -> deliveries.enqueue(companyId, "二级报警", "1号罐区 LEL 55.0", occasion,
                recipients));
        int again = transactions.execute(tx -> deliveries.enqueue(companyId, "二级报警", "1号罐区 LEL 55.0", occasion,
                recipients));
        deliveries.deliverDue();

        assertThat(added).as("DingTalk, Feishu and one SMS").isEqualTo(3);
        assertThat(again).as("the same occasion again").isZero();
        assertThat(smsRows(companyId)).isEqualTo(smsBefore + 1);
        assertThat(output).contains("SMS (simulated) to ****5678: 二级报警：1号罐区 LEL 55.0");
        assertThat(output).doesNotContain("13800005678");
        api.get("admin", "/api/v1/notifications/deliveries?status=SENT&size=200")
                .andExpect(jsonPath("$.items[?(@.channel == 'SMS')].recipient").value(org.hamcrest.Matchers.hasItem("****5678")));
    }

    @Test
    void no_sms_while_the_company_has_sms_switched_off() throws Exception {
        api.put("admin", "/api/v1/companies/{id}/channels", "{\"sms\":{\"enabled\":false}}", company)
                .andExpect(status().isOk());
        UUID companyId = UUID.fromString(company);
        long smsBefore = smsRows(companyId);
        int added = transactions.execute(tx -> deliveries.enqueue(companyId, "t", "b", "sms-off:" + UUID.randomUUID(),
                List.of(new ChannelDeliveries.SmsRecipient(UUID.randomUUID(), "13800005678"))));
        assertThat(added).isZero();
        assertThat(smsRows(companyId)).isEqualTo(smsBefore);
    }

    long smsRows(UUID companyId) {
        return deliveries.list(companyId, null, 0, 10_000).stream()
                .filter(d -> d.channel() == ChannelDeliveries.Channel.SMS).count();
    }

    @Test
    void a_node_without_smtp_leaves_e_mails_pending_for_a_node_with_it() throws Exception {
        UUID companyId = UUID.fromString(company);
        String occasion = "mail:" + UUID.randomUUID();
        transactions.executeWithoutResult(tx -> deliveries.enqueueEmail(companyId, "zhenghai@plant.example", "证书已过期",
                "正文", occasion));

        deliveries.deliverDue(); // this context has no spring.mail.host

        assertThat(deliveries.list(companyId, ChannelDeliveries.Status.PENDING, 0, 10_000))
                .anySatisfy(d -> {
                    assertThat(d.channel()).isEqualTo(ChannelDeliveries.Channel.EMAIL);
                    assertThat(d.recipient()).isEqualTo("z***@plant.example");
                    assertThat(d.attempts()).isZero();
                });
    }
}
