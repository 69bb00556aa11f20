package cn.anzuo.permit.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A keyset cursor of 待我审批 ({@code expedite desc, created_at, id}): the last permit of a page, as an opaque
 * URL-safe token, so the next page seeks the inbox index instead of walking the pages before it.
 */
public record InboxCursor(boolean expedite, Instant createdAt, UUID id) {

    public String token() {
        return CursorToken.of(expedite, createdAt, id);
    }

    /** The cursor of a token; Spring converts a request parameter with this method ({@link CursorToken#parse}). */
    public static InboxCursor valueOf(String token) {
        return CursorToken.parse(token, 3, "inbox cursor", parts -> new InboxCursor(
                parseBoolean(parts[0]), Instant.parse(parts[1]), UUID.fromString(parts[2])));
    }

    private static boolean parseBoolean(String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("not a boolean: " + text);
        };
    }
}
