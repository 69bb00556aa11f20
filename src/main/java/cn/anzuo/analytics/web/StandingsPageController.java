package cn.anzuo.analytics.web;

import cn.anzuo.shared.security.CurrentUser;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 排名与合规之星: the subsidiaries' ranking of a span (this quarter) and a month's 合规之星, with their exports. */
@Controller
@PreAuthorize(KpiApiController.READERS)
class StandingsPageController {

    private final Standings standings;

    StandingsPageController(Standings standings) {
        this.standings = standings;
    }

    @GetMapping("/dashboard/standings")
    String page(CurrentUser me, @RequestParam(required = false) UUID parentId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Locale locale,
            Model model) {
        var span = standings.rankingSpan(me, parentId, from, to);
        var chosen = standings.starMonth(me, span.parentId(), month);
        model.addAttribute("span", span);
        model.addAttribute("ranking", standings.ranking(me, span));
        model.addAttribute("month", chosen.month());
        model.addAttribute("stars", standings.stars(chosen, locale));
        return "analytics/standings";
    }
}
