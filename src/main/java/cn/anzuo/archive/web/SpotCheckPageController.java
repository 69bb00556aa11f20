package cn.anzuo.archive.web;

import cn.anzuo.archive.domain.SpotChecks;
import cn.anzuo.organization.Organization;
import cn.anzuo.permit.PermitRecord;
import cn.anzuo.permit.Permits;
import cn.anzuo.qualification.Qualifications;
import cn.anzuo.qualification.WorkerView;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.security.Role;
import cn.anzuo.shared.web.HomeTile;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 月度抽查: the auditor's page for the month's spot check (API.md "Spot checks"): draw it, then per drawn permit open its
 * record, and record 合格 or 不合格 with the findings and the workers at fault (each gets a violation, and is told).
 */
@Controller
@PreAuthorize("hasRole('AUDITOR')")
class SpotCheckPageController {

    /** A drawn permit as the page shows it: number, type, result, findings, and the crew to name on a failure. */
    record Row(UUID permitId, String number, String type, String result, String findings, List<WorkerView> crew) {}

    private final SpotChecks spotChecks;
    private final Organization organization;
    private final Permits permits;
    private final Qualifications qualifications;
    private final MessageSource messages;
    private final Clock clock;

    SpotCheckPageController(SpotChecks spotChecks, Organization organization, Permits permits,
            Qualifications qualifications, MessageSource messages, Clock clock) {
        this.spotChecks = spotChecks;
        this.organization = organization;
        this.permits = permits;
        this.qualifications = qualifications;
        this.messages = messages;
        this.clock = clock;
    }

    @Bean
    static HomeTile spotCheckTile() {
        return new HomeTile(HomeTile.WORK, 61, "tile.spotChecks", "✓", "/audit/spot-checks", Set.of(Role.AUDITOR), false);
    }

    @GetMapping("/audit/spot-checks")
    String page(CurrentUser me, @RequestParam(required = false) String month, Model model) {
        YearMonth shown = monthOrLast(me, month);
        model.addAttribute("month", shown);
        model.addAttribute("check", spotChecks.forMonth(me.companyId(), shown).orElse(null));
        model.addAttribute("rows", spotChecks.forMonth(me.companyId(), shown).map(this::rows).orElse(List.of()));
        return "archive/spot-checks";
    }

    @PostMapping("/audit/spot-checks")
    String draw(CurrentUser me, @RequestParam String month, RedirectAttributes redirect, Locale locale) {
        YearMonth drawn = monthOrLast(me, month);
        try {
            SpotChecks.SpotCheck check = spotChecks.create(me.companyId(), drawn, organization.policy(me.companyId()).zone(),
                    me.id());
            redirect.addFlashAttribute("flash", messages.getMessage("archive.spotChecks.drawn",
                    new Object[] {check.items().size(), check.population()}, locale));
        } catch (BusinessProblem refused) {
            redirect.addFlashAttribute("flash", messages.getMessage("archive.spotChecks.exists", null, locale));
        }
        return "redirect:/audit/spot-checks?month=" + drawn;
    }

    @PostMapping("/audit/spot-checks/{id}/items/{permitId}")
    String decide(CurrentUser me, @PathVariable UUID id, @PathVariable UUID permitId, @RequestParam String result,
            @RequestParam(required = false) String findings, @RequestParam(required = false) List<UUID> workerIds,
            RedirectAttributes redirect, Locale locale) {
        SpotChecks.SpotCheck check = spotChecks.find(id);
        if (!check.companyId().equals(me.companyId())) {
            throw new cn.anzuo.shared.problem.RecordNotFound("spot-check", id);
        }
        String note = findings == null || findings.isBlank() ? null : findings.strip();
        if ("FAIL".equals(result) && note == null) {
            redirect.addFlashAttribute("flash", messages.getMessage("archive.spotChecks.findingsRequired", null, locale));
        } else {
            spotChecks.decide(id, permitId, result, note, workerIds == null ? List.of() : workerIds, me.id());
            redirect.addFlashAttribute("flash", messages.getMessage("archive.spotChecks.recorded", null, locale));
        }
        return "redirect:/audit/spot-checks?month=" + check.month();
    }

    private List<Row> rows(SpotChecks.SpotCheck check) {
        Map<UUID, String> findings = spotChecks.findings(check.id());
        List<Row> rows = new ArrayList<>();
        for (SpotChecks.Item item : check.items()) {
            PermitRecord permit = permits.find(item.permitId()).orElse(null);
            if (permit == null) {
                continue;
            }
            Set<UUID> people = new LinkedHashSet<>();
            people.add(permit.crew().leaderId());
            people.addAll(permit.crew().workerIds());
            people.add(permit.crew().guardianId());
            rows.add(new Row(permit.id(), permit.number(), permit.type().name(), item.result(),
                    findings.get(permit.id()), qualifications.workers(people)));
        }
        return rows;
    }

    /** The month asked for, or last month (company time): a month's permits are all closed once it is over. */
    private YearMonth monthOrLast(CurrentUser me, String month) {
        if (month != null) {
            try {
                return YearMonth.parse(month);
            } catch (DateTimeParseException ignored) {
                // a mistyped month shows last month rather than an error page
            }
        }
        return YearMonth.from(clock.instant().atZone(organization.policy(me.companyId()).zone())).minusMonths(1);
    }
}
