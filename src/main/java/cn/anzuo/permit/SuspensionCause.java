package cn.anzuo.permit;

/** Why work stopped (API.md "Suspension"); the cause decides what resuming needs. */
public enum SuspensionCause {
    /** Stopped by the guardian, leader or a safety officer (GB 30871 4.10e). */
    MANUAL,
    /** A gas detector or camera alarm at the site: resuming needs it acknowledged and a new passing analysis (6.5). */
    ALARM,
    /** The guardian left the site or stopped reporting presence (4.10f). */
    GUARDIAN_ABSENT,
    /** Wind or heat over the limit for the work (5.2.15, 8.2.6, 9.2.4). */
    WEATHER,
    /** Hot work ran into a new day: every day needs its own analysis before work goes on (GB 30871 5.3.1d). */
    GAS_TEST_DUE
}
