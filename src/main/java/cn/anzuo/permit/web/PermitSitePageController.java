package cn.anzuo.permit.web;

import cn.anzuo.permit.onsite.CheckInRecord;
import cn.anzuo.permit.onsite.GasTestView;
import cn.anzuo.permit.onsite.OnSite;
import cn.anzuo.permit.PermitStatus;
import cn.anzuo.permit.domain.PermitLifecycle;
import cn.anzuo.permit.domain.PermitPermissions;
import cn.anzuo.permit.domain.PermitQueries;
import cn.anzuo.permit.domain.WorkPermit;
import cn.anzuo.shared.WorkType;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.problem.RecordNotFound;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.security.Role;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The permit on site (监护人页面): who has checked in, the latest gas analysis, and the big buttons of the
 * lifecycle — start, suspend, resume, complete, 完工验收 — for the permit's guardian and leader; the shift
 * leader's 验票 for hot work; the confined-space headcount. Everyone else of the company reads only.
 * Every button posts a real form to {@link PermitLifecycle}; a refusal comes back on the page in words.
 */
@Controller
@RequestMapping("/onsite/permits/{id}")
class PermitSitePageController {

    private final PermitQueries queries;
    private final PermitLifecycle lifecycle;
    private final OnSite onSite;
    private final PermitViews views;
    private final OnSitePages pages;

    private final cn.anzuo.permit.domain.GuardianPresence presence;

    PermitSitePageController(PermitQueries queries, PermitLifecycle lifecycle, OnSite onSite, PermitViews views,
            OnSitePages pages, cn.anzuo.permit.domain.GuardianPresence presence) {
        this.presence = presence;
        this.queries = queries;
        this.lifecycle = lifecycle;
        this.onSite = onSite;
        this.views = views;
        this.pages = pages;
    }

    /** A person of the permit with their check-in. */
    record Present(UUID id, String name, String role, CheckInRecord checkIn) {}

    @GetMapping
    String page(CurrentUser me, @PathVariable UUID id, Model model) {
        return render(me, queries.visible(me, id), model);
    }

    /** The guardian page's position report (presence.js, every 30 s): 200 {inside, distanceMeters}. */
    @PostMapping(path = "/presence", produces = "application/json")
    @org.springframework.web.bind.annotation.ResponseBody
    Map<String, Object> presence(CurrentUser me, @PathVariable UUID id, @RequestParam double latitude,
            @RequestParam double longitude, @RequestParam double accuracyMeters) {
        OnSite.Presence p = presence.report(me, id, latitude, longitude, accuracyMeters);
        return Map.of("inside", p.inside(), "distanceMeters", p.distanceMeters());
    }

    @PostMapping("/start")
    String start(CurrentUser me, @PathVariable UUID id, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(me, id, () -> lifecycle.start(me, id), "onsite.permit.started", model, response, redirect);
    }

    @PostMapping("/suspend")
    String suspend(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) String reason, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            WorkPermit permit = queries.visible(me, id);
            model.addAttribute("reasonError", pages.text("onsite.permit.reasonRequired"));
            model.addAttribute("reason", reason);
            response.setStatus(422);
            return render(me, permit, model);
        }
        return act(me, id, () -> lifecycle.suspend(me, id, reason), "onsite.permit.suspended", model, response, redirect);
    }

    @PostMapping("/resume")
    String resume(CurrentUser me, @PathVariable UUID id, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(me, id, () -> lifecycle.resume(me, id), "onsite.permit.resumed", model, response, redirect);
    }

    @PostMapping("/complete")
    String complete(CurrentUser me, @PathVariable UUID id, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(me, id, () -> lifecycle.complete(me, id), "onsite.permit.completed", model, response, redirect);
    }

    @PostMapping("/accept")
    String accept(CurrentUser me, @PathVariable UUID id, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(me, id, () -> lifecycle.accept(me, id), "onsite.permit.accepted", model, response, redirect);
    }

    @PostMapping("/shift-check")
    String shiftCheck(CurrentUser me, @PathVariable UUID id, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(me, id, () -> lifecycle.shiftCheck(me, id), "onsite.permit.shiftChecked", model, response, redirect);
    }

    @PostMapping("/headcount")
    String headcount(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) String direction,
            @RequestParam(required = false) String persons, @RequestParam(required = false) String tools, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        OnSite.Direction dir = "OUT".equals(direction) ? OnSite.Direction.OUT
                : "IN".equals(direction) ? OnSite.Direction.IN : null;
        Integer p = count(persons, 200);
        Integer t = count(tools, 500);
        if (dir == null || p == null || t == null || p + t == 0) {
            model.addAttribute("headcountError", pages.text("onsite.headcount.invalid"));
            response.setStatus(422);
            return render(me, queries.visible(me, id), model);
        }
        return act(me, id, () -> {
            lifecycle.headcount(me, id, dir, p, t);
            return null;
        }, dir == OnSite.Direction.IN ? "onsite.headcount.recordedIn" : "onsite.headcount.recordedOut", model, response,
                redirect);
    }

    private String act(CurrentUser me, UUID id, Supplier<?> action, String done, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            action.get();
            redirect.addFlashAttribute("flash", pages.text(done));
            return "redirect:/onsite/permits/" + id;
        } catch (RecordNotFound notVisible) {
            throw notVisible;
        } catch (BusinessProblem problem) {
            model.addAttribute("refusal", pages.refusal(problem));
            response.setStatus(cn.anzuo.shared.web.ProblemStatus.of(problem).value());
            return render(me, queries.visible(me, id), model);
        }
    }

    private String render(CurrentUser me, WorkPermit permit, Model model) {
        PermitResponse view = views.one(permit, List.of());
        Map<UUID, CheckInRecord> checkIns = onSite.checkIns(permit.id()).stream()
                .collect(Collectors.toMap(CheckInRecord::workerId, c -> c, (first, later) -> first));
        List<Present> people = new java.util.ArrayList<>();
        people.add(new Present(view.guardian().id(), view.guardian().name(), "guardian", checkIns.get(view.guardian().id())));
        if (view.workers().stream().noneMatch(w -> w.id().equals(view.leader().id()))) {
            people.add(new Present(view.leader().id(), view.leader().name(), "leader", checkIns.get(view.leader().id())));
        }
        view.workers().forEach(w -> people.add(new Present(w.id(), w.name(), "worker", checkIns.get(w.id()))));
        List<GasTestView> tests = onSite.gasTests(permit.id());
        boolean confined = permit.workType() == WorkType.CONFINED_SPACE;
        PermitPermissions can = PermitPermissions.of(me, permit);
        ZoneId zone = pages.zone(permit.companyId());
        model.addAttribute("p", view);
        model.addAttribute("permit", permit);
        model.addAttribute("zone", zone);
        model.addAttribute("people", people);
        // under the company's FACE identity rule a QR/NFC check-in counts once a face terminal confirms it
        model.addAttribute("present", onSite.present(permit.id(), permit.siteId(), pages.policy(permit.companyId())
                .checkInIdentity()));
        model.addAttribute("gasTest", tests.isEmpty() ? null : tests.getLast());
        model.addAttribute("gasTestCount", tests.size());
        model.addAttribute("confined", confined);
        model.addAttribute("headcount", confined ? onSite.headcount(permit.id()) : null);
        model.addAttribute("can", can);
        boolean guardianOnDuty = me.workerId() != null && me.workerId().equals(permit.guardianId())
                && (permit.status() == cn.anzuo.permit.PermitStatus.ACTIVE
                        || permit.status() == cn.anzuo.permit.PermitStatus.SUSPENDED);
        model.addAttribute("presenceUrl", guardianOnDuty ? "/onsite/permits/" + permit.id() + "/presence" : null);
        model.addAttribute("gases", onSite.gases().stream()
                .collect(Collectors.toMap(cn.anzuo.permit.onsite.GasOption::code, cn.anzuo.permit.onsite.GasOption::name)));
        return "onsite/permit";
    }

    private static Integer count(String value, int max) {
        try {
            int n = Integer.parseInt(value == null ? "" : value.trim());
            return n < 0 || n > max ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
