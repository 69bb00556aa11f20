package cn.anzuo.qualification;

import java.time.LocalDate;
import java.util.UUID;

/** A certificate passed its expiry date. Published once per certificate and expiry date. */
public record CertificateExpired(
        UUID certificateId, UUID workerId, UUID companyId, String workerName, String itemCode, String itemName,
        LocalDate expiredOn) {}
