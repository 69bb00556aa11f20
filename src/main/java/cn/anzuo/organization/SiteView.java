package cn.anzuo.organization;

import java.util.UUID;

/** A site (作业区域) as other modules see it: where it is and how far its geofence reaches, and
 * whether work there is in the open air (the weather rules apply). */
public record SiteView(
        UUID id,
        UUID companyId,
        String code,
        String name,
        double latitude,
        double longitude,
        int radiusMeters,
        boolean hazardArea,
        boolean outdoor) {}
