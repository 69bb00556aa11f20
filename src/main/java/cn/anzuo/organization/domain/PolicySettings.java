package cn.anzuo.organization.domain;

import cn.anzuo.organization.CheckInIdentity;
import cn.anzuo.organization.CompanyPolicy;
import java.time.LocalTime;
import java.time.ZoneId;

/** What a company configured; {@code null} means "use the default". */
public record PolicySettings(
        Integer checkInWindowMinutes,
        Integer expiryReminderDays,
        LocalTime nightStart,
        LocalTime nightEnd,
        Boolean allowUnverifiedCertificates,
        Integer approvalEscalationMinutes,
        Integer permitValidityHours,
        Integer alarmEscalationMinutes,
        /** comma-separated proof methods, e.g. {@code QR,NFC}: one small column, validated on the way in */
        String checkInMethods,
        CheckInIdentity checkInIdentity,
        Double faceMinSimilarity,
        Integer guardianAbsenceMinutes,
        Integer fatigueNights) {

    /** Settings without a fatigue rule of their own (the default applies). */
    public PolicySettings(Integer checkInWindowMinutes, Integer expiryReminderDays, LocalTime nightStart,
            LocalTime nightEnd, Boolean allowUnverifiedCertificates, Integer approvalEscalationMinutes,
            Integer permitValidityHours, Integer alarmEscalationMinutes, String checkInMethods,
            CheckInIdentity checkInIdentity, Double faceMinSimilarity, Integer guardianAbsenceMinutes) {
        this(checkInWindowMinutes, expiryReminderDays, nightStart, nightEnd, allowUnverifiedCertificates,
                approvalEscalationMinutes, permitValidityHours, alarmEscalationMinutes, checkInMethods,
                checkInIdentity, faceMinSimilarity, guardianAbsenceMinutes, null);
    }

    public static PolicySettings none() {
        return new PolicySettings(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Settings given in {@code changes} replace these; the rest stay. */
    public PolicySettings merge(PolicySettings changes) {
        return new PolicySettings(
                pick(changes.checkInWindowMinutes, checkInWindowMinutes),
                pick(changes.expiryReminderDays, expiryReminderDays),
                pick(changes.nightStart, nightStart),
                pick(changes.nightEnd, nightEnd),
                pick(changes.allowUnverifiedCertificates, allowUnverifiedCertificates),
                pick(changes.approvalEscalationMinutes, approvalEscalationMinutes),
                pick(changes.permitValidityHours, permitValidityHours),
                pick(changes.alarmEscalationMinutes, alarmEscalationMinutes),
                pick(changes.checkInMethods, checkInMethods),
                pick(changes.checkInIdentity, checkInIdentity),
                pick(changes.faceMinSimilarity, faceMinSimilarity),
                pick(changes.guardianAbsenceMinutes, guardianAbsenceMinutes),
                pick(changes.fatigueNights, fatigueNights));
    }

    public CompanyPolicy effective(ZoneId zone) {
        CompanyPolicy d = CompanyPolicy.defaults();
        return new CompanyPolicy(
                pick(checkInWindowMinutes, d.checkInWindowMinutes()),
                pick(expiryReminderDays, d.expiryReminderDays()),
                pick(nightStart, d.nightStart()),
                pick(nightEnd, d.nightEnd()),
                pick(allowUnverifiedCertificates, d.allowUnverifiedCertificates()),
                pick(approvalEscalationMinutes, d.approvalEscalationMinutes()),
                pick(permitValidityHours, d.permitValidityHours()),
                pick(alarmEscalationMinutes, d.alarmEscalationMinutes()),
                checkInMethods == null ? d.checkInMethods() : java.util.List.of(checkInMethods.split(",")),
                pick(checkInIdentity, d.checkInIdentity()),
                pick(faceMinSimilarity, d.faceMinSimilarity()),
                pick(guardianAbsenceMinutes, d.guardianAbsenceMinutes()),
                zone,
                pick(fatigueNights, d.fatigueNights()));
    }

    private static <T> T pick(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }
}
