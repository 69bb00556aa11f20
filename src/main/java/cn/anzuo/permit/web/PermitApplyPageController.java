package cn.anzuo.permit.web;

import cn.anzuo.organization.Organization;
import cn.anzuo.permit.HazardFactor;
import cn.anzuo.permit.PermitLevel;
import cn.anzuo.permit.domain.MeasureBlanks;
import cn.anzuo.permit.domain.MeasureCatalog;
import cn.anzuo.permit.domain.PermitApplications;
import cn.anzuo.permit.domain.PermitIntake;
import cn.anzuo.permit.domain.PermitApplications.Preview;
import cn.anzuo.permit.domain.PermitQueries;
import cn.anzuo.permit.domain.WorkPermit;
import cn.anzuo.qualification.QualificationCheck;
import cn.anzuo.qualification.Qualifications;
import cn.anzuo.qualification.WorkerView;
import cn.anzuo.shared.TimeWindow;
import cn.anzuo.shared.WorkType;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.problem.ProblemMessages;
import cn.anzuo.shared.security.CurrentUser;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;

/**
 * 我要作业: a permit in at most four screens on a phone — work type, place and time, people,
 * checklist — each a plain form that carries the draft in hidden fields. Everything that can be
 * defaulted is (the leader's own worker record, the last permit's site, place, crew and guardian,
 * the next full hour, every measure "applicable"), so a routine permit is a few taps. Refusals of
 * the domain come back beside the field they concern, on the screen that has it.
 */
@Controller
@RequestMapping("/permits/apply")
@PreAuthorize("hasRole('WORK_LEADER')")
class PermitApplyPageController {

    static final String SUBMITTED_DRAFTS = PermitApplyPageController.class.getName() + ".submitted";
    /** Workers listed besides the selected ones when nobody searches. */
    static final int SUGGESTIONS = 40;

    private final PermitApplications applications;
    private final PermitQueries queries;
    private final MeasureCatalog catalog;
    private final Organization organization;
    private final Qualifications qualifications;
    private final ProblemMessages problems;
    private final PermitCards cards;
    private final SmartValidator validator;
    private final Clock clock;
    private final ApplyRefusals refusals;
    private final PermitIntake intake;

    PermitApplyPageController(PermitApplications applications, PermitQueries queries, MeasureCatalog catalog,
            Organization organization, Qualifications qualifications, ProblemMessages problems, PermitCards cards,
            SmartValidator validator, Clock clock, ApplyRefusals refusals, PermitIntake intake) {
        this.refusals = refusals;
        this.intake = intake;
        this.applications = applications;
        this.queries = queries;
        this.catalog = catalog;
        this.organization = organization;
        this.qualifications = qualifications;
        this.problems = problems;
        this.cards = cards;
        this.validator = validator;
        this.clock = clock;
    }

    /** A worker in the crew list: selected or not, and whether their certificates allow the work. */
    record WorkerOption(UUID id, String name, String employer, boolean selected, boolean qualified, String status) {}

    /** A checklist item with its answer and whether the last submit missed it. */
    record MeasureRow(int seq, String code, String text, Boolean applicable, boolean missing, List<String> parts,
            List<String> values) {}

    @GetMapping
    String start(CurrentUser me, Model model) {
        PermitForm form = defaults(me);
        model.addAttribute("permit", form);
        return render(me, form, null, PermitForm.TYPE, model);
    }

    /**
     * One post per screen. {@code to} is where the user wants to go: a later screen validates the
     * screens before it, an earlier one (or the same, e.g. to filter the crew) just shows it, and 5
     * submits the application.
     */
    @PostMapping
    String move(CurrentUser me, @ModelAttribute("permit") PermitForm form, BindingResult result,
            @RequestParam(required = false) Integer to, Model model, RedirectAttributes redirect, HttpSession session) {
        int from = Math.clamp(form.getStep(), PermitForm.TYPE, PermitForm.CHECKLIST);
        int target = to == null ? from + 1 : Math.clamp(to, PermitForm.TYPE, PermitForm.SUBMIT);
        normalise(form);
        if (target <= from) {
            return render(me, form, result, target, model);
        }
        for (int screen = PermitForm.TYPE; screen < target; screen++) {
            validator.validate(form, result, PermitForm.group(screen));
        }
        int firstInvalid = ApplyRefusals.firstScreenWithErrors(result);
        if (firstInvalid < target) {
            return render(me, form, result, firstInvalid, model);
        }
        ZoneId zone = zone(me);
        if (target == PermitForm.SUBMIT) {
            return submit(me, form, result, zone, model, redirect, session);
        }
        if (target > PermitForm.PLACE) {
            try {
                applications.previewPlaceAndTime(me, form.toCommand(zone));
                if (target > PermitForm.PEOPLE) {
                    applications.previewCrew(me, form.toCommand(zone));
                }
            } catch (BusinessProblem problem) {
                return render(me, form, result, refusals.reject(result, problem, form, from, model), model);
            }
        }
        return render(me, form, result, target, model);
    }

    /** The crew list for the name filter (htmx), keeping whoever is already ticked. */
    @GetMapping("/workers")
    String workers(CurrentUser me, @ModelAttribute("permit") PermitForm form, BindingResult ignored, Model model) {
        people(me, form, zone(me), model);
        return "permit/apply :: workers";
    }

    private String submit(CurrentUser me, PermitForm form, BindingResult result, ZoneId zone, Model model,
            RedirectAttributes redirect, HttpSession session) {
        synchronized (WebUtils.getSessionMutex(session)) {
            Map<String, UUID> submitted = submittedDrafts(session);
            UUID already = form.getDraftId() == null ? null : submitted.get(form.getDraftId());
            if (already != null) {
                return "redirect:/permits/" + already;
            }
            try {
                PermitApplications.Applied applied = intake.apply(me, form.toCommand(zone));
                WorkPermit permit = applied.permit();
                if (form.getDraftId() != null) {
                    submitted.put(form.getDraftId(), permit.id());
                }
                String approvers = permit.approvalSteps().stream()
                        .filter(s -> s.pending())
                        .map(s -> cards.text("role." + s.role().name()))
                        .collect(Collectors.joining("、"));
                redirect.addFlashAttribute("flash", cards.text("apply.submitted", permit.number(), approvers));
                return "redirect:/permits/" + permit.id();
            } catch (BusinessProblem problem) {
                return render(me, form, result, refusals.reject(result, problem, form, PermitForm.CHECKLIST, model), model);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, UUID> submittedDrafts(HttpSession session) {
        Object drafts = session.getAttribute(SUBMITTED_DRAFTS);
        if (drafts instanceof Map<?, ?> map) {
            return (Map<String, UUID>) map;
        }
        Map<String, UUID> fresh = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, UUID> eldest) {
                return size() > 20;
            }
        };
        session.setAttribute(SUBMITTED_DRAFTS, fresh);
        return fresh;
    }

    /** A fresh draft: the next full hour for two hours, and what the leader's last permit had. */
    private PermitForm defaults(CurrentUser me) {
        PermitForm form = new PermitForm();
        form.setDraftId(UUID.randomUUID().toString());
        ZoneId zone = zone(me);
        ZonedDateTime start = clock.instant().atZone(zone).truncatedTo(ChronoUnit.HOURS).plusHours(1);
        ZonedDateTime end = start.plusHours(2);
        form.setDate(start.toLocalDate());
        form.setStartTime(start.toLocalTime());
        form.setEndDate(end.toLocalDate().equals(start.toLocalDate()) ? null : end.toLocalDate());
        form.setEndTime(end.toLocalTime());
        form.setLeaderId(me.workerId());
        // Site and people carry over; the location never does (GB 30871 4.16: another place is another
        // permit), and the copied hazards and emergency measures are flagged on screen 4 (issue 10).
        queries.lastOf(me.id()).filter(last -> last.companyId().equals(me.companyId())).ifPresent(last -> {
            form.setSiteId(last.siteId());
            form.setWorkerIds(new ArrayList<>(last.workerIds()));
            form.setGuardianId(last.guardianId());
            form.setHazards(last.hazards());
            form.setEmergencyMeasures(last.emergencyMeasures());
            if (last.hazards() != null || last.emergencyMeasures() != null) {
                form.setCopiedFrom(last.number());
                form.setCopiedLocation(last.location());
            }
            if (form.getLeaderId() == null) {
                form.setLeaderId(last.leaderId());
            }
        });
        if (form.getSiteId() == null) {
            organization.sitesOf(Set.of(me.companyId()), null).stream().findFirst()
                    .ifPresent(site -> form.setSiteId(site.id()));
        }
        return form;
    }

    /**
     * What the leader should check before submitting: text copied from the previous permit, and
     * equipment tags (T-201, P-1105 …) in the content, hazards or emergency measures that are not
     * the tags of this permit's location — the "T-205 permit that still says T-201" of issue 10.
     */
    private List<String> staleWarnings(PermitForm form) {
        List<String> warnings = new ArrayList<>();
        if (form.getCopiedFrom() != null) {
            warnings.add(cards.text("apply.copiedFrom", form.getCopiedFrom(),
                    form.getCopiedLocation() == null ? "" : form.getCopiedLocation()));
        }
        Set<String> foreign = cn.anzuo.permit.domain.EquipmentTags.notAt(form.getLocation(), form.getContent(), form.getHazards(),
                form.getEmergencyMeasures());
        if (!foreign.isEmpty()) {
            warnings.add(cards.text("apply.foreignTags", String.join("、", foreign),
                    form.getLocation() == null ? "" : form.getLocation()));
        }
        return warnings;
    }

    /** Drops what does not belong to the chosen type: another type's checklist answers and level. */
    private void normalise(PermitForm form) {
        if (form.getType() == null) {
            return;
        }
        if (form.getLevel() != null && !PermitLevel.of(form.getType()).contains(form.getLevel())) {
            form.setLevel(null);
        }
        Set<String> codes = catalog.of(form.getType()).stream().map(MeasureCatalog.Measure::code)
                .collect(Collectors.toSet());
        if (!codes.containsAll(form.getMeasures().keySet())) {
            form.getMeasures().clear();
        }
        if (form.getDraftId() == null || form.getDraftId().isBlank()) {
            form.setDraftId(UUID.randomUUID().toString());
        }
    }

    private String render(CurrentUser me, PermitForm form, BindingResult result, int screen, Model model) {
        if (form.getType() == null && screen > PermitForm.TYPE) {
            screen = PermitForm.TYPE;
        }
        form.setStep(screen);
        ZoneId zone = zone(me);
        model.addAttribute("screen", screen);
        model.addAttribute("screens", List.of(1, 2, 3, 4));
        model.addAttribute("types", WorkType.values());
        model.addAttribute("typeName", form.getType() == null ? "" : cards.text("workType." + form.getType().name()));
        model.addAttribute("measureCodes", form.getMeasures());
        switch (screen) {
            case PermitForm.PLACE -> {
                model.addAttribute("sites", organization.sitesOf(Set.of(me.companyId()), null));
                model.addAttribute("levels", PermitLevel.of(form.getType()));
                model.addAttribute("levelBands", PermitLevel.of(form.getType()).stream().collect(Collectors.toMap(
                        Function.identity(), level -> PermitCards.band(form.getType(), level))));
                model.addAttribute("factors", HazardFactor.values());
            }
            case PermitForm.PEOPLE -> people(me, form, zone, model);
            case PermitForm.CHECKLIST -> checklist(me, form, zone, model);
            default -> { }
        }
        return "permit/apply";
    }

    private void people(CurrentUser me, PermitForm form, ZoneId zone, Model model) {
        List<WorkerView> all = qualifications.searchWorkers(Set.of(me.companyId()), null);
        Set<UUID> ids = all.stream().map(WorkerView::id).collect(Collectors.toCollection(LinkedHashSet::new));
        TimeWindow window = windowOrDefault(form, zone);
        Map<UUID, QualificationCheck> checks = form.getType() == null ? Map.of()
                : qualifications.checkAll(ids, form.getType(), window);
        Map<UUID, QualificationCheck> guardianChecks = qualifications.checkGuardians(ids, window);
        Map<UUID, WorkerView> byId = all.stream().collect(Collectors.toMap(WorkerView::id, Function.identity()));

        Set<UUID> selected = new LinkedHashSet<>(form.getWorkerIds());
        String query = form.getQ() == null ? "" : form.getQ().trim();
        Set<UUID> matching = query.isEmpty() ? null : qualifications.searchWorkers(Set.of(me.companyId()), query)
                .stream().map(WorkerView::id).collect(Collectors.toSet());
        List<WorkerOption> options = new ArrayList<>();
        selected.stream().map(byId::get).filter(Objects::nonNull)
                .forEach(w -> options.add(option(w, true, checks.get(w.id()))));
        all.stream()
                .filter(w -> !selected.contains(w.id()))
                .filter(w -> matching != null ? matching.contains(w.id()) : qualified(checks.get(w.id())))
                .sorted((a, b) -> Boolean.compare(!qualified(checks.get(a.id())), !qualified(checks.get(b.id()))))
                .limit(SUGGESTIONS)
                .forEach(w -> options.add(option(w, false, checks.get(w.id()))));
        model.addAttribute("workerOptions", options);
        model.addAttribute("leaders", all);
        model.addAttribute("leaderName", form.getLeaderId() == null || byId.get(form.getLeaderId()) == null ? null
                : byId.get(form.getLeaderId()).name());
        List<WorkerView> guardians = all.stream()
                .filter(w -> qualified(guardianChecks.get(w.id())) || w.id().equals(form.getGuardianId()))
                .toList();
        model.addAttribute("guardians", guardians);
    }

    private WorkerOption option(WorkerView w, boolean selected, QualificationCheck check) {
        boolean ok = qualified(check);
        String status = ok ? cards.text("apply.qualified")
                : cards.text("qualification.reason." + (check == null || check.reasons().isEmpty()
                        ? "NO_CERTIFICATE" : check.reasons().getFirst().name()));
        return new WorkerOption(w.id(), w.name(), w.employer(), selected, ok, status);
    }

    private static boolean qualified(QualificationCheck check) {
        return check != null && check.qualified();
    }

    private void checklist(CurrentUser me, PermitForm form, ZoneId zone, Model model) {
        List<MeasureCatalog.Measure> measures = catalog.of(form.getType());
        if (form.getMeasures().isEmpty()) {
            measures.forEach(m -> form.getMeasures().put(m.code(), Boolean.TRUE));
        }
        @SuppressWarnings("unchecked")
        Collection<String> missing = model.containsAttribute("missingMeasures")
                ? (Collection<String>) model.getAttribute("missingMeasures") : List.of();
        boolean english = ApplyRefusals.english();
        List<MeasureRow> rows = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
            MeasureCatalog.Measure m = measures.get(i);
            String text = english ? m.textEn() : m.textZh();
            rows.add(new MeasureRow(i + 1, m.code(), text, form.getMeasures().get(m.code()),
                    missing.contains(m.code()), MeasureBlanks.parts(text),
                    MeasureBlanks.fit(text, form.blankValues(m.code()))));
        }
        model.addAttribute("measureRows", rows);
        model.addAttribute("staleWarnings", staleWarnings(form));
        model.addAttribute("levelType", cards.text("workType." + form.getType().name()));
        model.addAttribute("band", "none");
        boolean placed = form.getSiteId() != null && form.getDate() != null && form.getStartTime() != null
                && form.getEndTime() != null;
        if (placed) {
            try {
                Preview preview = applications.previewPlaceAndTime(me, form.toCommand(zone));
                model.addAttribute("levelType", cards.levelType(form.getType(), preview.level().level()));
                model.addAttribute("levelReason", preview.level().reason());
                model.addAttribute("band", PermitCards.band(form.getType(), preview.level().level()));
                model.addAttribute("chain", preview.chain().stream().map(r -> cards.text("role." + r.name())).toList());
            } catch (BusinessProblem notYet) {
                // shown when submitted, beside its field
            }
            organization.site(form.getSiteId()).ifPresent(site -> model.addAttribute("siteName", site.name()));
            model.addAttribute("window", PermitCards.window(form.plannedStart(zone).atZone(zone).toOffsetDateTime(),
                    form.plannedEnd(zone).atZone(zone).toOffsetDateTime()));
        }
        Set<UUID> people = new LinkedHashSet<>(form.getWorkerIds());
        if (form.getGuardianId() != null) {
            people.add(form.getGuardianId());
        }
        Map<UUID, String> names = qualifications.workers(people).stream()
                .collect(Collectors.toMap(WorkerView::id, WorkerView::name));
        model.addAttribute("workerNames", form.getWorkerIds().stream().map(names::get).filter(Objects::nonNull).toList());
        model.addAttribute("guardianName", names.get(form.getGuardianId()));
    }

    private TimeWindow windowOrDefault(PermitForm form, ZoneId zone) {
        try {
            return new TimeWindow(form.plannedStart(zone), form.plannedEnd(zone));
        } catch (RuntimeException incomplete) {
            Instant now = clock.instant();
            return new TimeWindow(now, now.plusSeconds(7200));
        }
    }

    private ZoneId zone(CurrentUser me) {
        return organization.policy(me.companyId()).zone();
    }
}
