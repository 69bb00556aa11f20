package cn.anzuo.hazard;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A company's past hazard reports and closings as the events they published, for readers that rebuild (ADR 0065). */
@Service
@Transactional(readOnly = true)
public class HazardHistory {

    private final JdbcClient jdbc;

    HazardHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@link HazardReported} and {@link HazardClosed} events, as published then. */
    public List<Record> events(UUID companyId) {
        List<Record> events = new ArrayList<>();
        jdbc.sql("select id, company_id, site_id, reported_by, reported_at, closed_at from hazard where company_id = ?")
                .param(companyId)
                .query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    UUID company = rs.getObject(2, UUID.class);
                    UUID site = rs.getObject(3, UUID.class);
                    Instant reported = rs.getTimestamp(5).toInstant();
                    events.add(new HazardReported(id, company, site, rs.getObject(4, UUID.class), reported));
                    if (rs.getTimestamp(6) != null) {
                        Instant closed = rs.getTimestamp(6).toInstant();
                        events.add(new HazardClosed(id, company, site, reported, closed,
                                Duration.between(reported, closed).toSeconds() / 3600.0));
                    }
                });
        return events;
    }
}
