package cn.anzuo.monitoring;

import java.time.Instant;
import java.util.UUID;

/** Nobody acknowledged an alarm within the policy's {@code alarmEscalationMinutes}: the plant leaders must hear of it. */
public record AlarmEscalated(UUID alarmId, UUID companyId, UUID siteId, String deviceCode, String metric,
        AlarmLevel level, Instant raisedAt, int minutes) {
}
