package cn.anzuo.notification.channel;

import java.util.Objects;

/** One message for a group robot: a title and a Markdown body (rendered text, not message keys). */
public record RobotMessage(String title, String markdown) {

    public RobotMessage {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(markdown, "markdown");
    }
}
