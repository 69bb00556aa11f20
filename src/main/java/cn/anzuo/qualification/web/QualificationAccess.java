package cn.anzuo.qualification.web;

import cn.anzuo.shared.problem.NotAllowed;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.security.Role;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Who may read the qualification pages. Workers and guardians see only their own worker page;
 * every other role sees all workers of the companies it may see. Adding, revoking and verifying
 * certificates is for company administrators and safety officers.
 */
final class QualificationAccess {

    /** Roles that see only their own record. */
    static final Set<Role> SELF_ONLY = EnumSet.of(Role.WORKER, Role.GUARDIAN);

    static final String MANAGERS = "hasAnyRole('COMPANY_ADMIN', 'SAFETY_OFFICER')";

    private QualificationAccess() {}

    static boolean seesAllWorkers(CurrentUser me) {
        return me.roles().stream().anyMatch(role -> !SELF_ONLY.contains(role));
    }

    static boolean manages(CurrentUser me) {
        return me.hasAny(Role.COMPANY_ADMIN, Role.SAFETY_OFFICER);
    }

    /** 403 for a worker or guardian asking for the lists. */
    static void requireSeesAll(CurrentUser me) {
        if (!seesAllWorkers(me)) {
            throw new NotAllowed();
        }
    }

    /** 403 for a worker or guardian asking for someone else's page (after the company check, which says 404). */
    static void requireMayView(CurrentUser me, UUID workerId) {
        if (!seesAllWorkers(me) && !workerId.equals(me.workerId())) {
            throw new NotAllowed();
        }
    }
}
