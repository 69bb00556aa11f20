package cn.anzuo.permit.domain;

/** Why a permit ended without 完工验收 (its words, if any, are kept beside it). */
public enum EndCause {
    /** Withdrawn by the applicant, the leader or a safety officer. */
    CANCELLED,
    /** Nobody checked in within the window after the planned start. */
    NO_CHECK_IN,
    /** The planned end passed while the work was not completed. */
    PLANNED_END_PASSED
}
