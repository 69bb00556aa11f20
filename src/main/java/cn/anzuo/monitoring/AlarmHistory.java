package cn.anzuo.monitoring;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A company's past acknowledgements as the events they published, for readers that rebuild (ADR 0065). */
@Service
@Transactional(readOnly = true)
public class AlarmHistory {

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
}
