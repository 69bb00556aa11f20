package cn.anzuo.monitoring.web;

import cn.anzuo.monitoring.AlarmStatus;
import cn.anzuo.monitoring.AlarmView;
import cn.anzuo.monitoring.Alarms;
import cn.anzuo.monitoring.domain.AlarmBook;
import cn.anzuo.monitoring.domain.AlarmResponse;
import cn.anzuo.organization.Organization;
import cn.anzuo.organization.SiteView;
import cn.anzuo.organization.UserView;
import cn.anzuo.permit.PermitRecord;
import cn.anzuo.permit.PermitStatus;
import cn.anzuo.permit.Permits;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.problem.RecordNotFound;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.security.Role;
import cn.anzuo.shared.web.FormProblems;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 报警处置: the safety officer's console of the company's unresolved alarms (live over SSE, see
 * {@link AlarmStreams}), one alarm with its snapshot, acknowledging (确认) and resolving (处置完毕) by form
 * post; and the small alarm strips the site board and the permit pages load into themselves.
 */
@Controller
@RequestMapping("/alarms")
class AlarmPageController {

    static final String CONSOLE = "hasAnyRole('SAFETY_OFFICER', 'PLANT_LEADER', 'COMPANY_ADMIN', 'GROUP_ADMIN')";
    static final String LIVE = "LIVE";
    static final Set<PermitStatus> NOT_STARTED_OR_UNDER_WAY =
            Set.of(PermitStatus.APPROVED, PermitStatus.ACTIVE, PermitStatus.SUSPENDED);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss");

    /** A suspended permit, linked by its number. */
    record PermitLink(UUID id, String number) {}

    /** One alarm as the pages show it. */
    record AlarmRow(AlarmView alarm, String siteName, String raisedAt, String acknowledgedAt, String resolvedAt,
            String acknowledgedBy, String resolvedBy, boolean mayAcknowledge, boolean mayResolve,
            List<PermitLink> permits) {

        public String levelClass() {
            return "alarm-" + alarm.level().name().toLowerCase().replace("_", "");
        }

        public String statusClass() {
            return "alarm-st-" + alarm.status().name().toLowerCase();
        }
    }

    private final AlarmBook book;
    private final Alarms alarms;
    private final AlarmResponse response;
    private final Organization organization;
    private final Permits permits;
    private final FormProblems problems;
    private final Clock clock;

    AlarmPageController(AlarmBook book, Alarms alarms, AlarmResponse response,
            Organization organization, Permits permits, FormProblems problems, Clock clock) {
        this.book = book;
        this.alarms = alarms;
        this.response = response;
        this.organization = organization;
        this.permits = permits;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(CONSOLE)
    String console(CurrentUser me, @RequestParam(required = false) String status,
            @RequestParam(required = false) UUID siteId,
            @RequestHeader(value = "HX-Request", required = false) String htmx, HttpServletResponse http, Model model) {
        Set<UUID> companies = organization.visibleCompanyIds(me);
        List<SiteView> sites = organization.sitesOf(companies, null);
        UUID site = siteId == null ? null : organization.visibleSite(me, siteId).id();
        String shown = status == null || status.isBlank() ? LIVE : status;
        List<AlarmView> found = switch (shown) {
            case "OPEN", "ACKNOWLEDGED", "RESOLVED" -> book.list(companies, site, AlarmStatus.valueOf(shown), null, 0, 100);
            default -> {
                shown = LIVE;
                yield Stream.concat(book.list(companies, site, AlarmStatus.OPEN, null, 0, 100).stream(),
                        book.list(companies, site, AlarmStatus.ACKNOWLEDGED, null, 0, 100).stream()).toList();
            }
        };
        Map<UUID, String> names = sites.stream().collect(Collectors.toMap(SiteView::id, SiteView::name));
        model.addAttribute("rows", found.stream().map(a -> row(me, a, names)).toList());
        model.addAttribute("sites", sites);
        model.addAttribute("status", shown);
        model.addAttribute("siteId", site);
        model.addAttribute("open", found.stream().filter(a -> a.status() == AlarmStatus.OPEN).count());
        model.addAttribute("updatedAt", clock.instant().atZone(zone(me)).toLocalTime().withNano(0));
        http.addHeader(HttpHeaders.VARY, "HX-Request");
        return htmx != null ? "monitoring/alarms :: list" : "monitoring/alarms";
    }


    @GetMapping("/{id}")
    String detail(CurrentUser me, @PathVariable UUID id, Model model) {
        return render(me, response.visible(me, id), model);
    }

    @GetMapping("/{id}/snapshot")
    ResponseEntity<byte[]> snapshot(CurrentUser me, @PathVariable UUID id) {
        response.visible(me, id);
        return book.snapshot(id)
                .map(bytes -> ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG)
                        .cacheControl(CacheControl.noStore()).body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping("/{id}/acknowledge")
    String acknowledge(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        try {
            response.acknowledge(me, id);
            redirect.addFlashAttribute("flash", problems.message("alarms.acknowledged"));
        } catch (RecordNotFound | cn.anzuo.shared.problem.NotAllowed refused) {
            throw refused;
        } catch (BusinessProblem problem) {
            redirect.addFlashAttribute("flash", problems.message("problem." + problem.code()));
        }
        // a query parameter ties the flash to the redirected page: the live list's own refreshes of /alarms
        // (htmx, on the alarm's server event) must not consume it first
        redirect.addAttribute("done", id);
        return "redirect:" + back(back, id);
    }

    @PostMapping("/{id}/resolve")
    String resolve(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) String note,
            @RequestParam(required = false) String back, Model model, HttpServletResponse http,
            RedirectAttributes redirect) {
        AlarmView alarm = response.visible(me, id);
        if (note == null || note.isBlank() || note.length() > 500) {
            model.addAttribute("noteError", problems.message(note == null || note.isBlank()
                    ? "alarms.resolve.noteRequired" : "alarms.resolve.noteTooLong"));
            model.addAttribute("note", note);
            http.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return render(me, alarm, model);
        }
        try {
            response.resolve(me, id, note.strip());
            redirect.addFlashAttribute("flash", problems.message("alarms.resolved"));
        } catch (RecordNotFound | cn.anzuo.shared.problem.NotAllowed refused) {
            throw refused;
        } catch (BusinessProblem problem) {
            redirect.addFlashAttribute("flash", problems.message("problem." + problem.code()));
        }
        // a query parameter ties the flash to the redirected page: the live list's own refreshes of /alarms
        // (htmx, on the alarm's server event) must not consume it first
        redirect.addAttribute("done", id);
        return "redirect:" + back(back, id);
    }

    /**
     * The strip on the site board (unresolved alarms at the site) or the permit page: the alarms that stopped it and,
     * while it is live, those at its site nobody has acknowledged, which keep it from starting or resuming (ADR 0093).
     */
    @GetMapping("/strip")
    String strip(CurrentUser me, @RequestParam(required = false) UUID siteId,
            @RequestParam(required = false) UUID permitId, @RequestParam(required = false) String part,
            HttpServletResponse http, Model model) {
        List<AlarmView> found;
        List<AlarmView> atSite = List.of();
        UUID companyId;
        if (permitId != null) {
            PermitRecord permit = permits.find(permitId).filter(p -> organization.canSee(me, p.companyId()))
                    .orElseThrow(() -> new RecordNotFound("permit", permitId));
            companyId = permit.companyId();
            found = alarms.ofPermit(companyId, permitId);
            if (NOT_STARTED_OR_UNDER_WAY.contains(permit.status())) {
                Set<UUID> own = found.stream().map(AlarmView::id).collect(Collectors.toSet());
                atSite = alarms.unacknowledgedAt(companyId, permit.siteId()).stream()
                        .filter(a -> !own.contains(a.id())).toList();
            }
        } else if (siteId != null) {
            SiteView site = organization.visibleSite(me, siteId);
            companyId = site.companyId();
            found = alarms.unresolvedAt(companyId, site.id());
        } else {
            throw new RecordNotFound("site", null);
        }
        Map<UUID, String> names = organization.sitesOf(Set.of(companyId), null).stream()
                .collect(Collectors.toMap(SiteView::id, SiteView::name));
        model.addAttribute("rows", found.stream().map(a -> row(me, a, names)).toList());
        model.addAttribute("siteId", siteId);
        model.addAttribute("siteRows", atSite.stream().map(a -> row(me, a, names)).toList());
        model.addAttribute("permitId", permitId);
        http.addHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return "items".equals(part) ? "monitoring/strip :: items" : "monitoring/strip :: strip";
    }

    private String render(CurrentUser me, AlarmView alarm, Model model) {
        Map<UUID, String> names = organization.site(alarm.siteId()).stream()
                .collect(Collectors.toMap(SiteView::id, SiteView::name));
        model.addAttribute("row", row(me, alarm, names));
        model.addAttribute("console", me.hasAny(Role.SAFETY_OFFICER, Role.PLANT_LEADER, Role.COMPANY_ADMIN,
                Role.GROUP_ADMIN));
        return "monitoring/alarm";
    }

    private AlarmRow row(CurrentUser me, AlarmView a, Map<UUID, String> siteNames) {
        ZoneId zone = organization.policy(a.companyId()).zone();
        Function<java.time.Instant, String> at = i -> i == null ? null : TIME.format(i.atZone(zone));
        Function<UUID, String> who = id -> id == null ? null
                : organization.user(id).map(UserView::displayName).orElse(null);
        List<PermitLink> links = a.suspendedPermitIds().stream().map(permits::find).flatMap(java.util.Optional::stream)
                .sorted(Comparator.comparing(PermitRecord::number))
                .map(p -> new PermitLink(p.id(), p.number())).toList();
        boolean unresolved = a.status() != AlarmStatus.RESOLVED;
        return new AlarmRow(a, siteNames.getOrDefault(a.siteId(), ""), at.apply(a.raisedAt()),
                at.apply(a.acknowledgedAt()), at.apply(a.resolvedAt()), who.apply(a.acknowledgedBy()),
                who.apply(a.resolvedBy()), a.status() == AlarmStatus.OPEN && response.mayAcknowledge(me, a),
                unresolved && me.has(Role.SAFETY_OFFICER), links);
    }

    private ZoneId zone(CurrentUser me) {
        return me.companyId() == null ? ZoneId.of("Asia/Shanghai") : organization.policy(me.companyId()).zone();
    }

    private static String back(String back, UUID id) {
        return back != null && back.matches("/alarms(\\?[A-Za-z0-9=&_-]*)?") ? back : "/alarms/" + id;
    }
}
