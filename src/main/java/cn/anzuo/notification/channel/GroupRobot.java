package cn.anzuo.notification.channel;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A group robot (群机器人) webhook of one platform. {@link #send} posts one message and throws
 * {@link ChannelDeliveryFailed} when the platform does not accept it (HTTP status other than 2xx,
 * or an error code in the answer), so the caller can retry.
 */
public abstract sealed class GroupRobot permits WeComRobot, DingTalkRobot, FeishuRobot {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http;
    protected final JsonMapper json;

    protected GroupRobot(HttpClient http, JsonMapper json) {
        this.http = http;
        this.json = json;
    }

    /** Sends the message to the webhook, with the secret where the platform signs requests. */
    public abstract void send(String webhookUrl, String secret, RobotMessage message);

    /** Posts the JSON body and returns the answer, failing on a non-2xx status. */
    protected JsonNode post(URI uri, Object body) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ChannelDeliveryFailed(platform() + ": " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChannelDeliveryFailed(platform() + ": interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new ChannelDeliveryFailed(platform() + ": HTTP " + response.statusCode());
        }
        try {
            return json.readTree(response.body());
        } catch (RuntimeException e) {
            throw new ChannelDeliveryFailed(platform() + ": unreadable answer", e);
        }
    }

    /** Fails unless the numeric field {@code field} of the answer is 0. */
    protected void requireZero(JsonNode answer, String field, String messageField) {
        JsonNode code = answer.get(field);
        if (code == null || code.asInt(-1) != 0) {
            JsonNode message = answer.get(messageField);
            throw new ChannelDeliveryFailed(platform() + ": " + field + "=" + (code == null ? "missing" : code.asString())
                    + (message == null ? "" : " " + message.asString()));
        }
    }

    protected abstract String platform();
}
