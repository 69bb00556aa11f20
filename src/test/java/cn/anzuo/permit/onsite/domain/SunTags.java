package cn.anzuo.permit.onsite.domain;

import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** A simulated NTAG 424 DNA tag for tests: the SUN message a genuine tag would put in its URL for a read counter. */
public final class SunTags {

    private SunTags() {}

    public static String message(byte[] metaReadKey, byte[] fileReadKey, String uidHex, int counter) throws Exception {
        byte[] uid = HexFormat.of().parseHex(uidHex);
        byte[] ctr = {(byte) counter, (byte) (counter >> 8), (byte) (counter >> 16)};
        byte[] plain = new byte[16];
        plain[0] = (byte) SunMessage.TAG_UID_AND_COUNTER;
        System.arraycopy(uid, 0, plain, 1, 7);
        System.arraycopy(ctr, 0, plain, 8, 3);
        plain[11] = (byte) 0x5A; // the tag pads with random bytes
        Cipher aes = Cipher.getInstance("AES/CBC/NoPadding");
        aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(metaReadKey, "AES"), new IvParameterSpec(new byte[16]));
        HexFormat hex = HexFormat.of().withUpperCase();
        return "picc_data=" + hex.formatHex(aes.doFinal(plain)) + "&cmac=" + hex.formatHex(SunMessage.macFor(fileReadKey, uid, ctr));
    }
}
