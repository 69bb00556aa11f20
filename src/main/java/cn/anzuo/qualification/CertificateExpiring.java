package cn.anzuo.qualification;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A certificate reached a reminder stage: its expiry or its review is due on
 * {@code dueOn}. Published once per certificate, due date and stage.
 *
 * @param dueKind {@code EXPIRY} or {@code REVIEW}
 * @param stageDays the reminder stage: days before {@code dueOn} (60, 30, 15, 0 by default)
 */
public record CertificateExpiring(
        UUID certificateId, UUID workerId, UUID companyId, String workerName, String itemCode, String itemName,
        LocalDate dueOn, String dueKind, int stageDays) {}
