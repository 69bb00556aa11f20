package cn.anzuo.permit.onsite.domain;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * RFC 6238 TOTP: HMAC-SHA1 over 30-second steps, 6 digits, the neighbouring steps (±1) accepted to
 * forgive clock drift and the time it takes to type.
 */
public final class Totp {

    public static final long STEP_SECONDS = 30;
    private static final int DIGITS = 6;

    private Totp() {}

    public static String newSecret() {
        byte[] secret = new byte[20];
        new SecureRandom().nextBytes(secret);
        return new Base32().encodeToString(secret).replace("=", "");
    }

    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    public static String code(String base32Secret, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(new Base32().decode(base32Secret), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0F;
            int binary = ((hash[offset] & 0x7F) << 24) | ((hash[offset + 1] & 0xFF) << 16)
                    | ((hash[offset + 2] & 0xFF) << 8) | (hash[offset + 3] & 0xFF);
            return String.format("%0" + DIGITS + "d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The step whose code matches, searching the current step and its neighbours. */
    public static OptionalLong matchingStep(String base32Secret, String code, Instant at) {
        if (code == null || !code.trim().matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long now = step(at);
        for (long candidate = now - 1; candidate <= now + 1; candidate++) {
            if (java.security.MessageDigest.isEqual(code(base32Secret, candidate).getBytes(), code.trim().getBytes())) {
                return OptionalLong.of(candidate);
            }
        }
        return OptionalLong.empty();
    }
}
