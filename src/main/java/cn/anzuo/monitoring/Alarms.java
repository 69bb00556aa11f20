package cn.anzuo.monitoring;

import cn.anzuo.monitoring.domain.AlarmBook;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** The monitoring module's facade for alarms: read one, the unresolved ones of a site, those that stopped a permit. */
@Service
public class Alarms {

    private final AlarmBook book;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Alarms(AlarmBook book, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.book = book;
        this.jdbc = jdbc;
    }

    /** How many alarms of the company were raised in [from, to), any level and status (the morning briefing). */
    public long raisedBetween(UUID companyId, java.time.Instant from, java.time.Instant to) {
        return jdbc.sql("select count(*) from alarm where company_id = ? and raised_at >= ? and raised_at < ?")
                .params(companyId, java.sql.Timestamp.from(from), java.sql.Timestamp.from(to)).query(Long.class).single();
    }

    public Optional<AlarmView> find(UUID alarmId) {
        return book.find(alarmId);
    }

    /** Alarms not yet resolved at a site, newest first. */
    public List<AlarmView> unresolvedAt(UUID companyId, UUID siteId) {
        List<AlarmView> open = unacknowledgedAt(companyId, siteId);
        List<AlarmView> acknowledged = book.list(Set.of(companyId), siteId, AlarmStatus.ACKNOWLEDGED, null, 0, 100);
        return java.util.stream.Stream.concat(open.stream(), acknowledged.stream()).toList();
    }

    /** Alarms at a site nobody has acknowledged yet, newest first: they keep work there from starting (ADR 0093). */
    public List<AlarmView> unacknowledgedAt(UUID companyId, UUID siteId) {
        return book.list(Set.of(companyId), siteId, AlarmStatus.OPEN, null, 0, 100);
    }

    /** Alarms that suspended a permit, newest first. */
    public List<AlarmView> ofPermit(UUID companyId, UUID permitId) {
        return book.list(Set.of(companyId), null, null, permitId, 0, 100);
    }
}
