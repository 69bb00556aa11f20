package cn.anzuo.qualification;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A company's training records as the events they published, for readers that rebuild (ADR 0065). */
@Service
@Transactional(readOnly = true)
public class TrainingHistory {

    private final JdbcClient jdbc;

    TrainingHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<TrainingRecorded> recorded(UUID companyId) {
        return jdbc.sql("select id, worker_id, company_id, kind, completed_on from worker_training where company_id = ?")
                .param(companyId)
                .query((rs, n) -> new TrainingRecorded(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getObject(5, java.time.LocalDate.class)))
                .list();
    }
}
