package cn.anzuo.notification.channel;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * WeCom (企业微信) group robot: POST {@code {"msgtype":"markdown","markdown":{"content"}}} to the
 * webhook (…/cgi-bin/webhook/send?key=…); the answer's {@code errcode} must be 0. Not signed.
 */
public final class WeComRobot extends GroupRobot {

    public WeComRobot(HttpClient http, JsonMapper json) {
        super(http, json);
    }

    @Override
    public void send(String webhookUrl, String secret, RobotMessage message) {
        var body = Map.of(
                "msgtype", "markdown",
                "markdown", Map.of("content", "**" + message.title() + "**\n" + message.markdown()));
        requireZero(post(URI.create(webhookUrl), body), "errcode", "errmsg");
    }

    @Override
    protected String platform() {
        return "wecom";
    }
}
