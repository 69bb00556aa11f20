package cn.anzuo.analytics.web;

import cn.anzuo.analytics.web.KpiSpans.KpiSpan;

/**
 * Where each dashboard figure drills down to: the records behind it over the same span. The permit list filters
 * by status and dates (the permits of the span back the permit figures, the closed ones record completeness);
 * the hazard list by the days reported or closed; alarms, active users and trained workers have small lists here
 * ({@link KpiDrillPageController}). The permit and hazard lists show one company: the span's own.
 */
final class KpiDrill {

    /** A link under a card: its address and the message key of its words. */
    record Link(String href, String labelKey) {}

    private KpiDrill() {}

    static Link of(KpiMeasure m, KpiSpan span, boolean includeSubsidiaries) {
        String dates = "from=" + span.from() + "&to=" + span.to();
        String here = "?companyId=" + span.company() + "&" + dates + "&includeSubsidiaries=" + includeSubsidiaries;
        String hazards = "/hazards?companyId=" + span.company() + "&" + dates;
        return switch (m) {
            case approvalCompletenessRate, measureCompletionRate, meanApprovalMinutes, p90ApprovalMinutes ->
                    new Link("/permits?scope=all&" + dates, "dashboard.permits");
            case dataCompletenessRate -> new Link("/permits?scope=all&" + dates + "&status=CLOSED", "dashboard.permits");
            case meanAlarmAckSeconds -> new Link("/dashboard/alarms" + here, "dashboard.drill.alarms");
            case hazardClosureHours -> new Link(hazards + "&closed=true", "dashboard.drill.hazardsClosed");
            case hazardReports -> new Link(hazards, "dashboard.drill.hazards");
            case activeMobileUserRate -> new Link("/dashboard/active-users" + here, "dashboard.drill.activeUsers");
            case trainingCompletionRate -> new Link("/dashboard/trained-workers" + here, "dashboard.drill.trainedWorkers");
            case certifiedWorkRate -> null;
        };
    }
}
