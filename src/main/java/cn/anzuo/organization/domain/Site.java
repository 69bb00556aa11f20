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
    private String name;
    private double latitude;
    private double longitude;
    private int radiusMeters;
    private boolean hazardArea;
    private final Instant createdAt;
    /** False once disabled (never deleted: other records refer to it); true for a new record. */
    private boolean enabled = true;
    /** Open-air work (露天作业): the weather rules apply (API.md "Risk rules"); true for a new record. */
    private boolean outdoor = true;

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

    /** New name or geofence; the code stays, because permit numbers and checkpoints are filed under it. */
    public void change(String newName, double newLatitude, double newLongitude, int newRadiusMeters,
            boolean newHazardArea) {
        this.name = newName;
        this.latitude = newLatitude;
        this.longitude = newLongitude;
        this.radiusMeters = newRadiusMeters;
        this.hazardArea = newHazardArea;
    }

    /** Indoor (a workshop, a hall) or outdoor; permits at the site take this as their default. */
    public void changeOutdoor(boolean newOutdoor) {
        this.outdoor = newOutdoor;
    }

    public boolean outdoor() {
        return outdoor;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public boolean enabled() {
        return enabled;
    }

    public SiteView view() {
        return new SiteView(id, companyId, code, name, latitude, longitude, radiusMeters, hazardArea, outdoor);
    }

    public UUID id() {
        return id;
    }

    public UUID companyId() {
        return companyId;
    }
}
