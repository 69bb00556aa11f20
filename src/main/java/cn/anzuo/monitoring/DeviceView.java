package cn.anzuo.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A device as other modules and pages see it: never with its secret. */
public record DeviceView(UUID id, UUID companyId, UUID siteId, String code, DeviceKind kind, LocalDate calibratedOn,
        Instant createdAt, Instant lastSeenAt, boolean enabled) {

    /** API.md: a device is online when it reported within the last two minutes. */
    public static final Duration ONLINE_WINDOW = Duration.ofMinutes(2);

    public boolean online(Instant now) {
        return lastSeenAt != null && !lastSeenAt.isBefore(now.minus(ONLINE_WINDOW));
    }
}
