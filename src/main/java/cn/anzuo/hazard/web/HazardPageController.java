package cn.anzuo.hazard.web;

import cn.anzuo.hazard.HazardStatus;
import cn.anzuo.hazard.HazardView;
import cn.anzuo.hazard.domain.Hazards;
import cn.anzuo.organization.Organization;
import cn.anzuo.organization.SiteView;
import cn.anzuo.organization.UserView;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.security.Role;
import cn.anzuo.shared.web.HomeTile;
import cn.anzuo.shared.web.ProblemStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * 隐患上报 on the phone in three taps — take the photo, (the site is preselected) describe, send — and the
 * safety officer's list with assign, and the assignee's fix and the officer's verification on the detail page.
 */
@Controller
@RequestMapping("/hazards")
class HazardPageController {

    private final Hazards hazards;
    private final Organization organization;
    private final MessageSource messages;

    HazardPageController(Hazards hazards, Organization organization, MessageSource messages) {
        this.hazards = hazards;
        this.organization = organization;
        this.messages = messages;
    }

    @Bean
    static HomeTile hazardTile() {
        return new HomeTile(HomeTile.WORK, 40, "hazard.tile", "⚠", "/hazards", Set.of(), false);
    }

    @GetMapping
    String list(CurrentUser me, @RequestParam(required = false) HazardStatus status, Model model) {
        model.addAttribute("hazards", hazards.list(Set.of(me.companyId()), status, 0, 100));
        model.addAttribute("status", status);
        model.addAttribute("sites", sites(me));
        return "hazard/list";
    }

    @GetMapping("/new")
    String form(CurrentUser me, Model model) {
        model.addAttribute("sites", sites(me));
        return "hazard/new";
    }

    @PostMapping("/new")
    String report(CurrentUser me, @RequestParam(required = false) UUID siteId, @RequestParam(required = false) String description,
            @RequestParam(required = false) MultipartFile photo, @RequestParam(required = false) Double latitude,
            @RequestParam(required = false) Double longitude, Model model, HttpServletResponse response) throws IOException {
        String error = siteId == null ? "siteId" : description == null || description.isBlank() ? "description"
                : description.length() > 1000 ? "description" : null;
        if (error != null) {
            return refuse(me, model, response, 422, error, text("hazard.form.required." + error));
        }
        try {
            UUID photoId = photo == null || photo.isEmpty() ? null : hazards.uploadPhoto(me, photo.getBytes());
            HazardView hazard = hazards.report(me, siteId, description, latitude, longitude, photoId);
            return "redirect:/hazards/" + hazard.id() + "?reported";
        } catch (BusinessProblem problem) {
            return refuse(me, model, response, ProblemStatus.of(problem).value(), "photo",
                    text("problem." + problem.code() + ".detail"));
        }
    }

    @GetMapping("/{id}")
    String detail(CurrentUser me, @PathVariable UUID id, Model model) {
        HazardView hazard = hazards.find(me, id);
        model.addAttribute("h", hazard);
        model.addAttribute("site", organization.site(hazard.siteId()).map(SiteView::name).orElse(""));
        model.addAttribute("officer", me.has(Role.SAFETY_OFFICER));
        model.addAttribute("assignee", me.id().equals(hazard.assigneeUserId()));
        model.addAttribute("assigneeName", hazard.assigneeUserId() == null ? null
                : organization.user(hazard.assigneeUserId()).map(UserView::displayName).orElse(""));
        model.addAttribute("users", me.has(Role.SAFETY_OFFICER)
                ? organization.usersWithRole(me.companyId(), Role.WORK_LEADER) : List.of());
        model.addAttribute("today", LocalDate.now());
        return "hazard/detail";
    }

    @PostMapping("/{id}/assign")
    String assign(CurrentUser me, @PathVariable UUID id, @RequestParam UUID assigneeUserId, @RequestParam LocalDate dueOn,
            Model model, HttpServletResponse response) {
        return act(me, id, model, response, () -> hazards.assign(me, id, assigneeUserId, dueOn));
    }

    @PostMapping("/{id}/fix")
    String fix(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) String note, Model model,
            HttpServletResponse response) {
        if (note == null || note.isBlank()) {
            model.addAttribute("noteError", text("hazard.form.required.note"));
            response.setStatus(422);
            return detail(me, id, model);
        }
        return act(me, id, model, response, () -> hazards.fix(me, id, note));
    }

    @PostMapping("/{id}/verify")
    String verify(CurrentUser me, @PathVariable UUID id, @RequestParam boolean accepted, Model model,
            HttpServletResponse response) {
        return act(me, id, model, response, () -> hazards.verify(me, id, accepted));
    }

    private String act(CurrentUser me, UUID id, Model model, HttpServletResponse response, Runnable action) {
        try {
            action.run();
            return "redirect:/hazards/" + id;
        } catch (BusinessProblem problem) {
            if (problem.kind() == cn.anzuo.shared.problem.ProblemKind.NOT_FOUND) {
                throw problem;
            }
            response.setStatus(ProblemStatus.of(problem).value());
            model.addAttribute("refusal", text("problem." + problem.code()));
            return detail(me, id, model);
        }
    }

    private String refuse(CurrentUser me, Model model, HttpServletResponse response, int status, String field,
            String message) {
        response.setStatus(status);
        model.addAttribute("sites", sites(me));
        model.addAttribute("errorField", field);
        model.addAttribute("error", message);
        return "hazard/new";
    }

    private List<SiteView> sites(CurrentUser me) {
        return organization.sitesOf(Set.of(me.companyId()), null);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
