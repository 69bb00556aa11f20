package cn.anzuo.qualification;

import cn.anzuo.qualification.domain.Certificate;
import cn.anzuo.qualification.domain.CertificateDates;
import cn.anzuo.qualification.domain.CertificateItem;
import cn.anzuo.shared.crypto.PersonalDataCipher;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Test builder: {@code aCertificate().item("2.1").expiresOn(...).build()}. */
final class Certificates {

    static final PersonalDataCipher CIPHER = new PersonalDataCipher(new byte[32]);

    private CertificateRegime regime = CertificateRegime.SPECIAL_OPERATION;
    private String item = "2.1";
    private LocalDate issuedOn = LocalDate.of(2022, 1, 1);
    private LocalDate expiresOn = LocalDate.of(2028, 1, 1);
    private LocalDate reviewDueOn;
    private boolean verified = true;

    static Certificates aCertificate() {
        return new Certificates();
    }

    Certificates item(CertificateRegime r, String code) {
        this.regime = r;
        this.item = code;
        return this;
    }

    Certificates item(String code) {
        this.item = code;
        return this;
    }

    Certificates issuedOn(LocalDate d) {
        this.issuedOn = d;
        return this;
    }

    Certificates expiresOn(LocalDate d) {
        this.expiresOn = d;
        return this;
    }

    Certificates reviewDueOn(LocalDate d) {
        this.reviewDueOn = d;
        return this;
    }

    Certificates unverified() {
        this.verified = false;
        return this;
    }

    Certificate build() {
        CertificateItem catalogItem = new CertificateItem(UUID.randomUUID(), null, regime, item, "项目" + item, "类别", 1);
        Certificate c = Certificate.issue(UUID.randomUUID(), UUID.randomUUID(), catalogItem, "T11010519491231002X", "局",
                new CertificateDates(issuedOn, expiresOn, reviewDueOn), CIPHER, Instant.parse("2022-01-01T00:00:00Z"));
        if (verified) {
            c.verify(Certificate.VerificationMethod.MANUAL, UUID.randomUUID(), UUID.randomUUID(),
                    Instant.parse("2022-01-02T00:00:00Z"));
        }
        return c;
    }
}
