package cn.anzuo.qualification.web;

import cn.anzuo.qualification.CertificateRegime;
import cn.anzuo.qualification.CertificateStatus;
import cn.anzuo.qualification.domain.Certificate;
import cn.anzuo.qualification.domain.CertificateRegistry.Dated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A certificate in API responses: the number masked, the status computed for today. */
record CertificateResponse(
        UUID id,
        UUID workerId,
        CertificateRegime regime,
        String itemCode,
        String itemName,
        String number,
        String authority,
        LocalDate issuedOn,
        LocalDate expiresOn,
        LocalDate reviewDueOn,
        CertificateStatus status,
        boolean verified,
        String verificationMethod,
        Instant verifiedAt,
        UUID evidenceId,
        Instant revokedAt,
        String revokedReason) {

    static CertificateResponse of(Dated dated) {
        Certificate c = dated.certificate();
        return new CertificateResponse(c.id(), c.workerId(), c.regime(), c.itemCode(), c.itemName(), c.numberMasked(),
                c.authority(), c.issuedOn(), c.expiresOn(), c.reviewDueOn(), dated.status(), c.verified(),
                c.verificationMethod() == null ? null : c.verificationMethod().name(), c.verifiedAt(), c.evidenceId(),
                c.revokedAt(), c.revokedReason());
    }
}
