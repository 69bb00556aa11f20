package cn.anzuo.permit;

import cn.anzuo.shared.WorkType;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A company's permit history as the acts it was made of, oldest first per permit, for readers that rebuild
 * what they derived from {@link PermitActRecorded} (the analytics facts, ADR 0065).
 */
@Service
@Transactional(readOnly = true)
public class PermitHistory {

    private final JdbcClient jdbc;

    PermitHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PermitActRecorded> acts(UUID companyId) {
        return jdbc.sql("""
                select t.work_permit, p.company_id, p.number, t.action, t.from_status, t.to_status, t.occurred_at,
                       t.actor_user_id, t.actor_system, t.reason
                  from permit_transition t join work_permit p on p.id = t.work_permit
                 where p.company_id = ? order by t.work_permit, t.seq""")
                .param(companyId)
                .query((rs, n) -> new PermitActRecorded(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4),
                        rs.getString(5) == null ? null : PermitStatus.valueOf(rs.getString(5)),
                        PermitStatus.valueOf(rs.getString(6)), rs.getTimestamp(7).toInstant(),
                        new Actor(rs.getObject(8, UUID.class), rs.getString(9)), rs.getString(10)))
                .list();
    }

    /** The company's permits now in this status, as other modules read them (no suspension), oldest first. */
    public List<PermitRecord> inStatus(UUID companyId, PermitStatus status) {
        Map<UUID, List<UUID>> workers = new HashMap<>();
        jdbc.sql("""
                select w.work_permit, w.worker_id from permit_worker w join work_permit p on p.id = w.work_permit
                 where p.company_id = ? and p.status = ? order by w.work_permit, w.seq""")
                .params(companyId, status.name())
                .query(rs -> {
                    workers.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
                });
        return jdbc.sql("""
                select id, company_id, site_id, number, work_type, level, planned_start, planned_end, leader_id, guardian_id
                  from work_permit where company_id = ? and status = ? order by planned_start, id""")
                .params(companyId, status.name())
                .query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    return new PermitRecord(id, rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getString(4),
                            WorkType.valueOf(rs.getString(5)), rs.getString(6) == null ? null : PermitLevel.valueOf(rs.getString(6)),
                            status, rs.getTimestamp(7).toInstant(), rs.getTimestamp(8).toInstant(),
                            new PermitRecord.Crew(rs.getObject(9, UUID.class), rs.getObject(10, UUID.class),
                                    workers.getOrDefault(id, List.of())), null);
                })
                .list();
    }

    /**
     * For each of these workers, how many permits naming them as leader or worker were closed before {@code before}.
     * Two index lookups (their permits, then which of those closed) instead of one join: PostgreSQL planned the
     * join as a parallel query, 60 ms of worker start-up for a new worker's empty history and the bottleneck of
     * submission on a million permits (docs/benchmarks.md "Load").
     */
    public Map<UUID, Long> closedCounts(Collection<UUID> workerIds, Instant before) {
        Map<UUID, Long> counts = new HashMap<>();
        if (workerIds.isEmpty()) {
            return counts;
        }
        Map<UUID, Set<UUID>> permitsOf = new HashMap<>();
        jdbc.sql("""
                select worker_id, work_permit from permit_worker where worker_id in (:workers)
                union all select leader_id, id from work_permit where leader_id in (:workers)""")
                .param("workers", workerIds)
                .query(rs -> {
                    permitsOf.computeIfAbsent(rs.getObject(1, UUID.class), w -> new HashSet<>())
                            .add(rs.getObject(2, UUID.class));
                });
        List<UUID> permits = permitsOf.values().stream().flatMap(Set::stream).distinct().toList();
        Set<UUID> closed = new HashSet<>();
        for (int from = 0; from < permits.size(); from += CHUNK) {
            closed.addAll(jdbc.sql("""
                    select distinct work_permit from permit_transition
                     where work_permit in (:permits) and to_status = 'CLOSED' and occurred_at < :before""")
                    .param("permits", permits.subList(from, Math.min(permits.size(), from + CHUNK)))
                    .param("before", Timestamp.from(before))
                    .query(UUID.class).list());
        }
        permitsOf.forEach((worker, theirs) -> {
            long count = theirs.stream().filter(closed::contains).count();
            if (count > 0) {
                counts.put(worker, count);
            }
        });
        return counts;
    }

    /** Ids per IN list: a leader of ten thousand permits is read in ten queries, not one with ten thousand. */
    private static final int CHUNK = 1000;
}
