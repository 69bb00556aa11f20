package cn.anzuo.analytics;

import cn.anzuo.organization.Organization;
import cn.anzuo.permit.Permits;
import cn.anzuo.qualification.Qualifications;
import cn.anzuo.qualification.WorkerView;
import cn.anzuo.shared.ChineseNameOrder;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The month's 合规之星 of a company (issue 14 item 3; docs/kpis.md "合规之星"): among the people named on permits
 * closed that month (as worker, leader or guardian), those with no violation recorded and no refusal at the
 * qualification gate that month, most closed permits first. The first {@value #STARS} are stars, and so is
 * anyone tied with the last of them; equal scores share a rank and are ordered by name. The month is the
 * company's calendar month in its time zone.
 */
@Service
@Transactional(readOnly = true)
public class ComplianceStars {

    static final int STARS = 5;

    private final Permits permits;
    private final Qualifications qualifications;
    private final Organization organization;

    ComplianceStars(Permits permits, Qualifications qualifications, Organization organization) {
        this.permits = permits;
        this.qualifications = qualifications;
        this.organization = organization;
    }

    public List<ComplianceStar> of(UUID companyId, YearMonth month) {
        ZoneId zone = organization.policy(companyId).zone();
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        Map<UUID, Long> closed = new java.util.HashMap<>(permits.closedPermitsPerPerson(companyId, from, to));
        Set<UUID> violated = qualifications.workersWithViolations(companyId, from, to);
        Set<UUID> refused = qualifications.workersRefusedAtGate(companyId, from, to);
        closed.keySet().removeAll(violated);
        closed.keySet().removeAll(refused);
        List<WorkerView> people = new ArrayList<>(qualifications.workers(closed.keySet()).stream()
                .filter(w -> companyId.equals(w.companyId()))
                .toList());
        people.sort(Comparator.<WorkerView>comparingLong(w -> closed.get(w.id())).reversed()
                .thenComparing(WorkerView::name, ChineseNameOrder.COMPARATOR)
                .thenComparing(WorkerView::id));
        List<ComplianceStar> stars = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            WorkerView w = people.get(i);
            long score = closed.get(w.id());
            boolean tiedWithPrevious = i > 0 && stars.get(i - 1).score() == score;
            if (i >= STARS && !tiedWithPrevious) {
                break;
            }
            stars.add(new ComplianceStar(w.id(), w.name(), score, tiedWithPrevious ? stars.get(i - 1).rank() : i + 1));
        }
        return stars;
    }
}
