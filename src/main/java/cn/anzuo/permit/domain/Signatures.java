package cn.anzuo.permit.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Handwritten signatures drawn on the phone: PNG only, ≤ 512 KB, stored once with their SHA-256. */
@Component
public class Signatures {

    static final int MAX_BYTES = 512 * 1024;
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private final JdbcClient jdbc;

    Signatures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Stored(UUID id, String sha256) {}

    /** Accepts a data URL ({@code data:image/png;base64,…}) or plain base64. */
    public Stored store(UUID permitId, String signature, Instant now) {
        byte[] png = decode(signature);
        String sha256 = sha256(png);
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into approval_signature (id, permit_id, png, sha256, created_at) values (?, ?, ?, ?, ?)")
                .params(id, permitId, png, sha256, Timestamp.from(now)).update();
        return new Stored(id, sha256);
    }

    public byte[] png(UUID signatureId) {
        return jdbc.sql("select png from approval_signature where id = ?").param(signatureId).query(byte[].class).single();
    }

    static byte[] decode(String signature) {
        String base64 = signature.startsWith("data:") ? signature.substring(signature.indexOf(',') + 1) : signature;
        byte[] png;
        try {
            png = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw PermitProblems.invalidSignature();
        }
        if (png.length > MAX_BYTES || png.length < PNG_MAGIC.length) {
            throw PermitProblems.invalidSignature();
        }
        for (int i = 0; i < PNG_MAGIC.length; i++) {
            if (png[i] != PNG_MAGIC[i]) {
                throw PermitProblems.invalidSignature();
            }
        }
        return png;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
