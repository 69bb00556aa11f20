package cn.anzuo.permit;

import java.time.Instant;
import java.util.UUID;

/** Withdrawn before work began, with a reason. */
public record PermitCancelled(UUID permitId, UUID companyId, UUID siteId, String number, Instant at, Actor by, String reason) {}
