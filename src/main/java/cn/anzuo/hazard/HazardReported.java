package cn.anzuo.hazard;

import java.time.Instant;
import java.util.UUID;

/** Someone reported a hazard (participation KPI). */
public record HazardReported(UUID hazardId, UUID companyId, UUID siteId, UUID reportedBy, Instant at) {
}
