package cn.anzuo.permit.domain;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 待我审批 read a page at a time (ADR 0088): the page and the badge read as many rows of index
 * {@code work_permit_inbox} as they show, however many permits a plant has left pending. The ids come from the
 * index alone (it holds every column the conditions on the permit name), in the inbox's order, after a keyset
 * cursor, each with its position for the next cursor; then the page is loaded by primary key (as cards, ADR 0089).
 */
@Component
class ApprovalInbox {

    /**
     * Expedited first, then the longest waiting. The constant company and status lead so that H2 reads
     * {@code work_permit_inbox} in order and stops at the limit: it sorts by an index only when the ORDER BY
     * starts with the index's first columns.
     */
    static final String DECIDABLE_ORDER = " order by wp.company_id, wp.status, wp.expedite desc, wp.created_at, wp.id";

    /** {@code ApprovalRoute.refusal} in SQL: the permits the user may decide now. */
    static final String DECIDABLE_WHERE = """
            from work_permit wp
            where wp.company_id = :company and wp.status = 'PENDING_APPROVAL' and wp.applicant_id <> :user
              and exists (select 1 from approval_step s
                          where s.work_permit = wp.id and s.status = 'PENDING' and s.role in (:roles))
              and not exists (select 1 from approval_step d where d.work_permit = wp.id and d.decided_by = :user)""";

    private final JdbcClient jdbc;

    ApprovalInbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The positions of up to {@code limit} decidable permits after the cursor (from the first when it is null). */
    List<InboxCursor> page(UUID company, UUID user, Collection<String> roles, InboxCursor after, int limit) {
        Map<String, Object> params = params(company, user, roles);
        String seek = "";
        if (after != null) {
            // expedite desc: after an expedited permit come the later expedited ones, then every ordinary one.
            String later = "(wp.created_at > :afterCreated or (wp.created_at = :afterCreated and wp.id > :afterId))";
            seek = after.expedite() ? " and (wp.expedite = false or " + later + ")"
                    : " and wp.expedite = false and " + later;
            params.put("afterCreated", Timestamp.from(after.createdAt()));
            params.put("afterId", after.id());
        }
        params.put("limit", limit);
        return jdbc.sql("select wp.expedite, wp.created_at, wp.id " + DECIDABLE_WHERE + seek + DECIDABLE_ORDER
                        + " limit :limit")
                .params(params).query((rs, row) -> new InboxCursor(rs.getBoolean(1), rs.getTimestamp(2).toInstant(),
                        rs.getObject(3, UUID.class))).list();
    }

    /** How many permits the user may decide, counted up to {@code cap}: a badge shows 99+, not 8,365. */
    long countUpTo(UUID company, UUID user, Collection<String> roles, int cap) {
        Map<String, Object> params = params(company, user, roles);
        params.put("cap", cap);
        return jdbc.sql("select count(*) from (select 1 " + DECIDABLE_WHERE + " limit :cap) capped")
                .params(params).query(Long.class).single();
    }

    private static Map<String, Object> params(UUID company, UUID user, Collection<String> roles) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("company", company);
        params.put("user", user);
        params.put("roles", roles);
        return params;
    }
}
