package cn.anzuo.briefing.domain;

import cn.anzuo.permit.PermitStatus;
import cn.anzuo.shared.WorkType;
import java.time.LocalDate;
import java.util.Map;

/**
 * One company's figures of one day (company time), as API.md's {@code GET /briefings/daily} shows them.
 *
 * @param byStatus permits planned for the day (their window overlaps it) by their status now, every status listed
 * @param byType the same permits by work type, every type listed
 * @param alarms alarms raised that day
 * @param violations worker violations recorded that day
 * @param expiringCertificates valid certificates that expire within the company's reminder days after the day
 * @param hazards hazards reported that day
 */
public record DailyFigures(LocalDate date, Map<PermitStatus, Long> byStatus, Map<WorkType, Long> byType, long alarms,
        long violations, long expiringCertificates, long hazards) {

    public DailyFigures {
        byStatus = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byStatus));
        byType = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byType));
    }

    public long permits() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    public long permits(PermitStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }
}
