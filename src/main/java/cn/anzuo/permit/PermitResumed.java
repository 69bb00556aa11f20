package cn.anzuo.permit;

import java.time.Instant;
import java.util.UUID;

/** Work resumed after a suspension. */
public record PermitResumed(UUID permitId, UUID companyId, UUID siteId, String number, Instant at, Actor by, String reason) {}
