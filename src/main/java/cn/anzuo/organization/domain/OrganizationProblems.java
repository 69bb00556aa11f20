package cn.anzuo.organization.domain;

import cn.anzuo.shared.problem.ProblemKind;
import cn.anzuo.shared.problem.BusinessProblem;

/** The named refusals of the organisation module. */
public final class OrganizationProblems {

    private OrganizationProblems() {}

    public static final class CompanyCodeTaken extends BusinessProblem {
        public CompanyCodeTaken(String code) {
            super(ProblemKind.CONFLICT, "COMPANY_CODE_TAKEN", "code", code);
        }
    }

    public static final class SiteCodeTaken extends BusinessProblem {
        public SiteCodeTaken(String code) {
            super(ProblemKind.CONFLICT, "SITE_CODE_TAKEN", "code", code);
        }
    }

    public static final class UsernameTaken extends BusinessProblem {
        public UsernameTaken(String username) {
            super(ProblemKind.CONFLICT, "USERNAME_TAKEN", "username", username);
        }
    }

    /** The worker is already linked to another user account: one person, one login. */
    public static final class WorkerAlreadyLinked extends BusinessProblem {
        public WorkerAlreadyLinked() {
            super(ProblemKind.CONFLICT, "WORKER_ALREADY_LINKED", "workerId");
        }
    }

    /** A group administrator who does not administer the root must say under which company. */
    public static final class ParentRequired extends BusinessProblem {
        public ParentRequired() {
            super(ProblemKind.RULE, "PARENT_REQUIRED", "parentId");
        }
    }

    /** No new permits at a disabled site (or a site of a disabled company). */
    public static final class SiteDisabled extends BusinessProblem {
        public SiteDisabled(String code) {
            super(ProblemKind.RULE, "SITE_DISABLED", "siteId", code);
        }
    }

    /** An administrator cannot disable their own account (nobody might be left to undo it). */
    public static final class CannotDisableSelf extends BusinessProblem {
        public CannotDisableSelf() {
            super(ProblemKind.CONFLICT, "CANNOT_DISABLE_SELF", "enabled");
        }
    }

    /** Nobody disables the company they belong to (they would lock themselves out). */
    public static final class CannotDisableOwnCompany extends BusinessProblem {
        public CannotDisableOwnCompany() {
            super(ProblemKind.CONFLICT, "CANNOT_DISABLE_OWN_COMPANY", "enabled");
        }
    }

    /** Changing one's own password needs the current one. */
    public static final class WrongPassword extends BusinessProblem {
        public WrongPassword() {
            super(ProblemKind.RULE, "WRONG_PASSWORD", "currentPassword");
        }
    }

    /** Only a group administrator may hand out the group administrator role. */
    public static final class RoleNotGrantable extends BusinessProblem {
        public RoleNotGrantable(String role) {
            super(ProblemKind.FORBIDDEN, "ROLE_NOT_GRANTABLE", "roles", role);
        }
    }
}
