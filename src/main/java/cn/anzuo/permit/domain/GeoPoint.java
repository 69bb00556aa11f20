package cn.anzuo.permit.domain;

import cn.anzuo.permit.onsite.domain.Geo;

/** Where a permit's work happens (WGS-84 degrees as the phone reports them), for the SIMOPS check. */
public record GeoPoint(double latitude, double longitude) {

    public GeoPoint {
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("not a point on the Earth: " + latitude + ", " + longitude);
        }
    }

    /** Both given is a point, both missing is none; one without the other is stopped by the request's validation. */
    public static GeoPoint of(Double latitude, Double longitude) {
        if (latitude == null && longitude == null) {
            return null;
        }
        if (latitude == null || longitude == null) {
            throw new IllegalArgumentException("a latitude needs its longitude and the reverse");
        }
        return new GeoPoint(latitude, longitude);
    }

    /** Great-circle (haversine) distance; exact enough at the 15 m of a SIMOPS rule. */
    public double metersTo(GeoPoint other) {
        return Geo.distanceMeters(latitude, longitude, other.latitude, other.longitude);
    }
}
