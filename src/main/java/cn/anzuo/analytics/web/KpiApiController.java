package cn.anzuo.analytics.web;

import cn.anzuo.analytics.KpiFigures;
import cn.anzuo.analytics.Kpis;
import cn.anzuo.organization.Organization;
import cn.anzuo.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** API.md "Analytics": the KPIs of a span with the year-earlier span, and the admin's rebuild of the facts. */
@RestController
@RequestMapping("/api/v1/kpis")
@PreAuthorize(KpiApiController.READERS)
@Tag(name = "Analytics")
class KpiApiController {

    /** Who reads the KPIs (docs/kpis.md): the JSON, the exports and the dashboard alike. */
    static final String READERS =
            "hasAnyRole('SAFETY_OFFICER', 'PLANT_LEADER', 'AUDITOR', 'COMPANY_ADMIN', 'GROUP_ADMIN')";

    private final Kpis kpis;
    private final KpiSpans spans;
    private final Organization organization;

    KpiApiController(Kpis kpis, KpiSpans spans, Organization organization) {
        this.kpis = kpis;
        this.spans = spans;
        this.organization = organization;
    }

    @GetMapping
    @Operation(summary = "KPIs of a company over from–to (inclusive days), with \"previous\" a year earlier",
            description = "Rates 0–1, null where there is no data. companyId defaults to the caller's company; "
                    + "from defaults to the first of this month and to to today (company time). "
                    + "includeSubsidiaries=true adds the subsidiaries the caller can see. Another company → 404 "
                    + "NOT_FOUND; from after to → 422 VALIDATION_FAILED; a malformed date → 400 MALFORMED_REQUEST")
    KpiFigures kpis(CurrentUser me, @RequestParam(required = false) UUID companyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "false") boolean includeSubsidiaries) {
        var span = spans.resolve(me, companyId, from, to, includeSubsidiaries);
        return kpis.compared(span.companies(), span.from(), span.to());
    }

    @PostMapping("/rebuild")
    @PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'GROUP_ADMIN')")
    @Operation(summary = "Rebuild the company's daily facts from history (admins)",
            description = "{\"companyId\", \"events\"}: the events counted again. Another company → 404 NOT_FOUND")
    Map<String, Object> rebuild(CurrentUser me, @RequestParam UUID companyId) {
        organization.requireVisible(me, companyId);
        return Map.of("companyId", companyId, "events", kpis.rebuild(companyId));
    }
}
