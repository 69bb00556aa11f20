package cn.anzuo.archive.domain;

/** What an auditor should look at on a permit (API.md "Flags"), each read from the permit's trace by {@link TraceFlagRules}. */
public enum TraceFlag {
    /** An approval step decided less than 30 s after the submission or the previous step: read, or waved through? */
    APPROVED_IN_SECONDS,
    /** A gas analysis recorded more than 15 min after its sampling: written up afterwards, not on site. */
    GAS_TEST_BACKFILLED,
    /** Two different people checked in to the permit from one phone or client: one may have signed for the other. */
    SAME_DEVICE_CHECK_INS,
    /** Someone checked in after the work had started. */
    LATE_CHECK_IN
}
