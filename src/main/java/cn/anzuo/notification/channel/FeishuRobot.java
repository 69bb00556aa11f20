package cn.anzuo.notification.channel;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feishu (飞书) custom bot with 签名校验: body fields {@code timestamp} (seconds, as a string) and
 * {@code sign} = base64(HmacSHA256(key = timestamp + "\n" + secret, data = empty)), plus
 * {@code "msg_type":"text","content":{"text"}}; the answer's {@code code} must be 0.
 */
public final class FeishuRobot extends GroupRobot {

    private final Clock clock;

    public FeishuRobot(HttpClient http, JsonMapper json, Clock clock) {
        super(http, json);
        this.clock = clock;
    }

    @Override
    public void send(String webhookUrl, String secret, RobotMessage message) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (secret != null && !secret.isBlank()) {
            long timestamp = clock.instant().getEpochSecond();
            body.put("timestamp", Long.toString(timestamp));
            body.put("sign", RobotSignatures.feishu(timestamp, secret));
        }
        body.put("msg_type", "text");
        body.put("content", Map.of("text", message.title() + "\n" + message.markdown()));
        requireZero(post(URI.create(webhookUrl), body), "code", "msg");
    }

    @Override
    protected String platform() {
        return "feishu";
    }
}
