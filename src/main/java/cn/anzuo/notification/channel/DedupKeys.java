package cn.anzuo.notification.channel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/** Deduplication keys of deliveries: one occasion per channel, and for SMS one per occasion and recipient. */
final class DedupKeys {

    static final int MAX_LENGTH = 200;

    private DedupKeys() {}

    /** The occasion's key with the user appended; hashed when that would not fit the column. */
    static String perRecipient(String dedupKey, UUID userId) {
        String key = dedupKey + ":" + userId;
        if (key.length() <= MAX_LENGTH) {
            return key;
        }
        try {
            return "sha256:" + HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
