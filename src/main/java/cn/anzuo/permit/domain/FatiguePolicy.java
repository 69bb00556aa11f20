package cn.anzuo.permit.domain;

import cn.anzuo.organization.CompanyPolicy;
import cn.anzuo.organization.Organization;
import cn.anzuo.permit.PermitLevel;
import cn.anzuo.qualification.Qualifications;
import cn.anzuo.qualification.WorkerView;
import cn.anzuo.shared.TimeWindow;
import cn.anzuo.shared.WorkType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The fatigue gate at application ({@link FatigueRule} over the permit history): each worker of a
 * high-risk night permit who already worked {@code fatigueNights} nights in a row is refused as
 * {@code QUALIFICATION_INVALID} with reason {@code FATIGUE}, like any other unqualified person.
 */
@Component
class FatiguePolicy {

    static final String REASON = "FATIGUE";

    private final PermitCalendar calendar;
    private final Organization organization;
    private final Qualifications qualifications;
    private final cn.anzuo.organization.CompanyModules modules;

    FatiguePolicy(PermitCalendar calendar, Organization organization, Qualifications qualifications,
            cn.anzuo.organization.CompanyModules modules) {
        this.modules = modules;
        this.calendar = calendar;
        this.organization = organization;
        this.qualifications = qualifications;
    }

    void check(UUID companyId, WorkType type, PermitLevel level, List<UUID> workerIds, TimeWindow window) {
        // fatigue is one of the 智能风控 rules a company may switch off (docs/company-modules.md)
        if (!FatigueRule.highRisk(type, level)
                || !modules.enabled(companyId, cn.anzuo.organization.OptionalModule.RISK_RULES)) {
            return;
        }
        CompanyPolicy policy = organization.policy(companyId);
        // Every night in a row ends at most fatigueNights + 1 days before the window: enough history.
        Duration back = Duration.ofDays(policy.fatigueNights() + 2L);
        Map<UUID, LocalDate> tired = new LinkedHashMap<>();
        for (UUID worker : workerIds) {
            List<TimeWindow> worked = calendar.bookings(worker, window.from().minus(back), window.to()).stream()
                    .filter(booking -> FatigueRule.COUNTED.contains(booking.status()))
                    .map(PermitCalendar.Booking::window)
                    .toList();
            FatigueRule.tiredNight(window, worked, policy).ifPresent(night -> tired.put(worker, night));
        }
        if (tired.isEmpty()) {
            return;
        }
        Map<UUID, String> names = qualifications.workers(tired.keySet()).stream()
                .collect(Collectors.toMap(WorkerView::id, WorkerView::name));
        List<Map<String, Object>> violations = new ArrayList<>();
        tired.forEach((worker, night) -> {
            Map<String, Object> violation = new LinkedHashMap<>();
            violation.put("workerId", worker);
            violation.put("name", names.get(worker));
            violation.put("role", "WORKER");
            violation.put("reason", REASON);
            violation.put("night", night.toString());
            violation.put("nightsInARow", policy.fatigueNights());
            violations.add(violation);
        });
        throw PermitProblems.qualificationInvalid(violations);
    }
}
