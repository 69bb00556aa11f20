package cn.anzuo.permit.onsite.kiosk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Paired kiosks. An administrator asks for a pairing code for a checkpoint (valid 10 minutes, used
 * once); the tablet at the gate enters it and receives a device secret (256 random bits) that it keeps
 * in a cookie. The secret shows that checkpoint's code and nothing else; revoking the device ends it.
 * Only SHA-256 digests of the code and the secret are stored (both are random, so no salt is needed).
 */
@Component
@Transactional
class KioskDevices {

    static final Duration PAIRING_VALIDITY = Duration.ofMinutes(10);
    /** No 0/O, 1/I/L: a code read off one screen and typed on another. 31^8 ≈ 8.5 × 10^11 codes. */
    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int CODE_LENGTH = 8;
    private static final Duration SEEN_GRANULARITY = Duration.ofMinutes(1);

    /** A device of a checkpoint, as the administrator sees it. */
    public record Device(UUID id, UUID checkpointId, String name, Instant createdAt, Instant pairingExpiresAt,
            Instant pairedAt, Instant lastSeenAt, Instant revokedAt) {

        public boolean paired() {
            return pairedAt != null && revokedAt == null;
        }

        public boolean waiting(Instant now) {
            return pairedAt == null && revokedAt == null && pairingExpiresAt != null && pairingExpiresAt.isAfter(now);
        }
    }

    /** A new pairing code (shown once) for a device waiting to be paired. */
    public record Pairing(Device device, String code) {

        /** As shown and typed: ABCD-EFGH. */
        public String display() {
            return code.substring(0, 4) + "-" + code.substring(4);
        }
    }

    /** A paired device's credential: what the tablet keeps in its cookie. */
    record Paired(UUID deviceId, UUID checkpointId, String credential) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    KioskDevices(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Pairing startPairing(UUID checkpointId, String name, UUID by) {
        Instant now = clock.instant();
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into kiosk_device (id, checkpoint_id, name, pairing_code_hash, pairing_expires_at, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, checkpointId, name, digest(code.toString()), Timestamp.from(now.plus(PAIRING_VALIDITY)), by,
                        Timestamp.from(now))
                .update();
        return new Pairing(byId(id).orElseThrow(), code.toString());
    }

    /**
     * Exchanges a pairing code for a device credential, once. Empty when the code is unknown, used,
     * expired or revoked (one answer for all, so a guess learns nothing).
     */
    Optional<Paired> pair(String typed) {
        String code = normalize(typed);
        if (code.length() != CODE_LENGTH) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<UUID[]> waiting = jdbc.sql("""
                        select id, checkpoint_id from kiosk_device
                        where pairing_code_hash = ? and paired_at is null and revoked_at is null and pairing_expires_at > ?""")
                .params(digest(code), Timestamp.from(now))
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
                .optional();
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        int claimed = jdbc.sql("""
                        update kiosk_device set secret_hash = ?, paired_at = ?, last_seen_at = ?,
                               pairing_code_hash = null, pairing_expires_at = null
                        where id = ? and paired_at is null and revoked_at is null""")
                .params(digest(secret), Timestamp.from(now), Timestamp.from(now), waiting.get()[0])
                .update();
        if (claimed == 0) {
            return Optional.empty(); // another tablet was quicker with the same code
        }
        return Optional.of(new Paired(waiting.get()[0], waiting.get()[1], waiting.get()[0] + "." + secret));
    }

    /** The checkpoint a credential may show, or empty (unknown, malformed or revoked). */
    Optional<UUID> checkpointOf(String credential) {
        if (credential == null) {
            return Optional.empty();
        }
        int dot = credential.indexOf('.');
        UUID deviceId;
        try {
            deviceId = UUID.fromString(credential.substring(0, Math.max(dot, 0)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String secret = credential.substring(dot + 1);
        Optional<String[]> row = jdbc.sql("""
                        select secret_hash, checkpoint_id from kiosk_device
                        where id = ? and paired_at is not null and revoked_at is null""")
                .param(deviceId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .optional();
        if (row.isEmpty() || !MessageDigest.isEqual(row.get()[0].getBytes(StandardCharsets.US_ASCII),
                digest(secret).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        // "Last seen" for the administrator, written at most once a minute although the screen polls every 5 s.
        jdbc.sql("update kiosk_device set last_seen_at = ? where id = ? and (last_seen_at is null or last_seen_at < ?)")
                .params(Timestamp.from(now), deviceId, Timestamp.from(now.minus(SEEN_GRANULARITY)))
                .update();
        return Optional.of(UUID.fromString(row.get()[1]));
    }

    @Transactional(readOnly = true)
    List<Device> ofCheckpoint(UUID checkpointId) {
        return jdbc.sql(SELECT + " where checkpoint_id = ? order by created_at desc")
                .param(checkpointId).query((rs, n) -> row(rs)).list();
    }

    @Transactional(readOnly = true)
    Optional<Device> byId(UUID id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query((rs, n) -> row(rs)).optional();
    }

    void revoke(UUID deviceId) {
        jdbc.sql("update kiosk_device set revoked_at = ?, pairing_code_hash = null where id = ? and revoked_at is null")
                .params(Timestamp.from(clock.instant()), deviceId)
                .update();
    }

    /** Upper case, without the dash or spaces a person may type. */
    static String normalize(String typed) {
        return typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    private static final String SELECT = """
            select id, checkpoint_id, name, created_at, pairing_expires_at, paired_at, last_seen_at, revoked_at
            from kiosk_device""";

    private static Device row(ResultSet rs) throws SQLException {
        return new Device(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), instant(rs, 4),
                instant(rs, 5), instant(rs, 6), instant(rs, 7), instant(rs, 8));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static String digest(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
