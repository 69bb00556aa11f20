package cn.anzuo.qualification.domain;

import cn.anzuo.shared.crypto.PersonalDataCipher;
import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.qualification.CertificateRegime;
import cn.anzuo.qualification.CertificateStatus;
import cn.anzuo.qualification.WorkerView;
import cn.anzuo.qualification.domain.CertificateRegistry.Dated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The worker's standing in the list: per item the best certificate, of those the worst. */
class HeldCertificatesTest {

    static final PersonalDataCipher CIPHER = new PersonalDataCipher(new byte[32]);
    static final UUID COMPANY = UUID.randomUUID();
    static final WorkerView WORKER = new WorkerView(UUID.randomUUID(), COMPANY, "郑海", "320106********1234", null, null);

    static Dated certificate(String item, CertificateStatus status) {
        CertificateItem catalogued = new CertificateItem(UUID.randomUUID(), null, CertificateRegime.SPECIAL_EQUIPMENT, item,
                item, "test", 1);
        LocalDate issued = LocalDate.of(2025, 1, 1);
        return new Dated(Certificate.issue(COMPANY, WORKER.id(), catalogued, "TS-" + item, null,
                CertificateDates.withDefaults(CertificateRegime.SPECIAL_EQUIPMENT, issued, null, null), CIPHER,
                Instant.now()), status);
    }

    @Test
    void a_renewed_certificate_supersedes_the_expired_one_of_the_same_item() {
        HeldCertificates held = new HeldCertificates(WORKER,
                List.of(certificate("Q2", CertificateStatus.EXPIRED), certificate("Q2", CertificateStatus.VALID)));
        assertThat(held.standing()).contains(CertificateStatus.VALID);
        assertThat(held.anyWithStatus(CertificateStatus.EXPIRED)).isTrue();
    }

    @Test
    void the_worst_item_decides_the_standing() {
        HeldCertificates held = new HeldCertificates(WORKER, List.of(certificate("Q2", CertificateStatus.VALID),
                certificate("N1", CertificateStatus.REVIEW_OVERDUE), certificate("Q1", CertificateStatus.EXPIRING)));
        assertThat(held.standing()).contains(CertificateStatus.REVIEW_OVERDUE);
        assertThat(held.itemCodes()).containsExactly("N1", "Q1", "Q2");
        assertThat(held.holdsItem("q1")).isTrue();
    }

    @Test
    void without_certificates_there_is_no_standing() {
        assertThat(new HeldCertificates(WORKER, List.of()).standing()).isEmpty();
    }

    @Test
    void unverified_counts_only_for_certificates_not_revoked() {
        assertThat(new HeldCertificates(WORKER, List.of(certificate("Q2", CertificateStatus.REVOKED))).anyUnverified())
                .isFalse();
        assertThat(new HeldCertificates(WORKER, List.of(certificate("Q2", CertificateStatus.VALID))).anyUnverified())
                .isTrue();
    }
}
