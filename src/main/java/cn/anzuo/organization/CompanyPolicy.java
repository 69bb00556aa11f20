package cn.anzuo.organization;

import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A company's effective rules: what it configured, else the defaults of DOMAIN.md and API.md.
 *
 * @param checkInWindowMinutes no check-in this long after the planned start voids a permit
 * @param expiryReminderDays certificates expiring within this many days are {@code EXPIRING}
 * @param nightStart start of the night window that upgrades hot work
 * @param nightEnd end of the night window (next morning)
 * @param allowUnverifiedCertificates whether unverified certificates may qualify a worker
 * @param approvalEscalationMinutes a pending approval escalates after this long
 * @param permitValidityHours validity cap of permit types the standard leaves open (盲板抽堵, 吊装, 动土, 断路)
* @param alarmEscalationMinutes an alarm nobody acknowledged this long is escalated to the plant leaders
 * @param checkInMethods the proof methods a check-in may use ({@code QR}, {@code NFC}, {@code FACE}, {@code PASSKEY})
 * @param checkInIdentity what must accompany a location proof
 * @param faceMinSimilarity a face-terminal event below this similarity is refused
 * @param guardianAbsenceMinutes an active permit whose guardian reported no position this long is suspended
 * @param zone the company's time zone: decides "night", "today" and day boundaries
 * @param fatigueNights a worker named on permits this many nights in a row is refused high-risk night work the next
 *     night (company policy, no national rule: DOMAIN.md §5.3, ADR 0069)
 */
public record CompanyPolicy(
        int checkInWindowMinutes,
        int expiryReminderDays,
        LocalTime nightStart,
        LocalTime nightEnd,
        boolean allowUnverifiedCertificates,
        int approvalEscalationMinutes,
        int permitValidityHours,
        int alarmEscalationMinutes,
        java.util.List<String> checkInMethods,
        CheckInIdentity checkInIdentity,
        double faceMinSimilarity,
        int guardianAbsenceMinutes,
        ZoneId zone,
        int fatigueNights) {

    public static final int DEFAULT_CHECK_IN_WINDOW_MINUTES = 30;
    public static final int DEFAULT_EXPIRY_REMINDER_DAYS = 15;
    public static final LocalTime DEFAULT_NIGHT_START = LocalTime.of(20, 0);
    public static final LocalTime DEFAULT_NIGHT_END = LocalTime.of(6, 0);
    public static final int DEFAULT_APPROVAL_ESCALATION_MINUTES = 30;
    public static final int DEFAULT_PERMIT_VALIDITY_HOURS = 24;
    /** The longest validity a company may set for the types the standard leaves open (30 days). */
    public static final int MAX_PERMIT_VALIDITY_HOURS = 720;
    public static final int DEFAULT_ALARM_ESCALATION_MINUTES = 5;
    public static final java.util.List<String> DEFAULT_CHECK_IN_METHODS = java.util.List.of("QR", "NFC", "FACE");
    public static final java.util.List<String> CHECK_IN_METHODS = java.util.List.of("QR", "NFC", "FACE", "PASSKEY");
    public static final double DEFAULT_FACE_MIN_SIMILARITY = 0.80;
    public static final int DEFAULT_GUARDIAN_ABSENCE_MINUTES = 5;
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");
    public static final int DEFAULT_FATIGUE_NIGHTS = 3;

    /** A policy with the default fatigue rule (for callers written before {@code fatigueNights} existed). */
    public CompanyPolicy(int checkInWindowMinutes, int expiryReminderDays, LocalTime nightStart, LocalTime nightEnd,
            boolean allowUnverifiedCertificates, int approvalEscalationMinutes, int permitValidityHours,
            int alarmEscalationMinutes, java.util.List<String> checkInMethods, CheckInIdentity checkInIdentity,
            double faceMinSimilarity, int guardianAbsenceMinutes, ZoneId zone) {
        this(checkInWindowMinutes, expiryReminderDays, nightStart, nightEnd, allowUnverifiedCertificates,
                approvalEscalationMinutes, permitValidityHours, alarmEscalationMinutes, checkInMethods, checkInIdentity,
                faceMinSimilarity, guardianAbsenceMinutes, zone, DEFAULT_FATIGUE_NIGHTS);
    }

    public static CompanyPolicy defaults() {
        return new CompanyPolicy(
                DEFAULT_CHECK_IN_WINDOW_MINUTES,
                DEFAULT_EXPIRY_REMINDER_DAYS,
                DEFAULT_NIGHT_START,
                DEFAULT_NIGHT_END,
                true,
                DEFAULT_APPROVAL_ESCALATION_MINUTES,
                DEFAULT_PERMIT_VALIDITY_HOURS,
                DEFAULT_ALARM_ESCALATION_MINUTES,
                DEFAULT_CHECK_IN_METHODS,
                CheckInIdentity.NONE,
                DEFAULT_FACE_MIN_SIMILARITY,
                DEFAULT_GUARDIAN_ABSENCE_MINUTES,
                DEFAULT_ZONE,
                DEFAULT_FATIGUE_NIGHTS);
    }

    /** This policy with the basic check-in only: QR and geofence, no identity proof (the identity module is off). */
    public CompanyPolicy withoutIdentity() {
        return new CompanyPolicy(checkInWindowMinutes, expiryReminderDays, nightStart, nightEnd, allowUnverifiedCertificates,
                approvalEscalationMinutes, permitValidityHours, alarmEscalationMinutes, java.util.List.of("QR"),
                CheckInIdentity.NONE, faceMinSimilarity, guardianAbsenceMinutes, zone);
    }

    /** Whether a local time of day falls in the night window, which may wrap past midnight. */
    public boolean isNight(LocalTime time) {
        if (nightStart.isAfter(nightEnd)) {
            return !time.isBefore(nightStart) || time.isBefore(nightEnd);
        }
        return !time.isBefore(nightStart) && time.isBefore(nightEnd);
    }
}
