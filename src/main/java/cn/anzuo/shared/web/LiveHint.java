package cn.anzuo.shared.web;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A live hint (ADR 0062): an event name and a short datum for the pages of one user, company or site. Small enough to
 * travel between nodes as one PostgreSQL notification (ADR 0081): {@code U|<id>|<event>|<data>}.
 */
public record LiveHint(Audience audience, UUID id, String event, String data) {

    public enum Audience { USER, COMPANY, SITE }

    public LiveHint {
        Objects.requireNonNull(audience);
        Objects.requireNonNull(id);
        Objects.requireNonNull(event);
        data = data == null ? "" : data;
    }

    /** The hint as a line of text; event names never hold a '|', the data may. */
    public String encode() {
        return audience.name().charAt(0) + "|" + id + "|" + event + "|" + data;
    }

    /** The hint of {@link #encode()}, or empty for a text that is not one (another version, another sender). */
    public static Optional<LiveHint> decode(String text) {
        String[] parts = text == null ? new String[0] : text.split("\\|", 4);
        if (parts.length != 4) {
            return Optional.empty();
        }
        Audience audience = switch (parts[0]) {
            case "U" -> Audience.USER;
            case "C" -> Audience.COMPANY;
            case "S" -> Audience.SITE;
            default -> null;
        };
        try {
            return audience == null ? Optional.empty()
                    : Optional.of(new LiveHint(audience, UUID.fromString(parts[1]), parts[2], parts[3]));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
