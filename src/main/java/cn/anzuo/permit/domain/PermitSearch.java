package cn.anzuo.permit.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The permit list query, filtered, ordered and limited in the database (ADR 0080): the SQL names only the
 * filters that are set, so each filter can use its index ({@code (company_id, planned_start)},
 * {@code (company_id, status, planned_start)}, {@code (site_id, status)}, {@code (applicant_id, planned_start)})
 * instead of {@code (:x = '' or col = :x)}, which plans as a scan of the company. Only the ids of the page are
 * read here; the page is then loaded by primary key, as aggregates or as cards.
 */
@Component
class PermitSearch {

    /**
     * What to look for; null fields, and no statuses, are not filtered on. Companies is never empty. Several statuses
     * are one {@code status in (…)}: a site board asks for its live permits in one query, not one per status.
     */
    record Criteria(Collection<UUID> companies, List<String> statuses, String type, UUID site, UUID applicant,
            Instant from, Instant to) {}

    /** Where a keyset page starts: after this permit in {@code planned_start desc, id desc} order. */
    record After(Instant plannedStart, UUID id) {}

    private final JdbcClient jdbc;
    private final WorkPermitRepository permits;

    PermitSearch(JdbcClient jdbc, WorkPermitRepository permits) {
        this.jdbc = jdbc;
        this.permits = permits;
    }

    /**
     * The keys of one page, newest planned start first; {@code after} (keyset) or {@code offset}, not both. Only
     * the index is read: the caller loads the page as aggregates ({@link #inOrder}) or as cards ({@link #cards}).
     */
    List<After> page(Criteria criteria, After after, int offset, int limit) {
        Where where = where(criteria);
        if (after != null) {
            where.sql.append(" and (planned_start < :afterStart or (planned_start = :afterStart and id < :afterId))");
            where.params.put("afterStart", Timestamp.from(after.plannedStart()));
            where.params.put("afterId", after.id());
        }
        String sql = "select planned_start, id from work_permit where " + where.sql + " order by "
                + leadingConstants(criteria) + "planned_start desc, id desc limit :limit"
                + (after == null ? " offset :offset" : "");
        where.params.put("limit", limit);
        where.params.put("offset", offset);
        return jdbc.sql(sql).params(where.params)
                .query((rs, row) -> new After(rs.getTimestamp(1).toInstant(), rs.getObject(2, UUID.class))).list();
    }

    /**
     * Columns equal on every row of the page, to lead its ORDER BY: H2 sorts by an index, and stops at the limit,
     * only when the ORDER BY starts with the index's first columns ({@code work_permit_applicant_start} for 我的,
     * else {@code work_permit_company_start} or {@code work_permit_company_status_start} for one company). Without
     * them it read every permit of the applicant or of the company for a page.
     */
    private static String leadingConstants(Criteria c) {
        if (c.applicant() != null) {
            return "applicant_id, ";
        }
        if (c.companies().size() != 1) {
            return "";
        }
        return c.statuses().size() == 1 ? "company_id, status, " : "company_id, ";
    }

    /** Every match, newest planned start first: for lists bounded by their filter (a site's live permits). */
    List<WorkPermit> all(Criteria criteria) {
        Where where = where(criteria);
        return inOrder(jdbc.sql("select id from work_permit where " + where.sql + " order by planned_start desc, id desc")
                .params(where.params).query(UUID.class).list());
    }

    long count(Criteria criteria) {
        Where where = where(criteria);
        return jdbc.sql("select count(*) from work_permit where " + where.sql).params(where.params)
                .query(Long.class).single();
    }

    /** The matches counted up to {@code cap}: a page says "999+" instead of reading 18,000 index entries. */
    long countUpTo(Criteria criteria, long cap) {
        Where where = where(criteria);
        where.params.put("cap", cap);
        return jdbc.sql("select count(*) from (select 1 from work_permit where " + where.sql + " limit :cap) capped")
                .params(where.params).query(Long.class).single();
    }

    /** The permits of these ids, in the order of the ids (one query per page, not one per permit). */
    List<WorkPermit> inOrder(List<UUID> ids) {
        return ids.isEmpty() ? List.of() : inOrderOf(ids, permits.findAllById(ids), WorkPermit::id);
    }

    /** The cards of these ids, in the order of the ids: one query of their rows, no child collections. */
    List<PermitCard> cards(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return inOrderOf(ids, jdbc.sql("select " + PermitCard.COLUMNS + " from work_permit where id in (:ids)")
                .param("ids", ids).query(PermitCard::read).list(), PermitCard::id);
    }

    private static <T> List<T> inOrderOf(List<UUID> ids, Iterable<T> found, Function<T, UUID> idOf) {
        Map<UUID, T> byId = new HashMap<>();
        found.forEach(item -> byId.put(idOf.apply(item), item));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private static Where where(Criteria c) {
        Where w = new Where();
        w.sql.append("company_id in (:companies) and planned_start < :to and planned_end > :from");
        w.params.put("companies", c.companies());
        w.params.put("from", Timestamp.from(c.from()));
        w.params.put("to", Timestamp.from(c.to()));
        if (c.statuses().size() == 1) {
            w.sql.append(" and status = :status");
            w.params.put("status", c.statuses().getFirst());
        } else if (!c.statuses().isEmpty()) {
            w.sql.append(" and status in (:statuses)");
            w.params.put("statuses", c.statuses());
        }
        if (c.type() != null) {
            w.sql.append(" and work_type = :type");
            w.params.put("type", c.type());
        }
        if (c.site() != null) {
            w.sql.append(" and site_id = :site");
            w.params.put("site", c.site());
        }
        if (c.applicant() != null) {
            w.sql.append(" and applicant_id = :applicant");
            w.params.put("applicant", c.applicant());
        }
        return w;
    }

    private static final class Where {
        final StringBuilder sql = new StringBuilder();
        final Map<String, Object> params = new LinkedHashMap<>();
    }
}
