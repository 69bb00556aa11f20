package cn.anzuo.notification.channel;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * DingTalk (钉钉) custom robot with 加签: the webhook (…/robot/send?access_token=…) gets the query
 * parameters {@code timestamp} (ms) and {@code sign} = urlencode(base64(HmacSHA256(secret,
 * timestamp + "\n" + secret))); body {@code {"msgtype":"markdown","markdown":{"title","text"}}};
 * the answer's {@code errcode} must be 0.
 */
public final class DingTalkRobot extends GroupRobot {

    private final Clock clock;

    public DingTalkRobot(HttpClient http, JsonMapper json, Clock clock) {
        super(http, json);
        this.clock = clock;
    }

    @Override
    public void send(String webhookUrl, String secret, RobotMessage message) {
        String url = webhookUrl;
        if (secret != null && !secret.isBlank()) {
            long timestamp = clock.millis();
            String sign = URLEncoder.encode(RobotSignatures.dingTalk(timestamp, secret), StandardCharsets.UTF_8);
            url += (url.contains("?") ? "&" : "?") + "timestamp=" + timestamp + "&sign=" + sign;
        }
        var body = Map.of(
                "msgtype", "markdown",
                "markdown", Map.of("title", message.title(), "text", "#### " + message.title() + "\n" + message.markdown()));
        requireZero(post(URI.create(url), body), "errcode", "errmsg");
    }

    @Override
    protected String platform() {
        return "dingtalk";
    }
}
