package cn.anzuo.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The KPIs of a span (API.md {@code GET /kpis}): rates from 0 to 1, times as means, counts; null where the
 * span has no data to divide by. {@code previous} holds the same span a year earlier, or null when this is
 * itself the earlier span. Each figure is defined in {@code analytics.domain.KpiDefinitions} and docs/kpis.md.
 */
public record KpiFigures(
        Double certifiedWorkRate,
        Double approvalCompletenessRate,
        Double measureCompletionRate,
        Double meanApprovalMinutes,
        Double p90ApprovalMinutes,
        Double meanAlarmAckSeconds,
        Double hazardClosureHours,
        Double dataCompletenessRate,
        Double activeMobileUserRate,
        long hazardReports,
        Double trainingCompletionRate,
        @JsonInclude(JsonInclude.Include.NON_NULL) KpiFigures previous) {

    public KpiFigures withPrevious(KpiFigures earlier) {
        return new KpiFigures(certifiedWorkRate, approvalCompletenessRate, measureCompletionRate, meanApprovalMinutes,
                p90ApprovalMinutes, meanAlarmAckSeconds, hazardClosureHours, dataCompletenessRate,
                activeMobileUserRate, hazardReports, trainingCompletionRate, earlier);
    }
}
