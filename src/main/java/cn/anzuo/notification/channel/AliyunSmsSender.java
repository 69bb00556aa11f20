package cn.anzuo.notification.channel;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Aliyun SMS (阿里云短信服务, dysmsapi {@code SendSms}, version 2017-05-25) over its RPC protocol: the query parameters
 * sorted, percent-encoded (RFC 3986), signed with HMAC-SHA1 over {@code GET&%2F&<encoded query>} and the key
 * {@code AccessKeySecret + "&"} (signature version 1.0). The template (approved in the Aliyun console) has one variable
 * that receives the whole text. Only used when {@code anzuo.sms.aliyun.access-key-id} is set; a local server stands in
 * for Aliyun in the tests, and nothing here has been run against the real service from this machine.
 */
final class AliyunSmsSender implements SmsSender {

    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private final SmsProperties.Aliyun config;
    private final HttpClient http;
    private final JsonMapper json;
    private final Clock clock;

    AliyunSmsSender(SmsProperties.Aliyun config, HttpClient http, JsonMapper json, Clock clock) {
        this.config = config;
        this.http = http;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void send(String phoneNumber, String text) {
        Map<String, String> params = new TreeMap<>();
        params.put("AccessKeyId", config.accessKeyId());
        params.put("Action", "SendSms");
        params.put("Format", "JSON");
        params.put("PhoneNumbers", phoneNumber);
        params.put("RegionId", config.regionId());
        params.put("SignName", config.signName());
        params.put("SignatureMethod", "HMAC-SHA1");
        params.put("SignatureNonce", UUID.randomUUID().toString());
        params.put("SignatureVersion", "1.0");
        params.put("TemplateCode", config.templateCode());
        params.put("TemplateParam", json.writeValueAsString(Map.of(config.templateVariable(), text)));
        params.put("Timestamp", TIMESTAMP.format(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        params.put("Version", "2017-05-25");
        String query = canonicalQuery(params);
        URI uri = URI.create(config.endpoint() + "/?Signature=" + encode(sign(params, config.accessKeySecret())) + "&" + query);
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ChannelDeliveryFailed("Aliyun SMS unreachable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChannelDeliveryFailed("interrupted");
        }
        JsonNode answer;
        try {
            answer = json.readTree(response.body());
        } catch (RuntimeException e) {
            throw new ChannelDeliveryFailed("Aliyun SMS: HTTP " + response.statusCode() + ", no JSON answer");
        }
        String code = answer.path("Code").asString("");
        if (!"OK".equals(code)) {
            throw new ChannelDeliveryFailed("Aliyun SMS: " + code + " " + answer.path("Message").asString(""));
        }
    }

    /** The signature of the RPC protocol for the given (sorted) parameters, Base64. */
    static String sign(Map<String, String> params, String accessKeySecret) {
        String stringToSign = "GET&" + encode("/") + "&" + encode(canonicalQuery(params));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((accessKeySecret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
    }

    static String canonicalQuery(Map<String, String> params) {
        return new TreeMap<>(params).entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** RFC 3986 percent-encoding, as Aliyun's POP protocol wants it (space %20, * %2A, ~ kept). */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }
}
