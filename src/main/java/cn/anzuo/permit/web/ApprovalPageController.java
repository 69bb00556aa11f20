package cn.anzuo.permit.web;

import cn.anzuo.shared.problem.ProblemKind;
import cn.anzuo.permit.PermitStatus;
import cn.anzuo.permit.domain.PermitApprovals;
import cn.anzuo.permit.domain.PermitApprovals.DecideApproval;
import cn.anzuo.permit.domain.InboxCursor;
import cn.anzuo.permit.domain.PermitCard;
import cn.anzuo.permit.domain.PermitQueries;
import cn.anzuo.permit.domain.WorkPermit;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.problem.ProblemMessages;
import cn.anzuo.shared.problem.RecordNotFound;
import cn.anzuo.shared.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 待我审批: the permits waiting for the signed-in approver, the count for the navigation badge, and
 * the decision page with the permit's summary, a comment, a handwritten signature and the place
 * of the decision. A refusal of the domain is a message on the page, never an error page.
 */
@Controller
@PreAuthorize(PermitCards.APPROVERS)
class ApprovalPageController {

    /** Cards per inbox page; a busy plant's pending permits come a page at a time. */
    static final int PAGE_SIZE = 20;

    /** The inbox and its badge count pending permits up to this many and show 99+ from there. */
    static final int COUNT_CAP = 100;

    private final PermitQueries queries;
    private final PermitApprovals approvals;
    private final PermitViews views;
    private final PermitCards cards;
    private final ProblemMessages problems;

    private final SimopsPanels simops;

    ApprovalPageController(PermitQueries queries, PermitApprovals approvals, PermitViews views, PermitCards cards,
            ProblemMessages problems, SimopsPanels simops) {
        this.simops = simops;
        this.queries = queries;
        this.approvals = approvals;
        this.views = views;
        this.cards = cards;
        this.problems = problems;
    }

    enum Verdict { APPROVE, REJECT }

    public static class DecisionForm {
        @NotNull
        private Verdict decision;
        @Size(max = 1000)
        private String comment;
        /** The drawn signature as a PNG data URL, written by static/js/signature-pad.js. */
        @Size(max = 800_000)
        private String signature;
        @DecimalMin("-90") @DecimalMax("90")
        private Double latitude;
        @DecimalMin("-180") @DecimalMax("180")
        private Double longitude;

        public Verdict getDecision() { return decision; }
        public void setDecision(Verdict decision) { this.decision = decision; }
        public String getComment() { return comment; }
        public void setComment(String comment) { this.comment = comment; }
        public String getSignature() { return signature; }
        public void setSignature(String signature) { this.signature = signature; }
        public Double getLatitude() { return latitude; }
        public void setLatitude(Double latitude) { this.latitude = latitude; }
        public Double getLongitude() { return longitude; }
        public void setLongitude(Double longitude) { this.longitude = longitude; }
    }

    @GetMapping("/approvals")
    String inbox(CurrentUser me, @RequestParam(required = false) InboxCursor after, Model model) {
        PermitQueries.InboxPage<PermitCard> page = queries.inbox(me, after, PAGE_SIZE);
        model.addAttribute("cards", cards.lines(page.items(), true));
        model.addAttribute("total", CappedCount.shown(queries.pendingCountUpTo(me, COUNT_CAP), COUNT_CAP));
        model.addAttribute("next", page.next() == null ? null : page.next().token());
        model.addAttribute("later", after != null);
        return "permit/approvals";
    }

    @GetMapping("/approvals/badge")
    String badge(CurrentUser me, Model model) {
        long pending = queries.pendingCountUpTo(me, COUNT_CAP);
        model.addAttribute("pending", pending);
        model.addAttribute("shown", CappedCount.shown(pending, COUNT_CAP));
        return "permit/badge :: badge";
    }

    @GetMapping("/permits/{id}/decide")
    String decision(CurrentUser me, @PathVariable UUID id, Model model) {
        WorkPermit permit = queries.visible(me, id);
        model.addAttribute("decision", new DecisionForm());
        return render(me, permit, model);
    }

    @PostMapping("/permits/{id}/decide")
    String decide(CurrentUser me, @PathVariable UUID id, @Valid @ModelAttribute("decision") DecisionForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        WorkPermit permit = queries.visible(me, id);
        if (result.hasErrors()) {
            return render(me, permit, model);
        }
        Locale locale = LocaleContextHolder.getLocale();
        try {
            WorkPermit decided = approvals.decide(me, id, new DecideApproval(form.getDecision() == Verdict.APPROVE,
                    form.getComment(), form.getSignature(), form.getLatitude(), form.getLongitude()));
            redirect.addFlashAttribute("flash", outcome(decided));
            return "redirect:/permits/" + id;
        } catch (RecordNotFound notFound) {
            throw notFound;
        } catch (BusinessProblem problem) {
            String message = problems.detail(problem.code(), problem.args(), locale);
            if ("comment".equals(problem.field()) || "signature".equals(problem.field())) {
                result.rejectValue(problem.field(), problem.code(), message);
            } else {
                result.reject(problem.code(), message);
            }
        } catch (OptimisticLockingFailureException concurrent) {
            result.reject("CONCURRENT_UPDATE", problems.detail("CONCURRENT_UPDATE", new Object[0], locale));
        }
        form.setSignature(null);
        return render(me, queries.visible(me, id), model);
    }

    private String outcome(WorkPermit permit) {
        if (permit.status() == PermitStatus.REJECTED) {
            return cards.text("decide.rejected", permit.number());
        }
        if (permit.status() == PermitStatus.APPROVED) {
            return cards.text("decide.approved", permit.number());
        }
        String next = permit.approvalSteps().stream().filter(s -> s.pending())
                .map(s -> cards.text("role." + s.role().name())).collect(Collectors.joining("、"));
        return cards.text("decide.approvedStep", permit.number(), next);
    }

    private String render(CurrentUser me, WorkPermit permit, Model model) {
        PermitResponse view = views.one(permit, List.of());
        model.addAttribute("card", cards.card(view, cards.applicantName(permit)));
        model.addAttribute("p", view);
        model.addAttribute("measures", cards.measures(permit));
        model.addAttribute("steps", cards.steps(view));
        model.addAttribute("simops", simops.of(permit));
        permit.refusalFor(me.id(), me.roles())
                .or(() -> permit.companyId().equals(me.companyId()) ? java.util.Optional.empty()
                        : java.util.Optional.of(new BusinessProblem(ProblemKind.FORBIDDEN, "NOT_CURRENT_APPROVER")))
                .ifPresent(refusal -> model.addAttribute("refusal",
                        problems.detail(refusal.code(), refusal.args(), LocaleContextHolder.getLocale())));
        return "permit/decide";
    }
}
