package cn.anzuo.permit;

import java.time.Instant;
import java.util.UUID;

/** An approver rejected the permit, which ends it. */
public record PermitRejected(UUID permitId, UUID companyId, String number, UUID applicantId, String reason, Instant rejectedAt) {}
