package cn.anzuo.briefing.domain;

import cn.anzuo.hazard.HazardReports;
import cn.anzuo.monitoring.Alarms;
import cn.anzuo.organization.CompanyPolicy;
import cn.anzuo.organization.Organization;
import cn.anzuo.permit.PermitStatus;
import cn.anzuo.permit.Permits;
import cn.anzuo.qualification.Qualifications;
import cn.anzuo.shared.WorkType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gathers a day's figures from the modules that own them; the day runs midnight to midnight in the company's zone. */
@Service
@Transactional(readOnly = true)
public class BriefingFigures {

    private final Organization organization;
    private final Permits permits;
    private final Alarms alarms;
    private final Qualifications qualifications;
    private final HazardReports hazards;

    BriefingFigures(Organization organization, Permits permits, Alarms alarms, Qualifications qualifications,
            HazardReports hazards) {
        this.organization = organization;
        this.permits = permits;
        this.alarms = alarms;
        this.qualifications = qualifications;
        this.hazards = hazards;
    }

    public DailyFigures of(UUID companyId, LocalDate date) {
        CompanyPolicy policy = organization.policy(companyId);
        Instant from = date.atStartOfDay(policy.zone()).toInstant();
        Instant to = date.plusDays(1).atStartOfDay(policy.zone()).toInstant();
        // every status and type present, zero included, so the table and the JSON keep one shape
        Map<PermitStatus, Long> byStatus = new EnumMap<>(PermitStatus.class);
        Map<WorkType, Long> byType = new EnumMap<>(WorkType.class);
        for (PermitStatus status : PermitStatus.values()) {
            byStatus.put(status, 0L);
        }
        for (WorkType type : WorkType.values()) {
            byType.put(type, 0L);
        }
        for (Permits.PermitCount count : permits.countPlannedBetween(companyId, from, to)) {
            byStatus.merge(count.status(), count.count(), Long::sum);
            byType.merge(count.type(), count.count(), Long::sum);
        }
        return new DailyFigures(date, byStatus, byType, alarms.raisedBetween(companyId, from, to),
                qualifications.violationsBetween(companyId, from, to),
                qualifications.certificatesExpiringAfter(companyId, date, policy.expiryReminderDays()),
                hazards.reportedBetween(companyId, from, to));
    }
}
