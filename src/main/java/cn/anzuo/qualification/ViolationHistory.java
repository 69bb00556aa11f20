package cn.anzuo.qualification;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A company's violations as the events they published, for readers that learn from them (the risk score). */
@Service
@Transactional(readOnly = true)
public class ViolationHistory {

    private final JdbcClient jdbc;

    ViolationHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<WorkerSanctioned> recorded(UUID companyId) {
        return jdbc.sql("""
                select id, worker_id, company_id, permit_id, kind, note, sanction, at from worker_violation
                 where company_id = ? order by at""")
                .param(companyId)
                .query((rs, n) -> new WorkerSanctioned(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getTimestamp(8).toInstant()))
                .list();
    }
}
