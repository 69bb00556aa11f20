package cn.anzuo.permit.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * A keyset cursor of the permit list ({@code planned_start desc, id desc}): the last permit of a page, as an
 * opaque URL-safe token. Reading page 5,000 by offset makes the database walk 100,000 rows; after a cursor it
 * seeks the index (ADR 0080).
 */
public record PermitCursor(Instant plannedStart, UUID id) {

    static PermitCursor of(WorkPermit last) {
        return new PermitCursor(last.plannedStart(), last.id());
    }

    PermitSearch.After position() {
        return new PermitSearch.After(plannedStart, id);
    }

    public String token() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((plannedStart + "~" + id).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The cursor of a token. Spring converts a request parameter with this method, so a bad token is a type
     * mismatch: 400 {@code MALFORMED_REQUEST}, never a server error.
     */
    public static PermitCursor valueOf(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("~", 2);
            return new PermitCursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (RuntimeException notACursor) {
            throw new IllegalArgumentException("not a permit cursor: " + token, notACursor);
        }
    }
}
