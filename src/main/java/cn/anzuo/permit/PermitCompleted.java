package cn.anzuo.permit;

import java.time.Instant;
import java.util.UUID;

/** Work finished; waiting for 完工验收. */
public record PermitCompleted(UUID permitId, UUID companyId, UUID siteId, String number, Instant at, Actor by, String reason) {}
