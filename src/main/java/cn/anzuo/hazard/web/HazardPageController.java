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
import java.time.Duration;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
    private final Clock clock;

    HazardPageController(Hazards hazards, Organization organization, MessageSource messages, Clock clock) {
        this.hazards = hazards;
        this.clock = clock;
        this.organization = organization;
        this.messages = messages;
    }

    /** The tile opens the report form itself: tile, photo, send are the three taps (issue #14). */
    @Bean
    static HomeTile hazardTile() {
        return new HomeTile(HomeTile.WORK, 40, "hazard.tile", "⚠", "/hazards/new", Set.of(), false);
    }

    /** Who acts on reports (assigns, fixes, verifies) gets the list as a tile of its own. */
    @Bean
    static HomeTile hazardLedgerTile() {
        return new HomeTile(HomeTile.WORK, 41, "hazard.ledger.tile", "📝", "/hazards",
                Set.of(Role.SAFETY_OFFICER, Role.WORK_LEADER, Role.PLANT_LEADER), false);
    }

    /**
     * The list, by status; the dashboard drills in with a span of days ({@code from}–{@code to} inclusive, in the
     * company's time zone) of the reports, or with {@code closed=true} of the closings.
     */
    @GetMapping
    String list(CurrentUser me, @RequestParam(required = false) HazardStatus status,
            @RequestParam(required = false) UUID companyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "false") boolean closed, Model model) {
        UUID company = organization.companyOrOwn(me, companyId);
        Hazards.Span span = null;
        if (from != null && to != null) {
            ZoneId zone = organization.policy(company).zone();
            span = new Hazards.Span(closed, from.atStartOfDay(zone).toInstant(),
                    to.plusDays(1).atStartOfDay(zone).toInstant());
        }
        model.addAttribute("hazards", hazards.list(Set.of(company), status, span, 0, 100));
        model.addAttribute("total", hazards.count(Set.of(company), status, span));
        model.addAttribute("status", status);
        model.addAttribute("span", span == null ? null : new ShownSpan(company, from, to, closed));
        return "hazard/list";
    }

    /** The span the list is filtered to, for its heading and the status chips' links. */
    record ShownSpan(UUID companyId, LocalDate from, LocalDate to, boolean closed) {}

    @GetMapping("/new")
    String form(CurrentUser me, Model model) {
        List<SiteView> sites = sites(me);
        model.addAttribute("sites", sites);
        model.addAttribute("usualSite", hazards.usualSite(me)
                .filter(id -> sites.stream().anyMatch(s -> s.id().equals(id))).orElse(null));
        model.addAttribute("chips", CHIPS);
        return "hazard/new";
    }

    /** The quick descriptions offered as chips (message keys {@code hazard.chip.<name>}). */
    static final List<String> CHIPS = List.of("ppe", "height", "fire", "leak", "electric", "housekeeping");

    @PostMapping("/new")
    String report(CurrentUser me, @RequestParam(required = false) UUID siteId, @RequestParam(required = false) String description,
            @RequestParam(required = false) String chip, @RequestParam(required = false) MultipartFile photo,
            @RequestParam(required = false) Double latitude, @RequestParam(required = false) Double longitude,
            Model model, HttpServletResponse response) throws IOException {
        boolean hasPhoto = photo != null && !photo.isEmpty();
        String text = description(description, chip, hasPhoto);
        String error = siteId == null ? "siteId" : text == null ? (hasPhoto ? "description" : "photo")
                : text.length() > 1000 ? "description" : null;
        if (error != null) {
            return refuse(me, siteId, model, response, 422, error, text("hazard.form.required." + error));
        }
        try {
            UUID photoId = hasPhoto ? hazards.uploadPhoto(me, photo.getBytes()) : null;
            HazardView hazard = hazards.report(me, siteId, text, latitude, longitude, photoId);
            return "redirect:/hazards/" + hazard.id() + "?reported";
        } catch (BusinessProblem problem) {
            return refuse(me, siteId, model, response, ProblemStatus.of(problem).value(), "photo",
                    text("problem." + problem.code() + ".detail"));
        }
    }

    /** The report's photo for the page's session (the API's copy wants a bearer token, which a page has not). */
    @GetMapping("/photos/{id}")
    ResponseEntity<byte[]> photo(CurrentUser me, @PathVariable UUID id) {
        Hazards.Photo photo = hazards.photo(me, id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate()).body(photo.bytes());
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
        model.addAttribute("today", LocalDate.now(clock.withZone(organization.policy(hazard.companyId()).zone())));
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

    /**
     * The description is optional on the phone (the API's is not): the chip's words, then what was typed; with a
     * photo and neither, a standard line that the photo shows it. Null when there is nothing to go on.
     */
    private String description(String typed, String chip, boolean hasPhoto) {
        String words = chip != null && CHIPS.contains(chip) ? text("hazard.chip." + chip) : null;
        String own = typed == null || typed.isBlank() ? null : typed.trim();
        if (words != null && own != null) {
            return words + ":" + own;
        }
        if (words != null || own != null) {
            return words != null ? words : own;
        }
        return hasPhoto ? text("hazard.description.default") : null;
    }

    private String refuse(CurrentUser me, UUID siteId, Model model, HttpServletResponse response, int status, String field,
            String message) {
        response.setStatus(status);
        model.addAttribute("sites", sites(me));
        model.addAttribute("chips", CHIPS);
        model.addAttribute("usualSite", siteId);
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
