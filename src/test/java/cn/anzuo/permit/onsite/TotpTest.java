package cn.anzuo.permit.onsite;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.permit.onsite.domain.Geo;
import cn.anzuo.permit.onsite.domain.Totp;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** RFC 6238 (Appendix B vectors, SHA-1, last 6 digits) and the ±1 step tolerance; the haversine distance. */
class TotpTest {

    /** "12345678901234567890" in base32. */
    static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void codes_match_the_RFC_6238_test_vectors() {
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
    }

    @Test
    void the_previous_and_next_step_are_accepted_but_not_two_steps_away() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = Totp.step(now);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now)).hasValue(step - 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now)).hasValue(step + 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "12345", now)).isEmpty();
    }

    @Test
    void new_secrets_are_160_bit_base32() {
        assertThat(Totp.newSecret()).matches("[A-Z2-7]{32}");
    }

    @Test
    void distance_of_one_thousandth_degree_of_latitude_is_about_111_metres() {
        assertThat(Geo.distanceMeters(32.2631, 118.7915, 32.2641, 118.7915)).isBetween(110.0, 112.0);
        assertThat(Geo.distanceMeters(32.2631, 118.7915, 32.2631, 118.7915)).isZero();
    }
}
