package cn.anzuo.permit;

import cn.anzuo.permit.domain.SiteSuspensions;
import cn.anzuo.permit.domain.WorkPermit;
import cn.anzuo.permit.domain.WorkPermitRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The permit module's facade for other modules: read a permit and its crew, list the live permits at a
 * site, and stop the work at a site as the system (an alarm, the weather, an absent guardian). Nothing
 * here needs a signed-in user: callers are listeners and jobs, and visibility is theirs to decide.
 */
@Service
public class Permits {

    private final WorkPermitRepository permits;
    private final SiteSuspensions suspensions;
    private final cn.anzuo.permit.domain.FaceCheckIns faces;
    private final PermitSheets sheets;

    Permits(WorkPermitRepository permits, SiteSuspensions suspensions, cn.anzuo.permit.domain.FaceCheckIns faces,
            PermitSheets sheets) {
        this.permits = permits;
        this.sheets = sheets;
        this.suspensions = suspensions;
        this.faces = faces;
    }

    /** A face terminal's event: kept for audit, and checks the worker in where the policy accepts it. */
    public FaceOutcome recordFace(FaceEvent event) {
        return faces.record(event);
    }

    public Optional<PermitRecord> find(UUID permitId) {
        return permits.findById(permitId).map(Permits::record);
    }

    /** What the permit's Annex A form shows (the printed permit); empty for an unknown id. */
    public Optional<PermitSheet> sheet(UUID permitId) {
        return permits.findById(permitId).map(sheets::of);
    }

    public Optional<PermitRecord.Crew> crew(UUID permitId) {
        return find(permitId).map(PermitRecord::crew);
    }

    /** Approved, active and suspended permits at a site: those whose people may be there now. */
    public List<PermitRecord> liveAt(UUID siteId) {
        return permits.atSite(siteId, List.of(PermitStatus.APPROVED.name(), PermitStatus.ACTIVE.name(),
                PermitStatus.SUSPENDED.name())).stream().map(Permits::record).toList();
    }

    /** Suspends every matching {@code ACTIVE} permit at the site; returns the ids of those suspended. */
    public List<UUID> suspend(SiteSuspension command) {
        return suspensions.suspend(command);
    }

    static PermitRecord record(WorkPermit p) {
        return new PermitRecord(p.id(), p.companyId(), p.siteId(), p.number(), p.workType(), p.level(), p.status(),
                p.plannedStart(), p.plannedEnd(), new PermitRecord.Crew(p.leaderId(), p.guardianId(), p.workerIds()),
                p.suspension().orElse(null));
    }
}
