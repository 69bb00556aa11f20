package cn.anzuo.monitoring;

import java.time.Instant;
import java.util.UUID;

/** A safety officer closed an alarm with a note. */
public record AlarmResolved(UUID alarmId, UUID companyId, UUID siteId, UUID byUserId, Instant at, String note) {
}
