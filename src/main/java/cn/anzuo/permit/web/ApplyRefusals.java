package cn.anzuo.permit.web;

import cn.anzuo.permit.domain.MeasureCatalog;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.problem.ProblemMessages;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** How a refusal of 我要作业 reaches the leader: beside its field, on the screen that has that field. */
@Component
class ApplyRefusals {

    private final PermitCards cards;
    private final MeasureCatalog catalog;
    private final ProblemMessages problems;
    private final SimopsPanels simops;

    ApplyRefusals(PermitCards cards, MeasureCatalog catalog, ProblemMessages problems, SimopsPanels simops) {
        this.simops = simops;
        this.cards = cards;
        this.catalog = catalog;
        this.problems = problems;
    }

    /**
     * Puts a refusal beside its field (each unqualified person beside the crew or guardian, the
     * missing checklist items by name) and returns the screen that shows it.
     */
    int reject(BindingResult result, BusinessProblem problem, PermitForm form, int current, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        String field = formField(problem);
        switch (problem.code()) {
            case "QUALIFICATION_INVALID" -> {
                result.reject(problem.code(), cards.text("apply.qualificationInvalid"));
                for (Object item : (List<?>) problem.properties().getOrDefault("violations", List.of())) {
                    Map<?, ?> violation = (Map<?, ?>) item;
                    String role = String.valueOf(violation.get("role"));
                    String person = cards.text("apply.violation", violation.get("name"),
                            cards.text("role." + ("LEADER".equals(role) ? "WORK_LEADER" : role)),
                            cards.text("qualification.reason." + violation.get("reason")));
                    String at = switch (role) {
                        case "GUARDIAN" -> "guardianId";
                        case "LEADER" -> "leaderId";
                        default -> "workerIds";
                    };
                    result.addError(new FieldError("permit", at, null, false, new String[] {problem.code()}, null, person));
                }
                return PermitForm.PEOPLE;
            }
            case "MEASURES_INCOMPLETE" -> {
                List<?> missing = (List<?>) problem.properties().getOrDefault("missing", List.of());
                Map<String, String> texts = catalog.of(form.getType()).stream().collect(Collectors.toMap(
                        MeasureCatalog.Measure::code, m -> english() ? m.textEn() : m.textZh()));
                String list = missing.stream().map(code -> code + " " + texts.getOrDefault(code, ""))
                        .collect(Collectors.joining(";"));
                result.addError(new FieldError("permit", "measures", null, false, new String[] {problem.code()}, null,
                        problems.detail(problem.code(), new Object[] {list}, locale)));
                model.addAttribute("missingMeasures", missing.stream().map(String::valueOf).toList());
                return PermitForm.CHECKLIST;
            }
            case "SIMOPS_CONFLICT" -> {
                // Beside the work point, with the permits to coordinate with as boxes to tick (relatedPermitIds).
                List<java.util.UUID> ids = ((List<?>) problem.properties().getOrDefault("conflicts", List.of())).stream()
                        .map(id -> java.util.UUID.fromString(String.valueOf(id))).toList();
                result.addError(new FieldError("permit", "latitude", null, false, new String[] {problem.code()}, null,
                        problems.detail(problem.code(), problem.args(), locale)));
                model.addAttribute("simopsConflicts", simops.conflicts(ids));
                return PermitForm.PLACE;
            }
            default -> {
                String message = problems.detail(problem.code(), problem.args(), locale);
                if (field == null) {
                    result.reject(problem.code(), message);
                    return current;
                }
                result.addError(new FieldError("permit", field, null, false, new String[] {problem.code()}, null, message));
                return screenOf(field);
            }
        }
    }

    private static String formField(BusinessProblem problem) {
        if ("NOT_FOUND".equals(problem.code())) {
            Object[] args = problem.args();
            return args.length > 0 && "site".equals(args[0]) ? "siteId" : null;
        }
        if (problem.field() == null) {
            return null;
        }
        return switch (problem.field()) {
            case "plannedEnd", "plannedStart" -> "endTime";
            case "level", "heightMeters", "loadTonnes", "siteId", "leaderId", "workerIds", "guardianId", "measures",
                 "expediteReason", "hazards", "emergencyMeasures", "location", "content" -> problem.field();
            default -> null;
        };
    }

    static int screenOf(String field) {
        return switch (field) {
            case "type" -> PermitForm.TYPE;
            case "siteId", "date", "startTime", "endDate", "endTime", "location", "content", "level", "heightMeters",
                 "hazardFactors", "loadTonnes", "latitude", "longitude", "pointComplete" -> PermitForm.PLACE;
            case "leaderId", "workerIds", "guardianId", "q" -> PermitForm.PEOPLE;
            default -> PermitForm.CHECKLIST;
        };
    }

    static int firstScreenWithErrors(BindingResult result) {
        return result.getFieldErrors().stream()
                .map(error -> screenOf(error.getField().replaceAll("\\[.*", "")))
                .min(Integer::compare)
                .orElse(PermitForm.SUBMIT);
    }

    static boolean english() {
        return Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
