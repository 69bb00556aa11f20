package cn.anzuo.permit.onsite.domain;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.macs.CMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * A Secure Unique NFC message of an NTAG 424 DNA tag (NXP AN12196 §3): the tag's URL carries
 * {@code picc_data} — PICCDataTag, UID and SDM read counter, AES-128 encrypted with the SDM meta-read
 * key — and {@code cmac}, the truncated CMAC (the odd bytes) over the empty input with a session key
 * derived from the SDM file-read key, UID and counter (SV2). A forged MAC or a wrong key is refused
 * here; a counter that is not above the last one seen is refused by the checkpoint's atomic update.
 */
public final class SunMessage {

    /** PICCDataTag with UID and counter mirrored and a 7-byte UID (AN12196 Table 3). */
    static final int TAG_UID_AND_COUNTER = 0xC7;
    private static final byte[] SV2_PREFIX = {0x3C, (byte) 0xC3, 0x00, 0x01, 0x00, (byte) 0x80};
    private static final Pattern PICC = Pattern.compile("(?:^|[?&])picc_data=([0-9A-Fa-f]{32})(?:&|$)");
    private static final Pattern CMAC = Pattern.compile("(?:^|[?&])cmac=([0-9A-Fa-f]{16})(?:&|$)");

    /** What a genuine tap tells: the tag's UID (hex, upper case) and its read counter. */
    public record Tap(String uid, int counter) {}

    private SunMessage() {}

    /** The tap, if the message is well formed and genuine for these keys (16 bytes each). */
    public static Optional<Tap> verify(String proof, byte[] metaReadKey, byte[] fileReadKey) {
        if (proof == null) {
            return Optional.empty();
        }
        String query = proof.contains("?") ? proof.substring(proof.indexOf('?') + 1) : proof;
        Matcher picc = PICC.matcher(query);
        Matcher mac = CMAC.matcher(query);
        if (!picc.find() || !mac.find()) {
            return Optional.empty();
        }
        byte[] plain = decrypt(metaReadKey, HexFormat.of().parseHex(picc.group(1)));
        if ((plain[0] & 0xFF) != TAG_UID_AND_COUNTER) {
            return Optional.empty(); // a wrong meta-read key yields garbage here
        }
        byte[] uid = java.util.Arrays.copyOfRange(plain, 1, 8);
        byte[] counter = java.util.Arrays.copyOfRange(plain, 8, 11);
        byte[] expected = macFor(fileReadKey, uid, counter);
        if (!MessageDigest.isEqual(expected, HexFormat.of().parseHex(mac.group(1)))) {
            return Optional.empty();
        }
        int read = (counter[0] & 0xFF) | (counter[1] & 0xFF) << 8 | (counter[2] & 0xFF) << 16; // LSB first
        return Optional.of(new Tap(HexFormat.of().withUpperCase().formatHex(uid), read));
    }

    /** The 8-byte SDM MAC a genuine tag puts in its URL for this UID and counter (plain SUN: empty MAC input). */
    static byte[] macFor(byte[] fileReadKey, byte[] uid, byte[] counter) {
        byte[] sv2 = new byte[16];
        System.arraycopy(SV2_PREFIX, 0, sv2, 0, 6);
        System.arraycopy(uid, 0, sv2, 6, 7);
        System.arraycopy(counter, 0, sv2, 13, 3);
        byte[] sessionKey = cmac(fileReadKey, sv2);
        byte[] full = cmac(sessionKey, new byte[0]);
        byte[] truncated = new byte[8];
        for (int i = 0; i < 8; i++) {
            truncated[i] = full[2 * i + 1];
        }
        return truncated;
    }

    static byte[] cmac(byte[] key, byte[] data) {
        CMac mac = new CMac(AESEngine.newInstance());
        mac.init(new KeyParameter(key));
        mac.update(data, 0, data.length);
        byte[] out = new byte[16];
        mac.doFinal(out, 0);
        return out;
    }

    static byte[] decrypt(byte[] key, byte[] block) {
        try {
            Cipher aes = Cipher.getInstance("AES/CBC/NoPadding");
            aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(new byte[16]));
            return aes.doFinal(block);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-128 is part of every JDK", e);
        }
    }

    /** A new random AES-128 key, hex (the customer writes it to the tag when personalising it). */
    public static String newKey() {
        byte[] key = new byte[16];
        new java.security.SecureRandom().nextBytes(key);
        return HexFormat.of().withUpperCase().formatHex(key);
    }
}
