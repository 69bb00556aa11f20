package cn.anzuo.permit.web;

import cn.anzuo.organization.Organization;
import cn.anzuo.organization.SiteView;
import cn.anzuo.permit.domain.GeoPoint;
import cn.anzuo.permit.domain.SimopsPolicy;
import cn.anzuo.permit.domain.WorkPermit;
import cn.anzuo.permit.domain.WorkPermitRepository;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What approvers see of 交叉作业 on the permit and decision pages: the related permits, the live
 * permits that conflict now (listed as related or not), and a sketch of the site with the points.
 */
@Component
class SimopsPanels {

    /** A permit in the panel; {@code meters} is null when either permit has no point. */
    record Line(UUID id, String number, String typeName, String window, String status, Long meters,
            boolean related, boolean conflict) {}

    record Panel(boolean hasPoint, List<Line> lines, SiteSketch sketch) {}

    private final SimopsPolicy simops;
    private final WorkPermitRepository permits;
    private final Organization organization;
    private final PermitCards cards;

    SimopsPanels(SimopsPolicy simops, WorkPermitRepository permits, Organization organization, PermitCards cards) {
        this.simops = simops;
        this.permits = permits;
        this.organization = organization;
        this.cards = cards;
    }

    Panel of(WorkPermit permit) {
        ZoneId zone = organization.policy(permit.companyId()).zone();
        Set<UUID> related = new LinkedHashSet<>(permit.relatedPermitIds());
        List<WorkPermit> conflicting = simops.conflictsOf(permit);
        Set<UUID> conflictIds = new LinkedHashSet<>(conflicting.stream().map(WorkPermit::id).toList());
        List<WorkPermit> shown = new ArrayList<>(conflicting);
        permits.findAllById(related).stream()
                .filter(p -> p.companyId().equals(permit.companyId()) && !conflictIds.contains(p.id()))
                .forEach(shown::add);
        List<Line> lines = shown.stream().map(p -> line(permit, p, zone, related.contains(p.id()),
                conflictIds.contains(p.id()))).toList();
        return new Panel(permit.point() != null, lines, sketch(permit, shown));
    }

    /** Lines for conflicts found at application (on the apply form, before the permit exists). */
    List<Line> conflicts(List<UUID> ids) {
        return simops.permits(ids).stream()
                .map(p -> line(null, p, organization.policy(p.companyId()).zone(), false, true)).toList();
    }

    private Line line(WorkPermit self, WorkPermit other, ZoneId zone, boolean related, boolean conflict) {
        Long meters = self == null || self.point() == null || other.point() == null ? null
                : Math.round(self.point().metersTo(other.point()));
        return new Line(other.id(), other.number(), cards.levelType(other.workType(), other.level()),
                PermitCards.window(other.plannedStart().atZone(zone).toOffsetDateTime(),
                        other.plannedEnd().atZone(zone).toOffsetDateTime()),
                cards.text("permit.status." + other.status().name()), meters, related, conflict);
    }

    private SiteSketch sketch(WorkPermit permit, List<WorkPermit> shown) {
        SiteView site = organization.site(permit.siteId()).orElse(null);
        if (permit.point() == null && shown.stream().allMatch(p -> p.point() == null)) {
            return null;
        }
        GeoPoint centre = site != null ? new GeoPoint(site.latitude(), site.longitude()) : permit.point();
        List<SiteSketch.Labelled> others = new ArrayList<>();
        for (WorkPermit p : shown) {
            others.add(new SiteSketch.Labelled(p.number(), p.point()));
        }
        return SiteSketch.of(centre, site == null ? 0 : site.radiusMeters(), permit.point(), permit.number(),
                simops.reachMeters(), others);
    }
}
