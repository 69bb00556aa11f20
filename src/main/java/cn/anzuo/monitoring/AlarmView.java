package cn.anzuo.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An alarm as API.md shows it.
 *
 * @param clearedAt when the device's readings came back below the first threshold (the alarm stays until resolved)
 * @param responseSeconds from raising to acknowledging; null while unacknowledged
 */
public record AlarmView(UUID id, UUID companyId, UUID siteId, UUID deviceId, String deviceCode, String metric,
        Double value, Double threshold, AlarmLevel level, Instant raisedAt, AlarmStatus status, UUID acknowledgedBy,
        Instant acknowledgedAt, Long responseSeconds, UUID resolvedBy, Instant resolvedAt, String resolutionNote,
        Instant clearedAt, Instant escalatedAt, boolean hasSnapshot, List<UUID> suspendedPermitIds) {
}
