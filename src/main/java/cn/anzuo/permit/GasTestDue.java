package cn.anzuo.permit;

import java.time.Instant;
import java.util.UUID;

/** An active confined-space permit is due its 2-hourly gas analysis (GB 30871 6.5). */
public record GasTestDue(UUID permitId, UUID companyId, String number, UUID guardianId, Instant lastSampledAt, int slot) {}
