package cn.anzuo.hazard;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The hazard module's facade for other modules' figures (the morning briefing); the lifecycle stays inside. */
@Service
public class HazardReports {

    private final JdbcClient jdbc;

    HazardReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many hazards were reported in the company in [from, to), whatever became of them. */
    public long reportedBetween(UUID companyId, Instant from, Instant to) {
        return jdbc.sql("select count(*) from hazard where company_id = ? and reported_at >= ? and reported_at < ?")
                .params(companyId, Timestamp.from(from), Timestamp.from(to)).query(Long.class).single();
    }
}
