package cn.anzuo.permit.web;

import cn.anzuo.permit.onsite.CheckInRecord;
import cn.anzuo.permit.onsite.OnSite;
import cn.anzuo.permit.onsite.ProofMethod;
import cn.anzuo.permit.PermitStatus;
import cn.anzuo.permit.domain.PermitLifecycle;
import cn.anzuo.permit.domain.PermitQueries;
import cn.anzuo.permit.domain.WorkPermit;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.problem.RecordNotFound;
import cn.anzuo.shared.security.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 今日作业 and 签到 on the worker's phone: the permits where I am worker, leader or guardian today and in
 * the next 24 hours, and the check-in form (QR scan or the kiosk's six digits, GPS from the phone)
 * that calls {@link PermitLifecycle#checkIn} like the API does.
 */
@Controller
@RequestMapping("/onsite")
class CheckInPageController {

    static final Duration AHEAD = Duration.ofHours(24);
    /** The query an NTAG 424 DNA tag mirrors into its URL (NXP AN12196). */
    static final String SUN = "picc_data=[0-9A-Fa-f]{32}&cmac=[0-9A-Fa-f]{16}";

    private final PermitQueries queries;
    private final PermitLifecycle lifecycle;
    private final OnSite onSite;
    private final PermitViews views;
    private final OnSitePages pages;
    private final Clock clock;

    CheckInPageController(PermitQueries queries, PermitLifecycle lifecycle, OnSite onSite, PermitViews views,
            OnSitePages pages, Clock clock) {
        this.queries = queries;
        this.lifecycle = lifecycle;
        this.onSite = onSite;
        this.views = views;
        this.pages = pages;
        this.clock = clock;
    }

    /** One of my permits as 今日作业 lists it. */
    record MyPermit(PermitResponse permit, String role, boolean checkedIn, boolean canCheckIn) {}

    /** The check-in form; the coordinates come from the phone's GPS (check-in.js), never typed by hand. */
    static class CheckInForm {
        @NotNull
        private UUID permitId;
        @NotBlank
        @Size(max = 32)
        private String checkpointCode;
        /** The kiosk's six digits, or the SUN message of a tapped NFC tag ({@code picc_data=…&cmac=…}). */
        @NotBlank
        @Pattern(regexp = "\\s*\\d{6}\\s*|" + SUN)
        private String proof;
        /** A WebAuthn assertion of the caller's own passkey, where the company's identity rule asks for one. */
        @Size(max = 8000)
        private String assertion;
        @DecimalMin("-90") @DecimalMax("90")
        private Double latitude;
        @DecimalMin("-180") @DecimalMax("180")
        private Double longitude;
        @DecimalMin("0")
        private Double accuracyMeters;

        public UUID getPermitId() { return permitId; }
        public void setPermitId(UUID permitId) { this.permitId = permitId; }
        public String getCheckpointCode() { return checkpointCode; }
        public void setCheckpointCode(String checkpointCode) { this.checkpointCode = checkpointCode; }
        public String getAssertion() { return assertion; }
        public void setAssertion(String assertion) { this.assertion = assertion; }
        public boolean isNfc() { return proof != null && proof.matches(SUN); }
        public String getProof() { return proof; }
        public void setProof(String proof) { this.proof = proof; }
        public Double getLatitude() { return latitude; }
        public void setLatitude(Double latitude) { this.latitude = latitude; }
        public Double getLongitude() { return longitude; }
        public void setLongitude(Double longitude) { this.longitude = longitude; }
        public Double getAccuracyMeters() { return accuracyMeters; }
        public void setAccuracyMeters(Double accuracyMeters) { this.accuracyMeters = accuracyMeters; }
    }

    /** Shown once after a successful check-in (a flash attribute, so a reload does not post again). */
    record CheckedIn(UUID permitId, String number, String siteName, OffsetDateTime at, long distanceMeters)
            implements java.io.Serializable {}

    @GetMapping("/today")
    String today(CurrentUser me, Model model) {
        if (me.workerId() == null) {
            return "onsite/not-linked";
        }
        model.addAttribute("permits", mine(me, false));
        return "onsite/today";
    }

    @GetMapping("/check-in")
    String checkInForm(CurrentUser me, @RequestParam(required = false) String cp,
            @RequestParam(required = false) String code, @RequestParam(required = false) String permit,
            @RequestParam(required = false) String sun, Model model, jakarta.servlet.http.HttpServletRequest request,
            HttpServletResponse response) {
        if (me.workerId() == null) {
            return "onsite/not-linked";
        }
        CheckInDevice.ofBrowser(request, response); // the cookie is in place before the first check-in posts
        CheckInForm form = new CheckInForm();
        form.setCheckpointCode(clean(cp, 32));
        form.setProof(code != null && code.trim().matches("\\d{6}") ? code.trim()
                : sun != null && sun.trim().matches(SUN) ? sun.trim() : null);
        List<MyPermit> open = mine(me, true);
        UUID chosen = parse(permit);
        if (chosen != null && open.stream().anyMatch(p -> p.permit().id().equals(chosen))) {
            form.setPermitId(chosen);
        } else if (open.size() == 1) {
            form.setPermitId(open.getFirst().permit().id());
        }
        return form(me, form, open, model);
    }

    @PostMapping("/check-in")
    String checkIn(CurrentUser me, @Valid @ModelAttribute("checkIn") CheckInForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect, jakarta.servlet.http.HttpServletRequest request) {
        if (me.workerId() == null) {
            return "onsite/not-linked";
        }
        String device = CheckInDevice.ofBrowser(request, response);
        if (!result.hasFieldErrors("latitude") && !result.hasFieldErrors("longitude")
                && (form.getLatitude() == null || form.getLongitude() == null || form.getAccuracyMeters() == null)) {
            result.reject("LOCATION_MISSING", pages.text("onsite.checkIn.noLocation"));
        }
        if (result.hasErrors()) {
            response.setStatus(422);
            return form(me, form, mine(me, true), model);
        }
        try {
            CheckInRecord record = lifecycle.checkIn(me, form.getPermitId(), new PermitLifecycle.CheckIn(me.workerId(),
                    form.isNfc() ? ProofMethod.NFC : ProofMethod.QR, form.getCheckpointCode().trim(),
                    form.getProof().trim(), form.getLatitude(), form.getLongitude(), form.getAccuracyMeters(),
                    form.getAssertion(), device));
            WorkPermit permit = queries.visible(me, form.getPermitId());
            PermitResponse view = views.one(permit, List.of());
            redirect.addFlashAttribute("checkedIn", new CheckedIn(permit.id(), permit.number(), view.siteName(),
                    record.at().atZone(pages.zone(permit.companyId())).toOffsetDateTime(),
                    Math.round(record.distanceMeters())));
            return "redirect:/onsite/check-in/done";
        } catch (RecordNotFound notVisible) {
            model.addAttribute("refusal", pages.refusal(notVisible));
            response.setStatus(404);
            return form(me, form, mine(me, true), model);
        } catch (BusinessProblem problem) {
            model.addAttribute("refusal", pages.refusal(problem));
            if ("INVALID_PROOF".equals(problem.code())) {
                form.setProof(null);
            }
            response.setStatus(cn.anzuo.shared.web.ProblemStatus.of(problem).value());
            return form(me, form, mine(me, true), model);
        }
    }

    @GetMapping("/check-in/done")
    String done(Model model) {
        if (!model.containsAttribute("checkedIn")) {
            return "redirect:/onsite/today";
        }
        return "onsite/checked-in";
    }

    private String form(CurrentUser me, CheckInForm form, List<MyPermit> open, Model model) {
        model.addAttribute("checkIn", form);
        model.addAttribute("open", open);
        return "onsite/check-in";
    }

    /** My permits from the start of today to 24 hours ahead; {@code openOnly}: those I can still check in to. */
    private List<MyPermit> mine(CurrentUser me, boolean openOnly) {
        ZoneId zone = pages.zone(me.companyId());
        Instant now = clock.instant();
        Instant from = LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
        List<WorkPermit> permits = queries.ofWorker(me.workerId(), from, now.plus(AHEAD));
        List<PermitResponse> rendered = views.many(permits);
        return rendered.stream().map(p -> {
            Set<UUID> present = onSite.checkedIn(p.id());
            boolean checked = present.contains(me.workerId());
            boolean open = (p.status() == PermitStatus.APPROVED || p.status() == PermitStatus.ACTIVE) && !checked;
            String role = me.workerId().equals(p.guardian().id()) ? "guardian"
                    : me.workerId().equals(p.leader().id()) && p.workers().stream().noneMatch(w -> w.id().equals(me.workerId()))
                            ? "leader" : "worker";
            return new MyPermit(p, role, checked, open);
        }).filter(p -> !openOnly || p.canCheckIn()).toList();
    }

    private static String clean(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.length() > max ? trimmed.substring(0, max) : trimmed;
    }

    private static UUID parse(String id) {
        try {
            return id == null ? null : UUID.fromString(id.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
