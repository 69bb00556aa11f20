package cn.anzuo.qualification;

/** Why a person is not qualified for a work type over a time window (API.md "violations"). */
public enum QualificationReason {
    /** No certificate of a required item at all. */
    NO_CERTIFICATE,
    /** The certificate expired before the window starts. */
    EXPIRED,
    /** The certificate (or its review) runs out before the window ends. */
    EXPIRES_BEFORE_END,
    /** The review is already overdue when the window starts. */
    REVIEW_OVERDUE,
    /** The certificate was revoked. */
    REVOKED,
    /** The certificate is not verified and the company forbids unverified certificates. */
    UNVERIFIED,
    /** The worker record is disabled (left the company, contractor gone): no new permits name them. */
    DISABLED,
    /** Suspended from permits by a second violation within 12 months until retraining is recorded (ADR 0061). */
    SANCTIONED
}
