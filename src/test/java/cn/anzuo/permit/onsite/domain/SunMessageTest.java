package cn.anzuo.permit.onsite.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** NXP AN12196 §3 worked examples for SUN messages of an NTAG 424 DNA tag, and what must be refused. */
class SunMessageTest {

    static final byte[] ZERO_KEY = new byte[16];
    static final String EXAMPLE = "picc_data=EF963FF7828658A599F3041510671E88&cmac=94EED9EE65337086";

    @Test
    void an12196_example_decrypts_uid_and_counter_and_verifies_the_mac() {
        assertThat(SunMessage.verify(EXAMPLE, ZERO_KEY, ZERO_KEY))
                .contains(new SunMessage.Tap("04DE5F1EACC040", 61));
        assertThat(SunMessage.verify("https://anzuo.example/t/GATE-1?" + EXAMPLE, ZERO_KEY, ZERO_KEY)).isPresent();
    }

    @Test
    void an12196_intermediate_values_session_key_from_sv2() {
        byte[] sv2 = HexFormat.of().parseHex("3CC30001008004DE5F1EACC0403D0000");
        assertThat(HexFormat.of().withUpperCase().formatHex(SunMessage.cmac(ZERO_KEY, sv2)))
                .isEqualTo("3FB5F6E3A807A03D5E3570ACE393776F");
        assertThat(HexFormat.of().withUpperCase().formatHex(SunMessage.decrypt(ZERO_KEY,
                HexFormat.of().parseHex("EF963FF7828658A599F3041510671E88")))).startsWith("C704DE5F1EACC0403D0000");
    }

    @Test
    void rfc_4493_aes_cmac_vectors() {
        byte[] key = HexFormat.of().parseHex("2b7e151628aed2a6abf7158809cf4f3c");
        assertThat(HexFormat.of().formatHex(SunMessage.cmac(key, new byte[0]))).isEqualTo("bb1d6929e95937287fa37d129b756746");
        assertThat(HexFormat.of().formatHex(SunMessage.cmac(key, HexFormat.of().parseHex("6bc1bee22e409f96e93d7e117393172a"))))
                .isEqualTo("070a16b46b4d4144f79bdd9dd04a287c");
    }

    @Test
    void a_forged_mac_a_wrong_key_or_a_malformed_message_is_refused() {
        assertThat(SunMessage.verify(EXAMPLE.replace("94EED9EE65337086", "94EED9EE65337087"), ZERO_KEY, ZERO_KEY)).isEmpty();
        byte[] other = new byte[16];
        other[15] = 1;
        assertThat(SunMessage.verify(EXAMPLE, other, ZERO_KEY)).isEmpty(); // wrong meta-read key
        assertThat(SunMessage.verify(EXAMPLE, ZERO_KEY, other)).isEmpty(); // wrong file-read key
        assertThat(SunMessage.verify("picc_data=EF96&cmac=94EED9EE65337086", ZERO_KEY, ZERO_KEY)).isEmpty();
        assertThat(SunMessage.verify(null, ZERO_KEY, ZERO_KEY)).isEmpty();
        assertThat(SunMessage.verify("cmac=94EED9EE65337086", ZERO_KEY, ZERO_KEY)).isEmpty();
    }
}
