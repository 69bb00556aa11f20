package cn.anzuo.permit;

import java.time.Instant;
import java.util.UUID;

/** A person checked in on site for a permit, with a verified proof inside the site's geofence. */
public record CheckedIn(UUID permitId, UUID companyId, UUID siteId, UUID workerId, UUID userId, String method,
        Instant at) {}
