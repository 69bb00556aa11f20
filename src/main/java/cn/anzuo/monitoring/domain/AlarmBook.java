package cn.anzuo.monitoring.domain;

import cn.anzuo.monitoring.AlarmLevel;
import cn.anzuo.monitoring.AlarmStatus;
import cn.anzuo.monitoring.AlarmView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The alarm table. Every state change is one conditional statement ({@code … where status = 'OPEN'}),
 * so two people pressing "acknowledge" at once, or two nodes evaluating readings of one device, cannot
 * both win: the database decides and the loser sees zero rows changed.
 */
@Component
public class AlarmBook {

    private final JdbcClient jdbc;

    AlarmBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The not-yet-resolved alarm of a device and metric: its id, level and whether readings are back to normal. */
    public record OpenAlarm(UUID id, AlarmLevel level, boolean cleared) {}

    static String openKey(UUID deviceId, String metric) {
        return deviceId + ":" + metric;
    }

    private static OpenAlarm openAlarm(ResultSet rs, int row) throws SQLException {
        return new OpenAlarm(rs.getObject(1, UUID.class), AlarmLevel.valueOf(rs.getString(2)), rs.getTimestamp(3) != null);
    }

    public Optional<OpenAlarm> open(UUID deviceId, String metric) {
        return jdbc.sql("select id, level, cleared_at from alarm where open_key = ?")
                .param(openKey(deviceId, metric))
                .query(AlarmBook::openAlarm)
                .optional();
    }

    /** Inserts a new open alarm; empty when one is open already for this device and metric (another node was first). */
    public Optional<UUID> insert(DeviceRegistry.Device device, String metric, Double value, Double threshold,
            AlarmLevel level, Instant at, byte[] snapshot) {
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                            insert into alarm (id, company_id, site_id, device_id, device_code, metric, reading, threshold,
                            level, raised_at, status, open_key, snapshot) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, device.companyId(), device.siteId(), device.id(), device.code(), metric, value,
                            threshold, level.name(), Timestamp.from(at), AlarmStatus.OPEN.name(),
                            openKey(device.id(), metric), snapshot)
                    .update();
            return Optional.of(id);
        } catch (DuplicateKeyException alreadyOpen) {
            return Optional.empty();
        }
    }

    /** Raises an open first-level alarm to the second level; false when it was already there or resolved. */
    public boolean raise(UUID alarmId, AlarmLevel level, Double value, Double threshold, Instant at) {
        return jdbc.sql("""
                        update alarm set level = ?, reading = ?, threshold = ?, level_raised_at = ?, cleared_at = null
                        where id = ? and level = 'LEVEL_1' and status <> 'RESOLVED'""")
                .params(level.name(), value, threshold, Timestamp.from(at), alarmId)
                .update() == 1;
    }

    public void cleared(UUID alarmId, Instant at) {
        jdbc.sql("update alarm set cleared_at = ? where id = ? and cleared_at is null and status <> 'RESOLVED'")
                .params(Timestamp.from(at), alarmId).update();
    }

    public void breachedAgain(UUID alarmId) {
        jdbc.sql("update alarm set cleared_at = null where id = ? and cleared_at is not null").param(alarmId).update();
    }

    /** OPEN → ACKNOWLEDGED; false when it was not open (someone else was first, or it is resolved). */
    public boolean acknowledge(UUID alarmId, UUID by, Instant at) {
        return jdbc.sql("""
                        update alarm set status = 'ACKNOWLEDGED', acknowledged_by = ?, acknowledged_at = ?,
                        response_seconds = ? where id = ? and status = 'OPEN'""")
                .params(by, Timestamp.from(at), responseSeconds(alarmId, at), alarmId)
                .update() == 1;
    }

    /** → RESOLVED (acknowledging it too if nobody had); false when it was resolved already. */
    public boolean resolve(UUID alarmId, UUID by, Instant at, String note) {
        return jdbc.sql("""
                        update alarm set status = 'RESOLVED', resolved_by = ?, resolved_at = ?, resolution_note = ?,
                        open_key = null, acknowledged_by = coalesce(acknowledged_by, ?),
                        acknowledged_at = coalesce(acknowledged_at, ?), response_seconds = coalesce(response_seconds, ?)
                        where id = ? and status <> 'RESOLVED'""")
                .params(by, Timestamp.from(at), note, by, Timestamp.from(at), responseSeconds(alarmId, at), alarmId)
                .update() == 1;
    }

    private long responseSeconds(UUID alarmId, Instant at) {
        return find(alarmId).map(a -> Math.max(0, at.getEpochSecond() - a.raisedAt().getEpochSecond())).orElse(0L);
    }

    /** Claims the escalation of an open alarm once (whichever node's job gets there first). */
    public boolean markEscalated(UUID alarmId, Instant at) {
        return jdbc.sql("update alarm set escalated_at = ? where id = ? and escalated_at is null and status = 'OPEN'")
                .params(Timestamp.from(at), alarmId).update() == 1;
    }

    public List<AlarmView> unacknowledgedUnescalated() {
        return jdbc.sql("select " + COLUMNS + " from alarm where status = 'OPEN' and escalated_at is null "
                + "order by raised_at").query(this::view).list();
    }

    public void recordSuspended(UUID alarmId, Collection<UUID> permitIds) {
        for (UUID permitId : permitIds) {
            jdbc.sql("""
                            insert into alarm_suspended_permit (alarm_id, permit_id)
                            select ?, ? where not exists
                            (select 1 from alarm_suspended_permit where alarm_id = ? and permit_id = ?)""")
                    .params(alarmId, permitId, alarmId, permitId).update();
        }
    }

    public boolean acknowledged(UUID alarmId) {
        return jdbc.sql("select status from alarm where id = ?").param(alarmId).query(String.class).optional()
                .map(status -> !AlarmStatus.OPEN.name().equals(status)).orElse(false);
    }

    public Optional<AlarmView> find(UUID alarmId) {
        return jdbc.sql("select " + COLUMNS + " from alarm where id = ?").param(alarmId).query(this::view).optional();
    }

    public Optional<byte[]> snapshot(UUID alarmId) {
        return jdbc.sql("select snapshot from alarm where id = ? and snapshot is not null").param(alarmId)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** Alarms of the companies, newest first, optionally of one site, status and permit. */
    public List<AlarmView> list(Collection<UUID> companyIds, UUID siteId, AlarmStatus status, UUID permitId,
            int offset, int limit) {
        Query q = where(companyIds, siteId, status, permitId);
        q.params.add(limit);
        q.params.add(offset);
        return jdbc.sql("select " + COLUMNS + " from alarm where " + q.sql + " order by raised_at desc, id limit ? offset ?")
                .params(q.params).query(this::view).list();
    }

    public long count(Collection<UUID> companyIds, UUID siteId, AlarmStatus status, UUID permitId) {
        Query q = where(companyIds, siteId, status, permitId);
        return jdbc.sql("select count(*) from alarm where " + q.sql).params(q.params).query(Long.class).single();
    }

    private record Query(String sql, List<Object> params) {}

    private static Query where(Collection<UUID> companyIds, UUID siteId, AlarmStatus status, UUID permitId) {
        if (companyIds.isEmpty()) {
            return new Query("1 = 0", new ArrayList<>());
        }
        StringBuilder sql = new StringBuilder("company_id in (")
                .append(String.join(", ", java.util.Collections.nCopies(companyIds.size(), "?"))).append(")");
        List<Object> params = new ArrayList<>(companyIds);
        if (siteId != null) {
            sql.append(" and site_id = ?");
            params.add(siteId);
        }
        if (status != null) {
            sql.append(" and status = ?");
            params.add(status.name());
        }
        if (permitId != null) {
            sql.append(" and id in (select alarm_id from alarm_suspended_permit where permit_id = ?)");
            params.add(permitId);
        }
        return new Query(sql.toString(), params);
    }

    private static final String COLUMNS = "id, company_id, site_id, device_id, device_code, metric, reading, threshold, "
            + "level, raised_at, status, acknowledged_by, acknowledged_at, response_seconds, resolved_by, resolved_at, "
            + "resolution_note, cleared_at, escalated_at, snapshot is not null";

    private AlarmView view(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject(1, UUID.class);
        List<UUID> suspended = jdbc.sql("select permit_id from alarm_suspended_permit where alarm_id = ? order by permit_id")
                .param(id).query(UUID.class).list();
        return new AlarmView(id, rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getObject(4, UUID.class),
                rs.getString(5), rs.getString(6), (Double) rs.getObject(7, Double.class),
                (Double) rs.getObject(8, Double.class), AlarmLevel.valueOf(rs.getString(9)), instant(rs, 10),
                AlarmStatus.valueOf(rs.getString(11)), rs.getObject(12, UUID.class), instant(rs, 13),
                (Long) rs.getObject(14, Long.class), rs.getObject(15, UUID.class), instant(rs, 16), rs.getString(17),
                instant(rs, 18), instant(rs, 19), rs.getBoolean(20), suspended);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
