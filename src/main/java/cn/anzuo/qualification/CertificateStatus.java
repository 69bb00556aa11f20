package cn.anzuo.qualification;

/** A certificate's status on a given day, derived from its dates and revocation. */
public enum CertificateStatus {
    /** Valid, and neither expiry nor review falls due within the reminder window. */
    VALID,
    /** Expiry or review falls due within the company's reminder window (default 15 days). */
    EXPIRING,
    /** The review (复审) date has passed without a recorded review. */
    REVIEW_OVERDUE,
    /** The expiry date has passed. */
    EXPIRED,
    /** Revoked (撤销) with a reason. */
    REVOKED
}
