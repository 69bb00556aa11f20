package cn.anzuo.permit;

import java.time.Instant;
import java.util.UUID;

/**
 * A person checked in on site for a permit, with a verified proof inside the site's geofence.
 *
 * @param device the fingerprint (hex SHA-256) of the phone or API client the person checked in from, or null
 *     (a face terminal, or a client that sent none): an audit signal only (ADR 0064)
 */
public record CheckedIn(UUID permitId, UUID companyId, UUID siteId, UUID workerId, UUID userId, String method,
        Instant at, String device) {

    public CheckedIn(UUID permitId, UUID companyId, UUID siteId, UUID workerId, UUID userId, String method, Instant at) {
        this(permitId, companyId, siteId, workerId, userId, method, at, null);
    }
}
