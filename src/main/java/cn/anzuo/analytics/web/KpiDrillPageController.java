package cn.anzuo.analytics.web;

import cn.anzuo.analytics.domain.DailyFacts;
import cn.anzuo.analytics.web.KpiSpans.KpiSpan;
import cn.anzuo.monitoring.AlarmAcknowledged;
import cn.anzuo.monitoring.AlarmHistory;
import cn.anzuo.organization.Organization;
import cn.anzuo.organization.SiteView;
import cn.anzuo.organization.UserView;
import cn.anzuo.qualification.Qualifications;
import cn.anzuo.qualification.WorkerView;
import cn.anzuo.shared.security.CurrentUser;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The lists behind the dashboard's figures that no other page lists by span (see {@link KpiDrill}): the alarms
 * acknowledged (报警响应时长), the active mobile users and the workers trained. Same roles, parameters and 404 as
 * the dashboard; a list shows at most {@value #LIMIT} rows and says so.
 */
@Controller
@RequestMapping("/dashboard")
@PreAuthorize(KpiApiController.READERS)
class KpiDrillPageController {

    static final int LIMIT = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    /** One line of a list: what, a detail, and where it leads (null: nowhere). */
    record Line(String title, String detail, String href) {}

    private final KpiSpans spans;
    private final DailyFacts facts;
    private final AlarmHistory alarms;
    private final Organization organization;
    private final Qualifications qualifications;

    KpiDrillPageController(KpiSpans spans, DailyFacts facts, AlarmHistory alarms, Organization organization,
            Qualifications qualifications) {
        this.spans = spans;
        this.facts = facts;
        this.alarms = alarms;
        this.organization = organization;
        this.qualifications = qualifications;
    }

    @GetMapping("/alarms")
    String alarms(CurrentUser me, @RequestParam(required = false) UUID companyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "false") boolean includeSubsidiaries, Model model) {
        KpiSpan span = spans.resolve(me, companyId, from, to, includeSubsidiaries);
        // each company's days in its own time zone, filtered and limited in the database
        List<AlarmAcknowledged> found = new ArrayList<>();
        long total = 0;
        for (UUID company : span.companies()) {
            ZoneId zone = organization.policy(company).zone();
            java.time.Instant start = span.from().atStartOfDay(zone).toInstant();
            java.time.Instant end = span.to().plusDays(1).atStartOfDay(zone).toInstant();
            found.addAll(alarms.acknowledgedBetween(company, start, end, LIMIT));
            total += alarms.countAcknowledgedBetween(company, start, end);
        }
        found.sort(Comparator.comparing(AlarmAcknowledged::at).reversed());
        ZoneId zone = organization.policy(span.company()).zone();
        List<Line> lines = found.stream().limit(LIMIT).map(a -> new Line(
                        organization.site(a.siteId()).map(SiteView::name).orElse("") + " · "
                                + TIME.format(a.at().atZone(zone)),
                        Long.toString(a.responseSeconds()), "/alarms/" + a.alarmId()))
                .toList();
        return render(model, span, includeSubsidiaries, "dashboard.drill.alarms.title", "dashboard.drill.seconds", lines,
                (int) Math.min(Integer.MAX_VALUE, total));
    }

    @GetMapping("/active-users")
    String activeUsers(CurrentUser me, @RequestParam(required = false) UUID companyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "false") boolean includeSubsidiaries, Model model) {
        KpiSpan span = spans.resolve(me, companyId, from, to, includeSubsidiaries);
        List<Line> lines = facts.activeUsers(span.companies(), span.from(), span.to(), LIMIT + 1).stream()
                .map(organization::user).flatMap(java.util.Optional::stream)
                .sorted(Comparator.comparing(UserView::displayName))
                .map(u -> new Line(u.displayName(), u.username(), null))
                .toList();
        return render(model, span, includeSubsidiaries, "dashboard.drill.activeUsers.title", null, lines, lines.size());
    }

    @GetMapping("/trained-workers")
    String trainedWorkers(CurrentUser me, @RequestParam(required = false) UUID companyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "false") boolean includeSubsidiaries, Model model) {
        KpiSpan span = spans.resolve(me, companyId, from, to, includeSubsidiaries);
        List<Line> lines = qualifications.workers(facts.trainedWorkers(span.companies(), span.from(), span.to(),
                        LIMIT + 1)).stream()
                .sorted(Comparator.comparing(WorkerView::name))
                .map(w -> new Line(w.name(), w.contractor() ? w.employer() : "", "/qualification/workers/" + w.id()))
                .toList();
        return render(model, span, includeSubsidiaries, "dashboard.drill.trainedWorkers.title", null, lines, lines.size());
    }

    private String render(Model model, KpiSpan span, boolean includeSubsidiaries, String titleKey, String detailKey,
            List<Line> lines, int found) {
        model.addAttribute("span", span);
        model.addAttribute("companyId", span.company());
        model.addAttribute("companyName", organization.company(span.company()).name());
        model.addAttribute("includeSubsidiaries", includeSubsidiaries);
        model.addAttribute("titleKey", titleKey);
        model.addAttribute("detailKey", detailKey);
        model.addAttribute("lines", lines.size() > LIMIT ? lines.subList(0, LIMIT) : lines);
        model.addAttribute("more", found > LIMIT);
        model.addAttribute("limit", LIMIT);
        return "analytics/drill";
    }
}
