package cn.anzuo.permit.domain;

import cn.anzuo.permit.PermitLevel;
import cn.anzuo.permit.PermitStatus;
import cn.anzuo.shared.WorkType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * What a permit's card in a list shows, read from its own row alone (ADR 0089): a page of 20 cards is one
 * query, where the whole aggregates cost the row and six child collections each.
 */
public record PermitCard(UUID id, UUID companyId, String number, WorkType workType, PermitLevel level,
        PermitStatus status, boolean expedite, UUID siteId, String location, Instant plannedStart, Instant plannedEnd,
        Instant createdAt, UUID applicantId, Instant firstCheckInAt) {

    /** The columns {@link #read} takes, in the select list of a card query. */
    static final String COLUMNS = "id, company_id, number, work_type, level, status, expedite, site_id, location, "
            + "planned_start, planned_end, created_at, applicant_id, first_check_in_at";

    static PermitCard of(WorkPermit p) {
        return new PermitCard(p.id(), p.companyId(), p.number(), p.workType(), p.level(), p.status(), p.expedite(),
                p.siteId(), p.location(), p.plannedStart(), p.plannedEnd(), p.createdAt(), p.applicantId(),
                p.progress().firstCheckInAt());
    }

    static PermitCard read(ResultSet rs, int row) throws SQLException {
        String level = rs.getString("level");
        return new PermitCard(rs.getObject("id", UUID.class), rs.getObject("company_id", UUID.class),
                rs.getString("number"), WorkType.valueOf(rs.getString("work_type")),
                level == null ? null : PermitLevel.valueOf(level), PermitStatus.valueOf(rs.getString("status")),
                rs.getBoolean("expedite"), rs.getObject("site_id", UUID.class), rs.getString("location"),
                instant(rs.getTimestamp("planned_start")), instant(rs.getTimestamp("planned_end")),
                instant(rs.getTimestamp("created_at")), rs.getObject("applicant_id", UUID.class),
                instant(rs.getTimestamp("first_check_in_at")));
    }

    /** Whether the time rules could change its status now: only then is its aggregate loaded. */
    boolean timeRulesMayApply(Instant now) {
        return TimeLimits.mayApply(status, firstCheckInAt, plannedStart, plannedEnd, now);
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
