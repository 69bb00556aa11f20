package cn.anzuo.permit;

import java.time.Instant;
import java.util.UUID;

/**
 * A face terminal recognised a worker at a site (API.md "Face terminals"), as the monitoring module received
 * it from the device's signed request.
 */
public record FaceEvent(UUID companyId, UUID siteId, UUID deviceId, UUID workerId, Instant occurredAt,
        double similarity, boolean liveness) {
}
