package cn.anzuo.organization.domain;

import cn.anzuo.organization.SiteView;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A site (作业区域) with its geofence: a centre and a radius. */
@Table("site")
public class Site {

    @Id
    private final UUID id;

    private final UUID companyId;
    private final String code;
    private final String name;
    private final double latitude;
    private final double longitude;
    private final int radiusMeters;
    private final boolean hazardArea;
    private final Instant createdAt;

    @Version
    private Long version;

    @PersistenceCreator
    Site(UUID id, UUID companyId, String code, String name, double latitude, double longitude, int radiusMeters,
            boolean hazardArea, Instant createdAt, Long version) {
        this.id = id;
        this.companyId = companyId;
        this.code = code;
        this.name = name;
        this.latitude = latitude;
        this.longitude = longitude;
        this.radiusMeters = radiusMeters;
        this.hazardArea = hazardArea;
        this.createdAt = createdAt;
        this.version = version;
    }

    public static Site create(UUID companyId, String code, String name, double latitude, double longitude,
            int radiusMeters, boolean hazardArea, Instant now) {
        return new Site(UUID.randomUUID(), companyId, code, name, latitude, longitude, radiusMeters, hazardArea, now,
                null);
    }

    public SiteView view() {
        return new SiteView(id, companyId, code, name, latitude, longitude, radiusMeters, hazardArea);
    }

    public UUID id() {
        return id;
    }

    public UUID companyId() {
        return companyId;
    }
}
