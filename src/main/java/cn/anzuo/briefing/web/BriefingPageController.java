package cn.anzuo.briefing.web;

import cn.anzuo.briefing.domain.BriefingFigures;
import cn.anzuo.briefing.domain.BriefingText;
import cn.anzuo.briefing.domain.DailyFigures;
import cn.anzuo.organization.Organization;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.web.HomeTile;
import cn.anzuo.shared.security.Role;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The printable briefing page: yesterday by default, any day by the date picker (a GET form; htmx swaps the day in place). */
@Controller
@RequestMapping("/briefings")
@PreAuthorize(BriefingPageController.READERS)
class BriefingPageController {

    /** Who reads the briefing: those at the morning meeting, the auditor, and the administrators. */
    static final String READERS = "hasAnyRole('SAFETY_OFFICER', 'PLANT_LEADER', 'AUDITOR', 'COMPANY_ADMIN', 'GROUP_ADMIN')";

    private final BriefingFigures figures;
    private final BriefingText text;
    private final Organization organization;
    private final Clock clock;

    BriefingPageController(BriefingFigures figures, BriefingText text, Organization organization, Clock clock) {
        this.figures = figures;
        this.text = text;
        this.organization = organization;
        this.clock = clock;
    }

    @Bean
    static HomeTile briefingTile() {
        return new HomeTile(HomeTile.WORK, 45, "briefing.tile", "📋", "/briefings",
                Set.of(Role.SAFETY_OFFICER, Role.PLANT_LEADER, Role.AUDITOR, Role.COMPANY_ADMIN, Role.GROUP_ADMIN), false);
    }

    @GetMapping
    String daily(CurrentUser me, @RequestParam(required = false) UUID companyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestHeader(value = "HX-Request", required = false) String htmx, HttpServletResponse http, Model model) {
        UUID company = organization.companyOrOwn(me, companyId);
        LocalDate day = date != null ? date
                : LocalDate.now(clock.withZone(organization.policy(company).zone())).minusDays(1);
        DailyFigures f = figures.of(company, day);
        model.addAttribute("companyId", company);
        model.addAttribute("companyName", organization.company(company).name());
        model.addAttribute("figures", f);
        model.addAttribute("text", text.text(f, LocaleContextHolder.getLocale()));
        // one URL, two renderings: the date picker swaps only the day's part in place
        http.addHeader(HttpHeaders.VARY, "HX-Request");
        return htmx != null ? "briefing/daily :: day" : "briefing/daily";
    }
}
