package cn.anzuo.permit;

import java.time.Instant;
import java.util.UUID;

/** Nobody checked in within the window after the planned start: the permit is void and cannot be revived. */
public record PermitVoided(UUID permitId, UUID companyId, UUID siteId, String number, Instant at, Actor by, String reason) {}
