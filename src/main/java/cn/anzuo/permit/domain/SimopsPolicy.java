package cn.anzuo.permit.domain;

import cn.anzuo.shared.TimeWindow;
import cn.anzuo.shared.WorkType;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SIMOPS gate at application ({@link SimopsRule} over the company's live permits that carry a
 * point): an unacknowledged conflict refuses with {@code SIMOPS_CONFLICT} and the conflicting ids.
 * A permit without a point takes no part (ADR 0070).
 */
@Component
public class SimopsPolicy {

    private final WorkPermitRepository permits;
    private final SimopsPairs pairs;
    private final cn.anzuo.organization.CompanyModules modules;

    SimopsPolicy(WorkPermitRepository permits, SimopsPairs pairs, cn.anzuo.organization.CompanyModules modules) {
        this.modules = modules;
        this.permits = permits;
        this.pairs = pairs;
    }

    void check(UUID companyId, WorkType type, GeoPoint point, TimeWindow window, Set<UUID> relatedPermitIds) {
        // SIMOPS is one of the 智能风控 rules a company may switch off (docs/company-modules.md)
        if (point == null || !modules.enabled(companyId, cn.anzuo.organization.OptionalModule.RISK_RULES)) {
            return;
        }
        SimopsRule.Work work = new SimopsRule.Work(new UUID(0, 0), type, point, window);
        List<UUID> conflicts = SimopsRule.unacknowledged(work, neighbours(companyId, window), relatedPermitIds, pairs);
        if (!conflicts.isEmpty()) {
            throw PermitProblems.simopsConflict(conflicts);
        }
    }

    /** The live permits of the company that conflict with this one now, acknowledged or not (for approvers). */
    @Transactional(readOnly = true)
    public List<WorkPermit> conflictsOf(WorkPermit permit) {
        if (permit.point() == null) {
            return List.of();
        }
        List<UUID> ids = SimopsRule.conflicts(work(permit), neighbours(permit.companyId(), permit.window()), pairs);
        return permits.findAllById(ids);
    }

    /** Permits by id, for showing conflicts the check found (all of the checked company). */
    @Transactional(readOnly = true)
    public List<WorkPermit> permits(java.util.Collection<UUID> ids) {
        return permits.findAllById(ids);
    }

    public double reachMeters() {
        return pairs.reach();
    }

    private List<SimopsRule.Work> neighbours(UUID companyId, TimeWindow window) {
        return permits.liveWithPoint(companyId, window.from(), window.to()).stream().map(SimopsPolicy::work).toList();
    }

    private static SimopsRule.Work work(WorkPermit p) {
        return new SimopsRule.Work(p.id(), p.workType(), p.point(), p.window());
    }
}
