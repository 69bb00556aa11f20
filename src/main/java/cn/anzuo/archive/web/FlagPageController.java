package cn.anzuo.archive.web;

import cn.anzuo.archive.domain.TraceFlag;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.security.Role;
import cn.anzuo.shared.web.HomeTile;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 异常标记: the auditor's phone page of the own company's flagged permits, filtered by flag, each opening the
 * permit's trace ({@code /p/{id}}). The filter re-renders only the list when htmx asks.
 */
@Controller
@PreAuthorize("hasRole('AUDITOR')")
class FlagPageController {

    private final FlaggedPermits flagged;

    FlagPageController(FlaggedPermits flagged) {
        this.flagged = flagged;
    }

    @Bean
    static HomeTile flaggedTile() {
        return new HomeTile(HomeTile.WORK, 60, "tile.flagged", "⚑", "/audit/flagged", Set.of(Role.AUDITOR), false);
    }

    @GetMapping("/audit/flagged")
    String list(CurrentUser me, @RequestParam(required = false) String flag,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        TraceFlag only = parse(flag);
        model.addAttribute("flag", only);
        model.addAttribute("flags", TraceFlag.values());
        model.addAttribute("permits", flagged.of(me.companyId(), only));
        return htmx != null ? "archive/flagged :: results" : "archive/flagged";
    }

    /** A link with a stale or mistyped flag shows every flagged permit rather than an error page. */
    private static TraceFlag parse(String flag) {
        for (TraceFlag f : TraceFlag.values()) {
            if (f.name().equals(flag)) {
                return f;
            }
        }
        return null;
    }
}
