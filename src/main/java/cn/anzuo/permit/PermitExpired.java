package cn.anzuo.permit;

import java.time.Instant;
import java.util.UUID;

/** The planned end passed before the work was completed. */
public record PermitExpired(UUID permitId, UUID companyId, UUID siteId, String number, Instant at, String reason) {}
