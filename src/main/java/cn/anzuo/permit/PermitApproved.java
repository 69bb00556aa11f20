package cn.anzuo.permit;

import java.time.Instant;
import java.util.UUID;

/** The last approval step approved the permit. */
public record PermitApproved(UUID permitId, UUID companyId, String number, UUID applicantId, Instant submittedAt, Instant approvedAt) {}
