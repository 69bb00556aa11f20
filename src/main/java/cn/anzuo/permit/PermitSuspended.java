package cn.anzuo.permit;

import java.time.Instant;
import java.util.UUID;

/** Work stopped; it resumes only under the interruption rules. */
public record PermitSuspended(UUID permitId, UUID companyId, UUID siteId, String number, Instant at, String reason) {}
