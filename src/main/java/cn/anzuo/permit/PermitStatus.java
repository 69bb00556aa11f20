package cn.anzuo.permit;

/** Where a permit stands (API.md "Statuses"). */
public enum PermitStatus {
    /** Submitted; approval steps are open. */
    PENDING_APPROVAL,
    /** Every step approved; waiting for check-in, gas test and start. */
    APPROVED,
    /** Work under way. */
    ACTIVE,
    /** Work stopped (alarm, guardian, interruption); resumes only under the rules. */
    SUSPENDED,
    /** Work finished; waiting for 完工验收. */
    COMPLETED,
    /** Accepted by leader and guardian (完工验收). */
    CLOSED,
    /** An approver rejected it. */
    REJECTED,
    /** Withdrawn with a reason. */
    CANCELLED,
    /** Nobody checked in within the window after the planned start. */
    VOIDED,
    /** Past the planned end while not completed. */
    EXPIRED;

    public boolean isFinal() {
        return this == CLOSED || this == REJECTED || this == CANCELLED || this == VOIDED || this == EXPIRED;
    }

    /** States in which a permit binds its people and place (a guardian is "busy"). */
    public boolean isLive() {
        return this == PENDING_APPROVAL || this == APPROVED || this == ACTIVE || this == SUSPENDED;
    }
}
