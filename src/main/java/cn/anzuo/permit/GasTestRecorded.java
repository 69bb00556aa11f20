package cn.anzuo.permit;

import java.time.Instant;
import java.util.UUID;

/** A gas analysis (气体分析) was recorded for a permit, passed or not. */
public record GasTestRecorded(UUID permitId, UUID companyId, UUID siteId, UUID gasTestId, Instant sampledAt,
        UUID analystId, UUID recordedBy, boolean passed, Instant recordedAt) {}
