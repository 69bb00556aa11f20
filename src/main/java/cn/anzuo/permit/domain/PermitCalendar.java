package cn.anzuo.permit.domain;

import cn.anzuo.permit.PermitStatus;
import cn.anzuo.shared.TimeWindow;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a person is booked: the permits naming them as leader, guardian or worker whose window overlaps a span, read
 * from one index per role ({@code work_permit_leader}, {@code work_permit_guardian}, {@code permit_worker_worker_start}).
 * One query with {@code leader_id = ? or guardian_id = ? or exists (…)} read every permit of every company on H2,
 * once per submission (fatigue gate) and per check-in page. Each range is bounded below by
 * {@link ValidityCap#LONGEST}: a permit overlapping the span cannot have started earlier. Only the columns the
 * gates need are read, never whole aggregates.
 */
@Component
class PermitCalendar {

    /** A permit the person is on: its id, status and window. */
    record Booking(UUID permitId, PermitStatus status, TimeWindow window) {}

    private static final String OVERLAPS = " and %1$splanned_start > :earliest and %1$splanned_start < :to"
            + " and %2$splanned_end > :from";
    private static final String BOOKINGS = "select id, status, planned_start, planned_end from work_permit"
            + " where leader_id = :person" + OVERLAPS.formatted("", "")
            + " union all select id, status, planned_start, planned_end from work_permit"
            + " where guardian_id = :person" + OVERLAPS.formatted("", "")
            + " union all select wp.id, wp.status, wp.planned_start, wp.planned_end"
            + " from permit_worker pw join work_permit wp on wp.id = pw.work_permit"
            + " where pw.worker_id = :person" + OVERLAPS.formatted("pw.", "wp."); // the crew row's start

    private final JdbcClient jdbc;

    PermitCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's permits overlapping [from, to), any status, by planned start. */
    List<Booking> bookings(UUID person, Instant from, Instant to) {
        Map<UUID, Booking> found = new LinkedHashMap<>();
        span(jdbc.sql(BOOKINGS).param("person", person), from, to)
                .query((rs, row) -> new Booking(rs.getObject(1, UUID.class), PermitStatus.valueOf(rs.getString(2)),
                        new TimeWindow(rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant())))
                .list()
                .forEach(booking -> found.putIfAbsent(booking.permitId(), booking)); // leader and worker at once
        return found.values().stream().sorted(Comparator.comparing(b -> b.window().from())).toList();
    }

    /** The number of a permit of the guardian in one of these statuses at another site overlapping [from, to). */
    Optional<String> guardingElsewhere(UUID guardian, UUID site, Collection<PermitStatus> statuses, Instant from,
            Instant to) {
        return span(jdbc.sql("select number from work_permit where guardian_id = :person" + OVERLAPS.formatted("", "")
                        + " and status in (:statuses) and site_id <> :site order by planned_start limit 1")
                .param("person", guardian).param("site", site)
                .param("statuses", statuses.stream().map(Enum::name).toList()), from, to)
                .query(String.class).optional();
    }

    private static JdbcClient.StatementSpec span(JdbcClient.StatementSpec statement, Instant from, Instant to) {
        return statement.param("earliest", Timestamp.from(from.minus(ValidityCap.LONGEST)))
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to));
    }
}
