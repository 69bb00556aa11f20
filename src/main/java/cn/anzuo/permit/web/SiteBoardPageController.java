package cn.anzuo.permit.web;

import cn.anzuo.organization.Organization;
import cn.anzuo.organization.SiteView;
import cn.anzuo.permit.PermitStatus;
import cn.anzuo.permit.domain.PermitQueries;
import cn.anzuo.permit.onsite.CheckInRecord;
import cn.anzuo.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 现场看板: the live permits of a site — working, suspended, approved and waiting to start. The list
 * refreshes when the server sends {@code refresh} (a permit of the site changed, see {@link SiteBoardEvents}) on the page's live stream;
 * htmx polling every 15 s is the fallback.
 */
@Controller
@RequestMapping("/onsite/board")
@PreAuthorize(SiteBoardPageController.VIEWERS)
class SiteBoardPageController {

    static final String VIEWERS = "hasAnyRole('SAFETY_OFFICER', 'COMPANY_ADMIN', 'GROUP_ADMIN', 'PLANT_LEADER', "
            + "'UNIT_APPROVER', 'DEPT_APPROVER', 'SHIFT_LEADER', 'GAS_ANALYST', 'AUDITOR')";
    static final List<PermitStatus> LIVE = List.of(PermitStatus.ACTIVE, PermitStatus.SUSPENDED, PermitStatus.APPROVED);

    private final Organization organization;
    private final PermitQueries queries;
    private final PermitViews views;
    private final Clock clock;

    private final cn.anzuo.permit.onsite.OnSite onSite;

    SiteBoardPageController(Organization organization, PermitQueries queries, PermitViews views,
            Clock clock, cn.anzuo.permit.onsite.OnSite onSite) {
        this.onSite = onSite;
        this.organization = organization;
        this.queries = queries;
        this.views = views;
        this.clock = clock;
    }

    @GetMapping
    String sites(CurrentUser me, Model model) {
        List<SiteView> sites = organization.sitesOf(organization.visibleCompanyIds(me), null);
        if (sites.size() == 1) {
            return "redirect:/onsite/board/" + sites.getFirst().id();
        }
        model.addAttribute("sites", sites);
        return "onsite/boards";
    }

    @GetMapping("/{siteId}")
    String board(CurrentUser me, @PathVariable UUID siteId,
            @RequestHeader(value = "HX-Request", required = false) String htmx, HttpServletResponse response,
            Model model) {
        SiteView site = organization.visibleSite(me, siteId);
        Instant now = clock.instant();
        // views.many, not views.one per permit: the board shows no risk score nor weather warnings, and each
        // costs queries per permit; the names of all their people come in one look-up.
        List<PermitResponse> live = views.many(queries.search(Set.of(site.companyId()), LIVE, null, site.id(),
                        now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(1))).stream()
                .sorted(Comparator.comparing((cn.anzuo.permit.domain.WorkPermit p) -> LIVE.indexOf(p.status()))
                        .thenComparing(cn.anzuo.permit.domain.WorkPermit::plannedStart))
                .toList());
        model.addAttribute("site", site);
        model.addAttribute("liveSite", site.id()); // the layout's live stream carries this site's refresh hints
        model.addAttribute("permits", live);
        // who is verified how: per permit, the check-ins by proof method (二维码 2 · NFC 1 · 人脸 1)
        Map<UUID, List<CheckInRecord>> checkIns = onSite.checkInsOf(live.stream().map(PermitResponse::id).toList());
        model.addAttribute("verified", live.stream().collect(Collectors.toMap(PermitResponse::id,
                p -> checkIns.getOrDefault(p.id(), List.of()).stream().collect(Collectors.groupingBy(
                        c -> c.method().name(), TreeMap::new, Collectors.counting())))));
        model.addAttribute("counts", LIVE.stream()
                .map(s -> live.stream().filter(p -> p.status() == s).count()).toList());
        model.addAttribute("updatedAt", now.atZone(organization.policy(site.companyId()).zone()).toLocalTime()
                .withNano(0));
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        return htmx != null ? "onsite/board :: list" : "onsite/board";
    }

}
