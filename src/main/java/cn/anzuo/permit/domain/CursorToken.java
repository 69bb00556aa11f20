package cn.anzuo.permit.domain;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The opaque, URL-safe text of a keyset cursor: its parts joined by {@code ~}, in Base64. */
final class CursorToken {

    private CursorToken() {}

    static String of(Object... parts) {
        String text = Stream.of(parts).map(String::valueOf).collect(Collectors.joining("~"));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The cursor of a token, built from its parts. Anything else is an {@link IllegalArgumentException}, which Spring turns into a type
     * mismatch of the request parameter: 400 {@code MALFORMED_REQUEST}, never a server error.
     */
    static <T> T parse(String token, int count, String kind, Function<String[], T> cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("~", count);
            if (parts.length != count) {
                throw new IllegalArgumentException("a " + kind + " has " + count + " parts");
            }
            return cursor.apply(parts);
        } catch (RuntimeException notACursor) {
            throw new IllegalArgumentException("not a " + kind + ": " + token, notACursor);
        }
    }
}
