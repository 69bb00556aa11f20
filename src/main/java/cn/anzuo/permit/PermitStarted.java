package cn.anzuo.permit;

import java.time.Instant;
import java.util.UUID;

/** Work began: approvals, gas test, check-ins and (for hot work) the shift leader's check were all in place. */
public record PermitStarted(UUID permitId, UUID companyId, UUID siteId, String number, Instant at, Actor by, String reason) {}
