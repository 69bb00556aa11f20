package cn.anzuo.monitoring.domain;

import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.problem.ProblemKind;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks a device's signed HTTP request (API.md "HTTP telemetry"): {@code X-Signature} = hex
 * HMAC-SHA256(secret, timestamp + "\n" + body), {@code X-Timestamp} within five minutes of our clock, and
 * each signature used once. Seen signatures are kept in the database for the freshness window, so a replay
 * to another node is refused too.
 */
@Component
public class SignedRequests {

    public static final Duration FRESHNESS = Duration.ofMinutes(5);

    private final DeviceRegistry devices;
    private final JdbcClient jdbc;
    private final Clock clock;

    SignedRequests(DeviceRegistry devices, JdbcClient jdbc, Clock clock) {
        this.devices = devices;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The device that signed; 401 BAD_SIGNATURE / STALE_TIMESTAMP, 409 REPLAYED. */
    public DeviceRegistry.Device verify(String deviceCode, String timestamp, String signature, byte[] body) {
        DeviceRegistry.Device device = devices.byCode(deviceCode).filter(DeviceRegistry.Device::enabled)
                .orElseThrow(SignedRequests::badSignature);
        if (timestamp == null || signature == null || !timestamp.matches("\\d{1,15}")) {
            throw badSignature();
        }
        byte[] expected = hmac(device.secret(), timestamp, body);
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signature.trim().toLowerCase());
        } catch (IllegalArgumentException e) {
            throw badSignature();
        }
        if (!MessageDigest.isEqual(expected, given)) {
            throw badSignature();
        }
        Instant sent = Instant.ofEpochMilli(Long.parseLong(timestamp));
        Instant now = clock.instant();
        if (Duration.between(sent, now).abs().compareTo(FRESHNESS) > 0) {
            throw new BusinessProblem(ProblemKind.UNAUTHENTICATED, "STALE_TIMESTAMP");
        }
        try {
            jdbc.sql("insert into telemetry_signature (signature, seen_at) values (?, ?)")
                    .params(HexFormat.of().formatHex(expected), Timestamp.from(now)).update();
        } catch (DuplicateKeyException replay) {
            throw new BusinessProblem(ProblemKind.CONFLICT, "REPLAYED");
        }
        return device;
    }

    /** Forgets signatures older than the freshness window: a request that old is refused as stale anyway. */
    public int forgetOldSignatures() {
        return jdbc.sql("delete from telemetry_signature where seen_at < ?")
                .param(Timestamp.from(clock.instant().minus(FRESHNESS.multipliedBy(2)))).update();
    }

    public static byte[] hmac(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) '\n');
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static BusinessProblem badSignature() {
        return new BusinessProblem(ProblemKind.UNAUTHENTICATED, "BAD_SIGNATURE");
    }
}
