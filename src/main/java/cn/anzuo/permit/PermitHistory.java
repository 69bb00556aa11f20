package cn.anzuo.permit;

import java.util.List;
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
}
