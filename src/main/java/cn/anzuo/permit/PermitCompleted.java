package cn.anzuo.permit;

import java.time.Instant;
import java.util.UUID;

/** Work finished; 完工验收 by leader and guardian follows. */
public record PermitCompleted(UUID permitId, UUID companyId, UUID siteId, String number, Instant at, String reason) {}
