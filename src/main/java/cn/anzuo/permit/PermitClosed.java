package cn.anzuo.permit;

import java.time.Instant;
import java.util.UUID;

/** Leader and guardian accepted the completed work (完工验收). */
public record PermitClosed(UUID permitId, UUID companyId, UUID siteId, String number, Instant at, Actor by, String reason) {}
