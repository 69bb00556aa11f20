package cn.anzuo.permit.web;

import cn.anzuo.permit.domain.GeoPoint;
import java.util.List;
import java.util.Locale;

/**
 * A small plan of a site in metres for an inline SVG (no map tiles are reachable): a local
 * equirectangular projection around the site centre, north up. At a few hundred metres its error is
 * far below a phone's GPS error, so it is fine for a sketch; the SIMOPS rule itself uses great-circle
 * distances.
 *
 * @param extent half the width of the square view, in metres
 * @param fenceRadius the site's geofence radius, in metres
 * @param self this permit's point (null when it has none)
 * @param reach the SIMOPS circle drawn around this permit's point, in metres
 * @param others the points of related or conflicting permits
 */
record SiteSketch(double extent, double fenceRadius, Mark self, double reach, List<Mark> others) {

    private static final double EARTH_RADIUS_METERS = 6_371_008.8;

    /** A point on the plan: x east and y south of the centre, in metres, with a label. */
    record Mark(String label, double x, double y, String cssClass) {}

    static SiteSketch of(GeoPoint centre, double fenceRadius, GeoPoint self, String selfLabel, double reach,
            List<Labelled> others) {
        Mark me = self == null ? null : mark(centre, self, selfLabel, "sketch-self");
        List<Mark> marks = others.stream().filter(o -> o.point() != null)
                .map(o -> mark(centre, o.point(), o.label(), "sketch-other")).toList();
        double far = fenceRadius;
        if (me != null) {
            far = Math.max(far, Math.hypot(me.x(), me.y()) + reach);
        }
        for (Mark m : marks) {
            far = Math.max(far, Math.hypot(m.x(), m.y()));
        }
        return new SiteSketch(Math.max(far * 1.15, reach * 2), fenceRadius, me, reach, marks);
    }

    /** A permit's point with the label the plan shows beside it. */
    record Labelled(String label, GeoPoint point) {}

    static Mark mark(GeoPoint centre, GeoPoint point, String label, String cssClass) {
        double x = Math.toRadians(point.longitude() - centre.longitude()) * Math.cos(Math.toRadians(centre.latitude()))
                * EARTH_RADIUS_METERS;
        double y = -Math.toRadians(point.latitude() - centre.latitude()) * EARTH_RADIUS_METERS;
        return new Mark(label, x, y, cssClass);
    }

    /** The SVG viewBox: a square around the centre. */
    public String viewBox() {
        return String.format(Locale.ROOT, "%.1f %.1f %.1f %.1f", -extent, -extent, 2 * extent, 2 * extent);
    }

    /** Sizes that scale with the view: dots, text and strokes stay readable whatever the extent. */
    public double dot() {
        return extent / 40;
    }

    public double font() {
        return extent / 12;
    }

    public double stroke() {
        return extent / 150;
    }
}
