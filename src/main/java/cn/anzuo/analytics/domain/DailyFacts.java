package cn.anzuo.analytics.domain;

import cn.anzuo.analytics.domain.KpiDefinitions.Counter;
import cn.anzuo.analytics.domain.KpiDefinitions.Totals;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The daily facts (V9_0): increments are "insert the zero row if missing, then add", which two nodes can do
 * at once without losing a count; reads sum a span's rows per company, never a permit.
 */
@Repository
public class DailyFacts {

    private final JdbcClient jdbc;

    DailyFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True the first time the key is seen: the caller counts the event; false for a redelivery. */
    public boolean firstDelivery(String eventKey, UUID companyId, Instant now) {
        return jdbc.sql("""
                insert into kpi_processed_event (event_key, company_id, processed_at) values (?, ?, ?)
                on conflict do nothing""").params(eventKey, companyId, Timestamp.from(now)).update() == 1;
    }

    public void add(UUID companyId, LocalDate day, Counter counter, double amount) {
        jdbc.sql("insert into kpi_daily_fact (company_id, fact_day, counter, amount) values (?, ?, ?, 0) on conflict do nothing")
                .params(companyId, day, counter.name()).update();
        jdbc.sql("update kpi_daily_fact set amount = amount + ? where company_id = ? and fact_day = ? and counter = ?")
                .params(amount, companyId, day, counter.name()).update();
    }

    public void addApproval(UUID companyId, LocalDate day, double minutes) {
        int bucket = KpiDefinitions.bucketOf(minutes);
        jdbc.sql("""
                insert into kpi_approval_histogram (company_id, fact_day, upper_minutes, permits) values (?, ?, ?, 0)
                on conflict do nothing""").params(companyId, day, bucket).update();
        jdbc.sql("update kpi_approval_histogram set permits = permits + 1 where company_id = ? and fact_day = ? and upper_minutes = ?")
                .params(companyId, day, bucket).update();
    }

    /** Idempotent by nature: a user is active on a day or not. */
    public void active(UUID companyId, LocalDate day, UUID userId) {
        jdbc.sql("insert into kpi_active_user (company_id, fact_day, user_id) values (?, ?, ?) on conflict do nothing")
                .params(companyId, day, userId).update();
    }

    public void trained(UUID companyId, LocalDate day, UUID workerId) {
        jdbc.sql("insert into kpi_trained_worker (company_id, fact_day, worker_id) values (?, ?, ?) on conflict do nothing")
                .params(companyId, day, workerId).update();
    }

    /** Forgets everything counted for the company, before a rebuild. */
    public void clear(UUID companyId) {
        for (String table : new String[] {"kpi_daily_fact", "kpi_approval_histogram", "kpi_active_user",
                "kpi_trained_worker", "kpi_processed_event"}) {
            jdbc.sql("delete from " + table + " where company_id = ?").param(companyId).update();
        }
    }

    /** The counters summed over the companies and the days {@code from} to {@code to} inclusive. */
    public Totals totals(Collection<UUID> companyIds, LocalDate from, LocalDate to) {
        Map<Counter, Double> sums = new EnumMap<>(Counter.class);
        jdbc.sql("""
                select counter, sum(amount) from kpi_daily_fact
                 where company_id in (:companies) and fact_day between :from and :to group by counter""")
                .param("companies", companyIds).param("from", from).param("to", to)
                .query(rs -> {
                    Counter counter = known(rs.getString(1));
                    if (counter != null) {
                        sums.put(counter, rs.getDouble(2));
                    }
                });
        TreeMap<Integer, Long> histogram = new TreeMap<>();
        jdbc.sql("""
                select upper_minutes, sum(permits) from kpi_approval_histogram
                 where company_id in (:companies) and fact_day between :from and :to group by upper_minutes""")
                .param("companies", companyIds).param("from", from).param("to", to)
                .query(rs -> {
                    histogram.put(rs.getInt(1), rs.getLong(2));
                });
        long active = distinct("kpi_active_user", "user_id", companyIds, from, to);
        long trained = distinct("kpi_trained_worker", "worker_id", companyIds, from, to);
        return new Totals(sums, histogram, active, trained);
    }

    /**
     * The totals of each company on its own over the days {@code from} to {@code to} inclusive, in four grouped
     * queries whatever the number of companies (a ranking of a hundred subsidiaries); a company without facts
     * is absent.
     */
    public Map<UUID, Totals> totalsPerCompany(Collection<UUID> companyIds, LocalDate from, LocalDate to) {
        Map<UUID, Map<Counter, Double>> sums = new HashMap<>();
        Map<UUID, TreeMap<Integer, Long>> histograms = new HashMap<>();
        Map<UUID, Long> active = new HashMap<>();
        Map<UUID, Long> trained = new HashMap<>();
        if (companyIds.isEmpty()) {
            return Map.of();
        }
        jdbc.sql("""
                select company_id, counter, sum(amount) from kpi_daily_fact
                 where company_id in (:companies) and fact_day between :from and :to group by company_id, counter""")
                .param("companies", companyIds).param("from", from).param("to", to)
                .query(rs -> {
                    Counter counter = known(rs.getString(2));
                    if (counter != null) {
                        sums.computeIfAbsent(rs.getObject(1, UUID.class), c -> new EnumMap<>(Counter.class))
                                .put(counter, rs.getDouble(3));
                    }
                });
        jdbc.sql("""
                select company_id, upper_minutes, sum(permits) from kpi_approval_histogram
                 where company_id in (:companies) and fact_day between :from and :to
                 group by company_id, upper_minutes""")
                .param("companies", companyIds).param("from", from).param("to", to)
                .query(rs -> {
                    histograms.computeIfAbsent(rs.getObject(1, UUID.class), c -> new TreeMap<>())
                            .put(rs.getInt(2), rs.getLong(3));
                });
        distinctPerCompany("kpi_active_user", "user_id", companyIds, from, to, active);
        distinctPerCompany("kpi_trained_worker", "worker_id", companyIds, from, to, trained);
        Map<UUID, Totals> totals = new HashMap<>();
        for (UUID company : companyIds) {
            if (sums.containsKey(company) || histograms.containsKey(company) || active.containsKey(company)
                    || trained.containsKey(company)) {
                totals.put(company, new Totals(sums.getOrDefault(company, Map.of()),
                        histograms.getOrDefault(company, new TreeMap<>()), active.getOrDefault(company, 0L),
                        trained.getOrDefault(company, 0L)));
            }
        }
        return totals;
    }

    private void distinctPerCompany(String table, String column, Collection<UUID> companyIds, LocalDate from,
            LocalDate to, Map<UUID, Long> into) {
        jdbc.sql("select company_id, count(distinct " + column + ") from " + table
                        + " where company_id in (:companies) and fact_day between :from and :to group by company_id")
                .param("companies", companyIds).param("from", from).param("to", to)
                .query(rs -> {
                    into.put(rs.getObject(1, UUID.class), rs.getLong(2));
                });
    }

    /** Who counted as an active mobile user in the span (the dashboard's drill-down), at most {@code limit}. */
    public List<UUID> activeUsers(Collection<UUID> companyIds, LocalDate from, LocalDate to, int limit) {
        return ids("kpi_active_user", "user_id", companyIds, from, to, limit);
    }

    /** The workers who completed a training in the span (the dashboard's drill-down), at most {@code limit}. */
    public List<UUID> trainedWorkers(Collection<UUID> companyIds, LocalDate from, LocalDate to, int limit) {
        return ids("kpi_trained_worker", "worker_id", companyIds, from, to, limit);
    }

    private List<UUID> ids(String table, String column, Collection<UUID> companyIds, LocalDate from, LocalDate to,
            int limit) {
        return jdbc.sql("select distinct " + column + " from " + table
                        + " where company_id in (:companies) and fact_day between :from and :to order by " + column
                        + " limit :limit")
                .param("companies", companyIds).param("from", from).param("to", to).param("limit", limit)
                .query(UUID.class).list();
    }

    private long distinct(String table, String column, Collection<UUID> companyIds, LocalDate from, LocalDate to) {
        return jdbc.sql("select count(distinct " + column + ") from " + table
                        + " where company_id in (:companies) and fact_day between :from and :to")
                .param("companies", companyIds).param("from", from).param("to", to).query(Long.class).single();
    }

    // A counter dropped from the code but still in old rows is ignored rather than failing the request.
    private static Counter known(String name) {
        try {
            return Counter.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
