package cn.anzuo.notification.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Aliyun SMS RPC signing (signature version 1.0), checked against the example of Aliyun's "HTTP 协议及签名" page, and a
 * send to a local server that stands in for dysmsapi and verifies the signature as Aliyun does.
 */
class AliyunSmsSenderTest {

    static final String SECRET = "testSecret";

    final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
    volatile String answer = "{\"Code\":\"OK\",\"Message\":\"OK\",\"BizId\":\"1\",\"RequestId\":\"r\"}";
    HttpServer server;

    @BeforeEach
    void aliyun() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            Map<String, String> query = new TreeMap<>();
            for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
            requests.add(query);
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    AliyunSmsSender sender() {
        return new AliyunSmsSender(new SmsProperties.Aliyun("testId", SECRET, "安作", "SMS_123", "content", "cn-hangzhou",
                "http://127.0.0.1:" + server.getAddress().getPort()), HttpClient.newHttpClient(),
                JsonMapper.builder().build(), Clock.fixed(Instant.parse("2026-12-01T04:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void the_signature_matches_aliyuns_documented_example() {
        Map<String, String> params = new TreeMap<>(Map.ofEntries(
                Map.entry("AccessKeyId", "testId"), Map.entry("Action", "SendSms"), Map.entry("Format", "XML"),
                Map.entry("OutId", "123"), Map.entry("PhoneNumbers", "15300000001"), Map.entry("RegionId", "cn-hangzhou"),
                Map.entry("SignName", "阿里云短信测试专用"), Map.entry("SignatureMethod", "HMAC-SHA1"),
                Map.entry("SignatureNonce", "45e25e9b-0a6f-4070-8c85-2956eda1b466"), Map.entry("SignatureVersion", "1.0"),
                Map.entry("TemplateCode", "SMS_71390007"), Map.entry("TemplateParam", "{\"customer\":\"test\"}"),
                Map.entry("Timestamp", "2017-07-12T02:42:19Z"), Map.entry("Version", "2017-05-25")));
        assertThat(AliyunSmsSender.sign(params, SECRET)).isEqualTo("zJDF+Lrzhj/ThnlvIToysFRq6t4=");
    }

    @Test
    void a_message_is_sent_signed_with_the_whole_text_in_the_template_variable() {
        sender().send("13800001234", "一级报警：1号罐区 LEL 30.0");

        Map<String, String> request = requests.getFirst();
        assertThat(request).containsEntry("Action", "SendSms").containsEntry("PhoneNumbers", "13800001234")
                .containsEntry("SignName", "安作").containsEntry("TemplateCode", "SMS_123")
                .containsEntry("TemplateParam", "{\"content\":\"一级报警：1号罐区 LEL 30.0\"}")
                .containsEntry("Timestamp", "2026-12-01T04:00:00Z");
        Map<String, String> unsigned = new TreeMap<>(request);
        String signature = unsigned.remove("Signature");
        assertThat(signature).isEqualTo(AliyunSmsSender.sign(unsigned, SECRET));
    }

    @Test
    void a_refusal_by_aliyun_is_a_failed_delivery_to_retry() {
        answer = "{\"Code\":\"isv.BUSINESS_LIMIT_CONTROL\",\"Message\":\"触发流控\"}";
        assertThatThrownBy(() -> sender().send("13800001234", "text")).isInstanceOf(ChannelDeliveryFailed.class)
                .hasMessageContaining("isv.BUSINESS_LIMIT_CONTROL");
    }
}
