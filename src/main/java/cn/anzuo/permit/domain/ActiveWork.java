package cn.anzuo.permit.domain;

import cn.anzuo.permit.onsite.OnSite;
import cn.anzuo.shared.WorkType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An active permit as the jobs that watch every active permit see it (the guardian's presence every 15 s, hot work's
 * daily analysis, confined space's analysis reminders): its row, when it last went (back) to work, the guardian's last
 * position and its latest analyses, all in one query. Loading each as an aggregate took nine statements per permit
 * per run (4,804 per run of the presence job over 533 active permits); only a permit a job acts on is loaded.
 *
 * @param activeSince when the work last went (back) to ACTIVE, else its start: the guardian's clock starts there
 * @param presence the guardian's last reported position, or null
 * @param lastSampleAt the latest analysis sampled, passed or not, or null
 * @param lastPassedSampleAt the latest passing analysis sampled, or null
 */
record ActiveWork(UUID id, UUID companyId, UUID siteId, String number, UUID guardianId, Instant startedAt,
        Instant activeSince, OnSite.Presence presence, Instant lastSampleAt, Instant lastPassedSampleAt) {

    /** The query; {@code permit_transition}'s key, {@code guardian_presence}'s and {@code gas_test_permit} answer it. */
    @Component
    static class Finder {

        private static final String SELECT = """
                select p.id, p.company_id, p.site_id, p.number, p.guardian_id, p.started_at,
                       (select max(t.occurred_at) from permit_transition t
                         where t.work_permit = p.id and t.to_status = 'ACTIVE') as active_since,
                       g.reported_at, g.distance_meters, g.inside,
                       (select max(s.sampled_at) from gas_test s where s.permit_id = p.id) as last_sample,
                       (select max(s.sampled_at) from gas_test s where s.permit_id = p.id and s.passed = true) as last_passed
                  from work_permit p left join guardian_presence g on g.permit_id = p.id
                 where p.status = 'ACTIVE'""";

        private final JdbcClient jdbc;

        Finder(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Transactional(readOnly = true)
        List<ActiveWork> all() {
            return jdbc.sql(SELECT).query(Finder::read).list();
        }

        @Transactional(readOnly = true)
        List<ActiveWork> ofType(WorkType type) {
            return jdbc.sql(SELECT + " and p.work_type = ?").param(type.name()).query(Finder::read).list();
        }

        private static ActiveWork read(ResultSet rs, int row) throws SQLException {
            Instant started = instant(rs.getTimestamp(6));
            Instant wentActive = instant(rs.getTimestamp(7));
            Timestamp reported = rs.getTimestamp(8);
            return new ActiveWork(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                    rs.getString(4), rs.getObject(5, UUID.class), started,
                    wentActive != null ? wentActive : started != null ? started : Instant.EPOCH,
                    reported == null ? null : new OnSite.Presence(reported.toInstant(), rs.getDouble(9), rs.getBoolean(10)),
                    instant(rs.getTimestamp(11)), instant(rs.getTimestamp(12)));
        }

        private static Instant instant(Timestamp at) {
            return at == null ? null : at.toInstant();
        }
    }
}
