package cn.anzuo.permit;

import java.time.Instant;
import java.util.UUID;

/** The permit was withdrawn before work began. */
public record PermitCancelled(UUID permitId, UUID companyId, UUID siteId, String number, Instant at, String reason) {}
