package cn.anzuo.notification.channel;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The signatures of the DingTalk and Feishu robots, as each platform documents them. */
final class RobotSignatures {

    private RobotSignatures() {}

    /** DingTalk: base64(HmacSHA256(key = secret, data = timestamp + "\n" + secret)), timestamp in ms. */
    static String dingTalk(long timestampMillis, String secret) {
        return hmac(secret, timestampMillis + "\n" + secret);
    }

    /** Feishu: base64(HmacSHA256(key = timestamp + "\n" + secret, data = empty)), timestamp in seconds. */
    static String feishu(long timestampSeconds, String secret) {
        return hmac(timestampSeconds + "\n" + secret, "");
    }

    private static String hmac(String key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
