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
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Permits(WorkPermitRepository permits, SiteSuspensions suspensions, cn.anzuo.permit.domain.FaceCheckIns faces,
            PermitSheets sheets, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.permits = permits;
        this.jdbc = jdbc;
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

    /** How many permits of one status and work type. */
    public record PermitCount(PermitStatus status, cn.anzuo.shared.WorkType type, long count) {}

    /**
     * The company's permits whose planned window overlaps [from, to) — the work that was planned for that day —
     * counted by their status now and their work type (the morning briefing).
     */
    public List<PermitCount> countPlannedBetween(UUID companyId, java.time.Instant from, java.time.Instant to) {
        return jdbc.sql("""
                        select status, work_type, count(*) from work_permit
                        where company_id = ? and planned_start < ? and planned_end > ?
                        group by status, work_type order by status, work_type""")
                .params(companyId, java.sql.Timestamp.from(to), java.sql.Timestamp.from(from))
                .query((rs, n) -> new PermitCount(PermitStatus.valueOf(rs.getString(1)),
                        cn.anzuo.shared.WorkType.valueOf(rs.getString(2)), rs.getLong(3)))
                .list();
    }

    /**
     * How many of the company's permits closed (完工验收) in [from, to) named each person — as worker, leader or
     * guardian, once per permit (合规之星). People without such a permit are absent.
     */
    public java.util.Map<UUID, Long> closedPermitsPerPerson(UUID companyId, java.time.Instant from,
            java.time.Instant to) {
        java.util.Map<UUID, Long> counts = new java.util.HashMap<>();
        // no CTE: H2 binds parameters inside WITH out of order
        String closed = """
                select p.id, p.leader_id, p.guardian_id from work_permit p
                join permit_transition t on t.work_permit = p.id and t.to_status = 'CLOSED'
                where p.company_id = :company and p.status = 'CLOSED' and t.occurred_at >= :from and t.occurred_at < :to""";
        jdbc.sql("select person, count(*) from ("
                        + "select c.id, w.worker_id person from (" + closed + ") c join permit_worker w on w.work_permit = c.id"
                        + " union select c.id, c.leader_id from (" + closed + ") c"
                        + " union select c.id, c.guardian_id from (" + closed + ") c) named group by person")
                .param("company", companyId).param("from", java.sql.Timestamp.from(from))
                .param("to", java.sql.Timestamp.from(to))
                .query(rs -> {
                    counts.put(rs.getObject(1, UUID.class), rs.getLong(2));
                });
        return counts;
    }

    /** Suspends every matching {@code ACTIVE} permit at the site; returns the ids of those suspended. */
    public List<UUID> suspend(SiteSuspension command) {
        return suspensions.suspend(command);
    }

    /** The read record of an aggregate (also for the permit module's own web layer). */
    public static PermitRecord record(WorkPermit p) {
        return new PermitRecord(p.id(), p.companyId(), p.siteId(), p.number(), p.workType(), p.level(), p.status(),
                p.plannedStart(), p.plannedEnd(), new PermitRecord.Crew(p.leaderId(), p.guardianId(), p.workerIds()),
                p.suspension().orElse(null));
    }
}
