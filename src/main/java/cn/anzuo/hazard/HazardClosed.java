package cn.anzuo.hazard;

import java.time.Instant;
import java.util.UUID;

/** A hazard was verified as fixed and closed; {@code closureHours} from report to closing (speed KPI). */
public record HazardClosed(UUID hazardId, UUID companyId, UUID siteId, Instant reportedAt, Instant closedAt,
        double closureHours) {
}
