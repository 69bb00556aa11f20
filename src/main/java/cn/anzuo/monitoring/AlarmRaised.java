package cn.anzuo.monitoring;

import java.time.Instant;
import java.util.UUID;

/**
 * An alarm was opened, or an open alarm's level went up ({@code levelRaised}). Published in the
 * transaction that stored it; listeners stop the work at the site and tell the people who must act.
 *
 * @param metric {@code LEL}, {@code O2}, {@code H2S}, {@code CO}, or a camera event type such as {@code SMOKE}
 * @param value the reading that raised it; null for a camera event
 * @param threshold the limit it reached; null for a camera event
 */
public record AlarmRaised(UUID alarmId, UUID companyId, UUID siteId, String deviceCode, String metric, Double value,
        Double threshold, AlarmLevel level, Instant raisedAt, boolean levelRaised) {
}
