package cn.anzuo.qualification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.qualification.domain.CertificateDates;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** DOMAIN.md §2.4 and §3: defaults when the card leaves dates out. */
class CertificateDatesTest {

    static final LocalDate ISSUED = LocalDate.of(2024, 3, 15);

    @Test
    void special_operation_certificate_is_valid_six_years_with_review_after_three() {
        CertificateDates d = CertificateDates.withDefaults(CertificateRegime.SPECIAL_OPERATION, ISSUED, null, null);
        assertThat(d.expiresOn()).isEqualTo(LocalDate.of(2030, 3, 15));
        assertThat(d.reviewDueOn()).isEqualTo(LocalDate.of(2027, 3, 15));
    }

    @Test
    void special_equipment_certificate_is_valid_four_years_without_review() {
        CertificateDates d = CertificateDates.withDefaults(CertificateRegime.SPECIAL_EQUIPMENT, ISSUED, null, null);
        assertThat(d.expiresOn()).isEqualTo(LocalDate.of(2028, 3, 15));
        assertThat(d.reviewDueOn()).isNull();
    }

    @Test
    void given_dates_are_kept() {
        CertificateDates d = CertificateDates.withDefaults(CertificateRegime.SPECIAL_OPERATION, ISSUED,
                LocalDate.of(2029, 1, 1), LocalDate.of(2026, 1, 1));
        assertThat(d.expiresOn()).isEqualTo(LocalDate.of(2029, 1, 1));
        assertThat(d.reviewDueOn()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void expiry_or_review_before_issue_is_inconsistent() {
        assertThat(new CertificateDates(ISSUED, ISSUED.minusDays(1), null).consistent()).isFalse();
        assertThat(new CertificateDates(ISSUED, ISSUED.plusYears(1), ISSUED.minusDays(1)).consistent()).isFalse();
        assertThat(new CertificateDates(ISSUED, ISSUED, ISSUED).consistent()).isTrue();
    }
}
