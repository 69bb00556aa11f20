package cn.anzuo.permit.web;

import cn.anzuo.organization.Organization;
import cn.anzuo.permit.PermitStatus;
import cn.anzuo.permit.domain.ApprovalStep;
import cn.anzuo.permit.domain.PermitCard;
import cn.anzuo.permit.domain.PermitQueries;
import cn.anzuo.permit.domain.Signatures;
import cn.anzuo.permit.domain.WorkPermit;
import cn.anzuo.shared.WorkType;
import cn.anzuo.shared.problem.RecordNotFound;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.security.Role;
import cn.anzuo.shared.web.PageRequestParams;
import cn.anzuo.shared.web.PageResult;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The permits of the company: the list with filters (one URL, the results fragment for htmx), a
 * permit's page with its level band and approval timeline, and the signatures drawn on it.
 * Another company's permit is not found (404), whoever asks.
 */
@Controller
@RequestMapping("/permits")
@PreAuthorize("isAuthenticated()")
class PermitPageController {

    static final int PAGE_SIZE = 20;

    /** The list counts at most this many permits past the start of its page (ADR 0088). */
    static final int COUNT_AHEAD = 1_000;

    private final PermitQueries queries;
    private final PermitViews views;
    private final PermitCards cards;
    private final Signatures signatures;
    private final Organization organization;

    private final SimopsPanels simops;

    PermitPageController(PermitQueries queries, PermitViews views, PermitCards cards, Signatures signatures,
            Organization organization, SimopsPanels simops) {
        this.simops = simops;
        this.queries = queries;
        this.views = views;
        this.cards = cards;
        this.signatures = signatures;
        this.organization = organization;
    }

    /** The list filters; a value that does not parse is reported beside its field and ignored. */
    public static class PermitFilter {
        private PermitStatus status;
        private WorkType type;
        private UUID siteId;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate from;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate to;
        /** "mine" (applied for by me) or "all"; leaders start with their own. */
        private String scope;
        private Integer page;

        public PermitStatus getStatus() { return status; }
        public void setStatus(PermitStatus status) { this.status = status; }
        public WorkType getType() { return type; }
        public void setType(WorkType type) { this.type = type; }
        public UUID getSiteId() { return siteId; }
        public void setSiteId(UUID siteId) { this.siteId = siteId; }
        public LocalDate getFrom() { return from; }
        public void setFrom(LocalDate from) { this.from = from; }
        public LocalDate getTo() { return to; }
        public void setTo(LocalDate to) { this.to = to; }
        public String getScope() { return scope; }
        public void setScope(String scope) { this.scope = scope; }
        public Integer getPage() { return page; }
        public void setPage(Integer page) { this.page = page; }
    }

    @GetMapping
    String list(CurrentUser me, @ModelAttribute("filter") PermitFilter filter, BindingResult bad,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        if (filter.getScope() == null || !Set.of("mine", "all").contains(filter.getScope())) {
            filter.setScope(me.has(Role.WORK_LEADER) ? "mine" : "all");
        }
        Set<UUID> companies = organization.visibleCompanyIds(me);
        ZoneId zone = organization.policy(me.companyId()).zone();
        PageRequestParams params = PageRequestParams.of(filter.getPage(), PAGE_SIZE);
        PermitQueries.Page<PermitCard> page = queries.cards(new PermitQueries.Filter(companies, filter.getStatus(),
                filter.getType(), filter.getSiteId(), "mine".equals(filter.getScope()) ? me.id() : null,
                filter.getFrom() == null ? null : filter.getFrom().atStartOfDay(zone).toInstant(),
                filter.getTo() == null ? null : filter.getTo().plusDays(1).atStartOfDay(zone).toInstant()),
                null, params.offset(), params.size(), (long) params.offset() + COUNT_AHEAD);
        // Counted to COUNT_AHEAD rows past this page's start: "共 999+ 条", not a read of every permit of the plant.
        long cap = params.offset() + COUNT_AHEAD;
        boolean more = CappedCount.reached(page.total(), cap);
        long pages = (page.total() + PAGE_SIZE - 1) / PAGE_SIZE;
        model.addAttribute("cards", cards.lines(page.items(), false));
        model.addAttribute("total", CappedCount.shown(page.total(), cap));
        model.addAttribute("page", params.page());
        model.addAttribute("pages", pages);
        model.addAttribute("pagesShown", more ? pages + "+" : Long.toString(pages));
        model.addAttribute("statuses", PermitStatus.values());
        model.addAttribute("types", WorkType.values());
        model.addAttribute("sites", organization.sitesOf(companies, null));
        return htmx != null ? "permit/list :: results" : "permit/list";
    }

    @GetMapping("/{id}")
    String detail(CurrentUser me, @PathVariable UUID id, Model model) {
        WorkPermit permit = queries.visible(me, id);
        PermitResponse view = views.one(permit, List.of());
        model.addAttribute("card", cards.card(view, cards.applicantName(permit)));
        model.addAttribute("p", view);
        model.addAttribute("measures", cards.measures(permit));
        model.addAttribute("canDecide", queries.mayDecide(me, permit));
        model.addAttribute("canCancel", PermitCancelPageController.mayCancel(me, permit));
        model.addAttribute("steps", cards.steps(view));
        model.addAttribute("simops", simops.of(permit));
        return "permit/detail";
    }

    /** The handwritten signature of a decided step, for users who may see the permit. */
    @GetMapping(value = "/{id}/signatures/{seq}.png", produces = MediaType.IMAGE_PNG_VALUE)
    @ResponseBody
    ResponseEntity<byte[]> signature(CurrentUser me, @PathVariable UUID id, @PathVariable int seq) {
        WorkPermit permit = queries.visible(me, id);
        List<ApprovalStep> steps = permit.approvalSteps();
        if (seq < 1 || seq > steps.size() || steps.get(seq - 1).signatureId() == null) {
            throw new RecordNotFound("signature", id + "/" + seq);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(1, TimeUnit.DAYS).cachePrivate())
                .body(signatures.png(steps.get(seq - 1).signatureId()));
    }

}
