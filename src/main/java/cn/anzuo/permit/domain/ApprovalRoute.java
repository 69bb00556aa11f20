package cn.anzuo.permit.domain;

import cn.anzuo.permit.PermitStatus;
import cn.anzuo.permit.domain.ApprovalStep.StepStatus;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.security.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * How a permit travels its approval chain (GB 30871 Annex B): the first step opens at submission (every
 * step at once on the expedite channel), an approval opens the next waiting step, a rejection skips the
 * rest; and who may decide now (separation of duties). The aggregate applies what this route says.
 */
final class ApprovalRoute {

    private ApprovalRoute() {}

    static List<ApprovalStep> initial(List<Role> chain, boolean expedite, Instant now) {
        List<ApprovalStep> steps = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            ApprovalStep step = ApprovalStep.waiting(chain.get(i));
            steps.add(i == 0 || expedite ? step.open(now) : step);
        }
        return steps;
    }

    /** The open step of one of these roles, or -1. */
    static int openStepOf(List<ApprovalStep> steps, Set<Role> roles) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).pending() && roles.contains(steps.get(i).role())) {
                return i;
            }
        }
        return -1;
    }

    /** The first waiting step, or -1 when none waits. */
    static int nextWaiting(List<ApprovalStep> steps) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).status() == StepStatus.WAITING) {
                return i;
            }
        }
        return -1;
    }

    static void skipUndecided(List<ApprovalStep> steps) {
        steps.replaceAll(s -> s.status() == StepStatus.PENDING || s.status() == StepStatus.WAITING ? s.skipped() : s);
    }

    static boolean allApproved(List<ApprovalStep> steps) {
        return steps.stream().allMatch(s -> s.status() == StepStatus.APPROVED);
    }

    /**
     * Why the user could not decide a step now ({@code PERMIT_NOT_PENDING}, {@code NOT_CURRENT_APPROVER},
     * {@code SEPARATION_OF_DUTIES}, in that order), or empty when they may.
     */
    static Optional<BusinessProblem> refusal(PermitStatus status, List<ApprovalStep> steps, UUID applicantId,
            UUID userId, Set<Role> roles) {
        if (status != PermitStatus.PENDING_APPROVAL) {
            return Optional.of(PermitProblems.notPending());
        }
        if (openStepOf(steps, roles) < 0) {
            return Optional.of(PermitProblems.notCurrentApprover());
        }
        if (userId.equals(applicantId) || steps.stream().anyMatch(s -> userId.equals(s.decidedBy()))) {
            return Optional.of(PermitProblems.separationOfDuties());
        }
        return Optional.empty();
    }
}
