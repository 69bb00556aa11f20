package cn.anzuo.analytics.web;

import cn.anzuo.analytics.KpiFigures;
import cn.anzuo.analytics.Kpis;
import cn.anzuo.analytics.web.KpiSpans.KpiSpan;
import cn.anzuo.organization.Organization;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.security.Role;
import cn.anzuo.shared.web.HomeTile;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 效果看板: the KPI cards of a span (this month by default) in the four dimensions of PRODUCT.md §2.7, with
 * target, met and a year earlier; the exports; and the twelve-month charts, whose figures come as JSON
 * because the page's script may not be inline (CSP).
 */
@Controller
@RequestMapping("/dashboard")
@PreAuthorize(KpiApiController.READERS)
class DashboardPageController {

    private final Kpis kpis;
    private final KpiSpans spans;
    private final KpiTrend trend;
    private final KpiTexts texts;
    private final Organization organization;

    DashboardPageController(Kpis kpis, KpiSpans spans, KpiTrend trend, KpiTexts texts, Organization organization) {
        this.kpis = kpis;
        this.spans = spans;
        this.trend = trend;
        this.texts = texts;
        this.organization = organization;
    }

    @Bean
    static HomeTile dashboardTile() {
        return new HomeTile(HomeTile.WORK, 46, "dashboard.tile", "📈", "/dashboard",
                Set.of(Role.SAFETY_OFFICER, Role.PLANT_LEADER, Role.AUDITOR, Role.COMPANY_ADMIN, Role.GROUP_ADMIN),
                false);
    }

    /** A card: the texts of a row, and the list behind its figure (drill: null when there is none). */
    record Card(String key, String label, String value, String previous, String target, boolean hasTarget,
            Boolean met, String metText, KpiDrill.Link drill) {}

    @GetMapping
    String page(CurrentUser me, @RequestParam(required = false) UUID companyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "false") boolean includeSubsidiaries, Locale locale, Model model) {
        KpiSpan span = spans.resolve(me, companyId, from, to, includeSubsidiaries);
        KpiFigures figures = kpis.compared(span.companies(), span.from(), span.to());
        Map<String, List<Card>> dimensions = new LinkedHashMap<>();
        for (KpiMeasure.Row row : KpiMeasure.rows(figures)) {
            dimensions.computeIfAbsent(texts.dimension(row.measure(), locale), k -> new java.util.ArrayList<>())
                    .add(card(row, span, includeSubsidiaries, locale));
        }
        model.addAttribute("span", span);
        model.addAttribute("companyId", span.company());
        model.addAttribute("companyName", organization.company(span.company()).name());
        model.addAttribute("includeSubsidiaries", includeSubsidiaries);
        // the roll-up is offered only to who sees a company below their own (a group administrator)
        model.addAttribute("canIncludeSubsidiaries", organization.visibleCompanies(me).size() > 1);
        model.addAttribute("dimensions", dimensions);
        return "analytics/dashboard";
    }

    @GetMapping(value = "/trend.json")
    @ResponseBody
    KpiTrend.Trend trend(CurrentUser me, @RequestParam(required = false) UUID companyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "false") boolean includeSubsidiaries, Locale locale) {
        return trend.of(spans.resolve(me, companyId, from, to, includeSubsidiaries), locale);
    }

    private Card card(KpiMeasure.Row row, KpiSpan span, boolean includeSubsidiaries, Locale locale) {
        KpiMeasure m = row.measure();
        return new Card(m.name(), texts.label(m, locale), texts.value(m, row.value(), locale),
                texts.value(m, row.previous(), locale), texts.target(m, locale),
                m.target != KpiMeasure.Target.NONE, row.met(), texts.met(row.met(), locale),
                KpiDrill.of(m, span, includeSubsidiaries));
    }
}
