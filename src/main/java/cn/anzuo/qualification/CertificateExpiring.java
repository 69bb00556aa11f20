package cn.anzuo.qualification;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A certificate entered its company's reminder window: its expiry or its review is due on
 * {@code dueOn}. Published once per certificate and due date.
 *
 * @param dueKind {@code EXPIRY} or {@code REVIEW}
 */
public record CertificateExpiring(
        UUID certificateId, UUID workerId, UUID companyId, String workerName, String itemCode, String itemName,
        LocalDate dueOn, String dueKind) {}
