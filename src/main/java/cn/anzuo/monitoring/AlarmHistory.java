package cn.anzuo.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A company's past alarms and acknowledgements as the events they published, for readers that rebuild
 * (ADR 0065) or learn from them (the risk score, ADR 0077).
 */
@Service
@Transactional(readOnly = true)
public class AlarmHistory {

    private static final String RAISED = "id, company_id, site_id, device_code, metric, reading, threshold, level, raised_at";

    private final JdbcClient jdbc;

    AlarmHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AlarmAcknowledged> acknowledgements(UUID companyId) {
        return jdbc.sql("""
                select id, company_id, site_id, acknowledged_by, acknowledged_at, response_seconds from alarm
                 where company_id = ? and acknowledged_at is not null order by acknowledged_at""")
                .param(companyId)
                .query((rs, n) -> new AlarmAcknowledged(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getTimestamp(5).toInstant(),
                        rs.getLong(6)))
                .list();
    }

    /** The company's alarms acknowledged in [from, to), latest first, at most {@code limit} (a drill-down list). */
    public List<AlarmAcknowledged> acknowledgedBetween(UUID companyId, java.time.Instant from, java.time.Instant to,
            int limit) {
        return jdbc.sql("""
                select id, company_id, site_id, acknowledged_by, acknowledged_at, response_seconds from alarm
                 where company_id = ? and acknowledged_at >= ? and acknowledged_at < ?
                 order by acknowledged_at desc limit ?""")
                .params(companyId, java.sql.Timestamp.from(from), java.sql.Timestamp.from(to), limit)
                .query((rs, n) -> new AlarmAcknowledged(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getTimestamp(5).toInstant(),
                        rs.getLong(6)))
                .list();
    }

    /** How many of the company's alarms were acknowledged in [from, to). */
    public long countAcknowledgedBetween(UUID companyId, java.time.Instant from, java.time.Instant to) {
        return jdbc.sql("select count(*) from alarm where company_id = ? and acknowledged_at >= ? and acknowledged_at < ?")
                .params(companyId, java.sql.Timestamp.from(from), java.sql.Timestamp.from(to)).query(Long.class).single();
    }

    /** Every alarm the company's sites raised, as the events that opened them, oldest first (the risk score's history). */
    public List<AlarmRaised> raised(UUID companyId) {
        return jdbc.sql("select " + RAISED + " from alarm where company_id = ? order by raised_at")
                .param(companyId)
                .query(AlarmHistory::raised)
                .list();
    }

    /**
     * The site's alarms nobody has acknowledged yet, each as the event that opened it, at its present level (index
     * {@code alarm_site_status}): what a start or resume must wait for, and what suspends one that raced them.
     */
    public List<AlarmRaised> openAt(UUID siteId) {
        return jdbc.sql("select " + RAISED + " from alarm where site_id = ? and status = ? order by raised_at")
                .params(siteId, AlarmStatus.OPEN.name())
                .query(AlarmHistory::raised)
                .list();
    }

    private static AlarmRaised raised(ResultSet rs, int row) throws SQLException {
        return new AlarmRaised(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getString(4), rs.getString(5), rs.getObject(6, Double.class), rs.getObject(7, Double.class),
                AlarmLevel.valueOf(rs.getString(8)), rs.getTimestamp(9).toInstant(), false);
    }

    /** How many alarms a site raised in [from, to). */
    public long countAt(UUID siteId, java.time.Instant from, java.time.Instant to) {
        return jdbc.sql("select count(*) from alarm where site_id = ? and raised_at >= ? and raised_at < ?")
                .params(siteId, java.sql.Timestamp.from(from), java.sql.Timestamp.from(to)).query(Long.class).single();
    }
}
