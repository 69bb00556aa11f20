package cn.anzuo.monitoring;

import java.time.Instant;
import java.util.UUID;

/** Someone answered an alarm; {@code responseSeconds} from raising to acknowledging feeds the alarm-response KPI. */
public record AlarmAcknowledged(UUID alarmId, UUID companyId, UUID siteId, UUID byUserId, Instant at,
        long responseSeconds) {
}
