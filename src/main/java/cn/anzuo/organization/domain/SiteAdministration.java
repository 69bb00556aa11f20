package cn.anzuo.organization.domain;

import cn.anzuo.organization.Organization;
import cn.anzuo.organization.SiteView;
import cn.anzuo.organization.domain.OrganizationProblems.SiteCodeTaken;
import cn.anzuo.shared.security.CurrentUser;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering sites (作业区域) with their geofence. */
@Service
@Transactional
public class SiteAdministration {

    private final SiteRepository sites;
    private final Organization organization;
    private final Clock clock;

    SiteAdministration(SiteRepository sites, Organization organization, Clock clock) {
        this.sites = sites;
        this.organization = organization;
        this.clock = clock;
    }

    public record CreateSite(
            UUID companyId, String code, String name, double latitude, double longitude, int radiusMeters,
            boolean hazardArea, boolean outdoor) {}

    /** {@code outdoor} null keeps the site's current value. */
    public record ChangeSite(String name, double latitude, double longitude, int radiusMeters, boolean hazardArea,
            Boolean outdoor) {}

    /** New name or geofence of a site of the caller's companies; the code stays. */
    public Site change(CurrentUser by, UUID siteId, ChangeSite command) {
        Site site = visible(by, siteId);
        site.change(command.name().trim(), command.latitude(), command.longitude(), command.radiusMeters(),
                command.hazardArea());
        if (command.outdoor() != null) {
            site.changeOutdoor(command.outdoor());
        }
        return sites.save(site);
    }

    /** Disables or re-enables a site. Sites are never deleted (ADR 0041); a disabled site takes no new permits. */
    public Site changeEnabled(CurrentUser by, UUID siteId, boolean enabled) {
        Site site = visible(by, siteId);
        if (enabled) {
            site.enable();
        } else {
            site.disable();
        }
        return sites.save(site);
    }

    @Transactional(readOnly = true)
    public Site visible(CurrentUser by, UUID siteId) {
        return sites.findById(siteId).filter(s -> organization.canSee(by, s.companyId()))
                .orElseThrow(() -> new cn.anzuo.shared.problem.RecordNotFound("site", siteId));
    }

    public SiteView create(CurrentUser by, CreateSite command) {
        organization.requireVisible(by, command.companyId());
        if (sites.existsByCompanyIdAndCode(command.companyId(), command.code())) {
            throw new SiteCodeTaken(command.code());
        }
        Site site = Site.create(command.companyId(), command.code(), command.name(), command.latitude(),
                command.longitude(), command.radiusMeters(), command.hazardArea(), clock.instant());
        site.changeOutdoor(command.outdoor());
        return sites.save(site).view();
    }
}
