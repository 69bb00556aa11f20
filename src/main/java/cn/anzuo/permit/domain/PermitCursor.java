package cn.anzuo.permit.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A keyset cursor of the permit list ({@code planned_start desc, id desc}): the last permit of a page, as an
 * opaque URL-safe token. Reading page 5,000 by offset makes the database walk 100,000 rows; after a cursor it
 * seeks the index (ADR 0080).
 */
public record PermitCursor(Instant plannedStart, UUID id) {

    static PermitCursor at(PermitSearch.After last) {
        return new PermitCursor(last.plannedStart(), last.id());
    }

    PermitSearch.After position() {
        return new PermitSearch.After(plannedStart, id);
    }

    public String token() {
        return CursorToken.of(plannedStart, id);
    }

    /** The cursor of a token; Spring converts a request parameter with this method ({@link CursorToken#parse}). */
    public static PermitCursor valueOf(String token) {
        return CursorToken.parse(token, 2, "permit cursor",
                parts -> new PermitCursor(Instant.parse(parts[0]), UUID.fromString(parts[1])));
    }
}
