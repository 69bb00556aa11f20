package cn.anzuo.briefing.web;

import cn.anzuo.briefing.domain.BriefingFigures;
import cn.anzuo.briefing.domain.BriefingText;
import cn.anzuo.briefing.domain.DailyFigures;
import cn.anzuo.organization.Organization;
import cn.anzuo.permit.PermitStatus;
import cn.anzuo.shared.WorkType;
import cn.anzuo.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The morning briefing of a day (API.md "Analytics, hazards, briefings"). */
@RestController
@RequestMapping("/api/v1/briefings")
@Tag(name = "Briefings")
@PreAuthorize(BriefingPageController.READERS)
class BriefingApiController {

    private final BriefingFigures figures;
    private final BriefingText text;
    private final Organization organization;

    BriefingApiController(BriefingFigures figures, BriefingText text, Organization organization) {
        this.figures = figures;
        this.text = text;
        this.organization = organization;
    }

    record PermitFigures(Map<PermitStatus, Long> byStatus, Map<WorkType, Long> byType) {}

    record DailyBriefing(LocalDate date, PermitFigures permits, long alarms, long violations,
            long expiringCertificates, long hazards, String text) {}

    @GetMapping("/daily")
    @Operation(summary = "晨会通报: a company's figures of one day (company time) and a short text in the caller's language",
            description = "404 NOT_FOUND for a company the caller cannot see; 400 MALFORMED_REQUEST without a valid date")
    DailyBriefing daily(CurrentUser me, @RequestParam(required = false) UUID companyId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        UUID company = organization.companyOrOwn(me, companyId);
        DailyFigures day = figures.of(company, date);
        return new DailyBriefing(day.date(), new PermitFigures(day.byStatus(), day.byType()), day.alarms(),
                day.violations(), day.expiringCertificates(), day.hazards(),
                text.text(day, LocaleContextHolder.getLocale()));
    }
}
