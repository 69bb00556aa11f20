package cn.anzuo.permit.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * Which phone or client a check-in came from (ADR 0064): the phone's browser carries a long-lived random cookie
 * {@code anzuo_device}, set by the server when missing, so it works without JavaScript and survives sign-outs;
 * an API client may send {@code X-Device-Id}. Only a SHA-256 fingerprint of the value goes further: the
 * trace is readable by everyone on the permit, and a readable raw value could be copied into another browser.
 * An audit signal for {@code SAME_DEVICE_CHECK_INS} only — a client can clear or forge it at will, so nothing
 * is ever allowed or refused because of it.
 */
final class CheckInDevice {

    static final String COOKIE = "anzuo_device";
    static final String HEADER = "X-Device-Id";
    static final Duration LIFETIME = Duration.ofDays(5 * 365);
    /** Visible ASCII, bounded: anything else is ignored rather than refused (the check-in must not fail on it). */
    private static final String ACCEPTED = "[\\x21-\\x7E]{8,128}";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CheckInDevice() {}

    /** The phone page's device: the cookie's value, or a new one set on the response; never null. */
    static String ofBrowser(HttpServletRequest request, HttpServletResponse response) {
        String value = cookie(request);
        if (value == null) {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, value).path("/").maxAge(LIFETIME)
                    .httpOnly(true).secure(request.isSecure()).sameSite("Lax").build().toString());
        }
        return fingerprint(value);
    }

    /** An API client's device: its {@code X-Device-Id}, else the browser cookie, else null (no signal). */
    static String ofApiClient(HttpServletRequest request) {
        String header = request.getHeader(HEADER);
        if (header != null && header.trim().matches(ACCEPTED)) {
            return fingerprint(header.trim());
        }
        String value = cookie(request);
        return value == null ? null : fingerprint(value);
    }

    private static String cookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie c : request.getCookies()) {
            if (COOKIE.equals(c.getName()) && c.getValue() != null && c.getValue().matches(ACCEPTED)) {
                return c.getValue();
            }
        }
        return null;
    }

    static String fingerprint(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("anzuo-device\n" + value).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
