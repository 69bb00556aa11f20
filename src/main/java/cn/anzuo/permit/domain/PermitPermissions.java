package cn.anzuo.permit.domain;

import cn.anzuo.permit.PermitStatus;
import cn.anzuo.shared.WorkType;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.security.Role;

/**
 * Who may do what to a permit now: the one place the lifecycle service (which refuses) and the pages
 * (which show or hide buttons) both ask. The leader and the guardian run the work; a safety officer may
 * also stop it; the shift leader checks hot work before ignition; a gas analyst records analyses; the
 * applicant, the leader or a safety officer may withdraw a permit before work begins.
 */
public record PermitPermissions(boolean leader, boolean guardian, boolean act, boolean start, boolean suspend,
        boolean resume, boolean complete, boolean accept, boolean shiftCheck, boolean headcount, boolean gasTest,
        boolean cancel) {

    public static PermitPermissions of(CurrentUser user, WorkPermit permit) {
        boolean leader = user.workerId() != null && user.workerId().equals(permit.leaderId());
        boolean guardian = user.workerId() != null && user.workerId().equals(permit.guardianId());
        boolean act = leader || guardian;
        PermitStatus status = permit.status();
        boolean myAcceptanceMissing = (leader && permit.progress().leaderAcceptedAt() == null)
                || (guardian && permit.progress().guardianAcceptedAt() == null);
        boolean working = status == PermitStatus.ACTIVE || status == PermitStatus.SUSPENDED;
        return new PermitPermissions(leader, guardian, act,
                act && status == PermitStatus.APPROVED,
                (act || user.has(Role.SAFETY_OFFICER)) && status == PermitStatus.ACTIVE,
                act && status == PermitStatus.SUSPENDED,
                act && status == PermitStatus.ACTIVE,
                act && status == PermitStatus.COMPLETED && myAcceptanceMissing,
                user.has(Role.SHIFT_LEADER) && permit.workType() == WorkType.HOT_WORK && status == PermitStatus.APPROVED
                        && permit.progress().shiftCheckedAt() == null,
                guardian && permit.workType() == WorkType.CONFINED_SPACE && working,
                user.has(Role.GAS_ANALYST) && (status == PermitStatus.APPROVED || working),
                (user.id().equals(permit.applicantId()) || leader || user.has(Role.SAFETY_OFFICER))
                        && (status == PermitStatus.PENDING_APPROVAL || status == PermitStatus.APPROVED));
    }

    /** Whether the user is among those who may run the work (before the status is looked at). */
    boolean runsTheWork() {
        return act;
    }
}
