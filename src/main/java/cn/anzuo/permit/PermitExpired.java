package cn.anzuo.permit;

import java.time.Instant;
import java.util.UUID;

/** Past the planned end while not completed. */
public record PermitExpired(UUID permitId, UUID companyId, UUID siteId, String number, Instant at, Actor by, String reason) {}
