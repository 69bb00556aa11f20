package cn.anzuo.organization;

import java.util.UUID;

/** A site (作业区域) as other modules see it: where it is and how far its geofence reaches. */
public record SiteView(
        UUID id,
        UUID companyId,
        String code,
        String name,
        double latitude,
        double longitude,
        int radiusMeters,
        boolean hazardArea) {}
