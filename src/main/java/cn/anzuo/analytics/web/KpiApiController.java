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
@PreAuthorize("hasAnyRole('SAFETY_OFFICER', 'PLANT_LEADER', 'AUDITOR', 'COMPANY_ADMIN', 'GROUP_ADMIN')")
@Tag(name = "Analytics")
class KpiApiController {

    private final Kpis kpis;
    private final Organization organization;
    private final java.time.Clock clock;

    KpiApiController(Kpis kpis, Organization organization, java.time.Clock clock) {
        this.kpis = kpis;
        this.organization = organization;
        this.clock = clock;
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
        var companies = kpis.companies(me, companyId, includeSubsidiaries);
        LocalDate today = LocalDate.now(clock.withZone(organization.policy(companies.iterator().next()).zone()));
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.withDayOfMonth(1) : from;
        return kpis.compared(companies, start, end);
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
