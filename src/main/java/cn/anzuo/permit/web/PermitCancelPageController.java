package cn.anzuo.permit.web;

import cn.anzuo.permit.PermitStatus;
import cn.anzuo.permit.domain.PermitLifecycle;
import cn.anzuo.permit.domain.WorkPermit;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.security.Role;
import cn.anzuo.shared.web.FormProblems;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 取消作业票 from the permit page: a form posting to the same cancel service as
 * {@code POST /api/v1/permits/{id}/cancel} (the applicant, the permit's leader or a safety officer;
 * only while pending approval or approved).
 */
@Controller
class PermitCancelPageController {

    private final PermitLifecycle lifecycle;
    private final FormProblems problems;

    PermitCancelPageController(PermitLifecycle lifecycle, FormProblems problems) {
        this.lifecycle = lifecycle;
        this.problems = problems;
    }

    /** Whether the permit page offers this user the cancel form (the service decides again). */
    static boolean mayCancel(CurrentUser me, WorkPermit permit) {
        boolean open = permit.status() == PermitStatus.PENDING_APPROVAL || permit.status() == PermitStatus.APPROVED;
        boolean entitled = me.id().equals(permit.applicantId())
                || (me.workerId() != null && me.workerId().equals(permit.leaderId()))
                || me.has(Role.SAFETY_OFFICER);
        return open && entitled;
    }

    @PostMapping("/permits/{id}/cancel")
    String cancel(CurrentUser me, @PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        if (reason.isBlank()) {
            redirect.addFlashAttribute("flash", problems.message("permitView.cancelReasonRequired"));
            return "redirect:/permits/" + id;
        }
        try {
            WorkPermit cancelled = lifecycle.cancel(me, id, reason.length() > 500 ? reason.substring(0, 500) : reason);
            redirect.addFlashAttribute("flash", problems.message("permitView.cancelled", cancelled.number()));
        } catch (BusinessProblem problem) {
            redirect.addFlashAttribute("flash", problems.message("problem." + problem.code()));
        }
        return "redirect:/permits/" + id;
    }
}
