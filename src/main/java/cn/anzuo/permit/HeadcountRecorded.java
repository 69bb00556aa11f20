package cn.anzuo.permit;

import java.time.Instant;
import java.util.UUID;

/** The guardian counted people and tools into or out of a confined space (GB 30871 6.8). */
public record HeadcountRecorded(UUID permitId, UUID companyId, UUID siteId, String direction, int persons, int tools,
        int personsInside, UUID by, Instant at) {}
