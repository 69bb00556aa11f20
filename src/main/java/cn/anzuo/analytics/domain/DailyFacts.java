package cn.anzuo.analytics.domain;

import cn.anzuo.analytics.domain.KpiDefinitions.Counter;
import cn.anzuo.analytics.domain.KpiDefinitions.Totals;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The daily facts (V9_0) and their monthly roll-up (V12_6): increments are "insert the zero row if missing, then
 * add", which two nodes can do at once without losing a count; reads sum a span's whole months from the roll-up and
 * its loose days from the daily rows ({@link MonthCut}), per company, never a permit.
 */
@Repository
public class DailyFacts implements FactSink {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    DailyFacts(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    @Override
    public boolean firstDelivery(String eventKey, UUID companyId, Instant now) {
        return jdbc.sql("""
                insert into kpi_processed_event (event_key, company_id, processed_at) values (?, ?, ?)
                on conflict do nothing""").params(eventKey, companyId, Timestamp.from(now)).update() == 1;
    }

    @Override
    public void add(UUID companyId, LocalDate day, Counter counter, double amount) {
        increment("kpi_daily_fact", "fact_day", day, "counter", counter.name(), "amount", companyId, amount);
        increment("kpi_monthly_fact", "fact_month", day.withDayOfMonth(1), "counter", counter.name(), "amount",
                companyId, amount);
    }

    @Override
    public void addApproval(UUID companyId, LocalDate day, double minutes) {
        int bucket = KpiDefinitions.bucketOf(minutes);
        increment("kpi_approval_histogram", "fact_day", day, "upper_minutes", bucket, "permits", companyId, 1L);
        increment("kpi_monthly_histogram", "fact_month", day.withDayOfMonth(1), "upper_minutes", bucket, "permits",
                companyId, 1L);
    }

    private void increment(String table, String dayColumn, LocalDate day, String keyColumn, Object key,
            String valueColumn, UUID companyId, Number amount) {
        jdbc.sql(insertZero(table, dayColumn, keyColumn, valueColumn)).params(companyId, day, key).update();
        jdbc.sql(addAmount(table, dayColumn, keyColumn, valueColumn)).params(amount, companyId, day, key).update();
    }

    private static String insertZero(String table, String dayColumn, String keyColumn, String valueColumn) {
        return "insert into " + table + " (company_id, " + dayColumn + ", " + keyColumn + ", " + valueColumn
                + ") values (?, ?, ?, 0) on conflict do nothing";
    }

    private static String addAmount(String table, String dayColumn, String keyColumn, String valueColumn) {
        return "update " + table + " set " + valueColumn + " = " + valueColumn + " + ? where company_id = ? and "
                + dayColumn + " = ? and " + keyColumn + " = ?";
    }

    /** Idempotent by nature: a user is active on a day (and so in its month) or not. */
    @Override
    public void active(UUID companyId, LocalDate day, UUID userId) {
        join(ACTIVE, companyId, day, userId);
    }

    @Override
    public void trained(UUID companyId, LocalDate day, UUID workerId) {
        join(TRAINED, companyId, day, workerId);
    }

    private void join(Sets set, UUID companyId, LocalDate day, UUID member) {
        jdbc.sql(set.insertDaily()).params(companyId, day, member).update();
        jdbc.sql(set.insertMonthly()).params(companyId, day.withDayOfMonth(1), member).update();
    }

    /**
     * Adds a rebuild's counts with the statements of {@link #add} and friends, sent as batches: a few round trips
     * for a company's whole history instead of two per increment.
     */
    void write(FactBatch batch) {
        incrementAll("kpi_daily_fact", "fact_day", "counter", "amount", batch.sums, false);
        incrementAll("kpi_monthly_fact", "fact_month", "counter", "amount", FactBatch.byMonth(batch.sums, Double::sum), false);
        incrementAll("kpi_approval_histogram", "fact_day", "upper_minutes", "permits", batch.approvals, true);
        incrementAll("kpi_monthly_histogram", "fact_month", "upper_minutes", "permits",
                FactBatch.byMonth(batch.approvals, Long::sum), true);
        members(ACTIVE, batch.active);
        members(TRAINED, batch.trained);
        batches.batchUpdate("insert into kpi_processed_event (event_key, company_id, processed_at) values (?, ?, ?)"
                        + " on conflict do nothing",
                batch.processed.values().stream()
                        .map(p -> new Object[] {p.eventKey(), p.companyId(), Timestamp.from(p.at())}).toList());
    }

    private void incrementAll(String table, String dayColumn, String keyColumn, String valueColumn,
            Map<FactBatch.DayKey, ? extends Number> rows, boolean numericKey) {
        List<Object[]> keys = new ArrayList<>(rows.size());
        List<Object[]> amounts = new ArrayList<>(rows.size());
        rows.forEach((row, amount) -> {
            Object key = numericKey ? (Object) Integer.valueOf(row.key()) : row.key();
            keys.add(new Object[] {row.companyId(), row.day(), key});
            amounts.add(new Object[] {amount, row.companyId(), row.day(), key});
        });
        batches.batchUpdate(insertZero(table, dayColumn, keyColumn, valueColumn), keys);
        batches.batchUpdate(addAmount(table, dayColumn, keyColumn, valueColumn), amounts);
    }

    private void members(Sets set, Collection<FactBatch.Member> members) {
        batches.batchUpdate(set.insertDaily(),
                members.stream().map(m -> new Object[] {m.companyId(), m.day(), m.id()}).toList());
        batches.batchUpdate(set.insertMonthly(), members.stream()
                .map(m -> new FactBatch.Member(m.companyId(), m.day().withDayOfMonth(1), m.id())).distinct()
                .map(m -> new Object[] {m.companyId(), m.day(), m.id()}).toList());
    }

    /** Forgets everything counted for the company, before a rebuild. */
    public void clear(UUID companyId) {
        for (String table : new String[] {"kpi_daily_fact", "kpi_monthly_fact", "kpi_approval_histogram",
                "kpi_monthly_histogram", "kpi_active_user", "kpi_monthly_active_user", "kpi_trained_worker",
                "kpi_monthly_trained_worker", "kpi_processed_event"}) {
            jdbc.sql("delete from " + table + " where company_id = ?").param(companyId).update();
        }
    }

    /** The counters summed over the companies and the days {@code from} to {@code to} inclusive. */
    public Totals totals(Collection<UUID> companyIds, LocalDate from, LocalDate to) {
        Map<Counter, Double> sums = new EnumMap<>(Counter.class);
        TreeMap<Integer, Long> histogram = new TreeMap<>();
        MonthCut cut = MonthCut.of(from, to);
        sum(cut, FACTS, "counter, sum(amount)", "counter", companyIds, rs -> {
            Counter counter = known(rs.getString(1));
            if (counter != null) {
                sums.merge(counter, rs.getDouble(2), Double::sum);
            }
        });
        sum(cut, HISTOGRAM, "upper_minutes, sum(permits)", "upper_minutes", companyIds,
                rs -> histogram.merge(rs.getInt(1), rs.getLong(2), Long::sum));
        long[] active = {0};
        long[] trained = {0};
        MonthCut.Piece[] pieces = cut.pieces().toArray(MonthCut.Piece[]::new);
        distinct(ACTIVE, pieces, companyIds, false, rs -> active[0] = rs.getLong(1));
        distinct(TRAINED, pieces, companyIds, false, rs -> trained[0] = rs.getLong(1));
        return new Totals(sums, histogram, active[0], trained[0]);
    }

    /** A summed fact's daily table and its monthly roll-up (V12_6). */
    private record Rolled(String daily, String monthly) {}

    private static final Rolled FACTS = new Rolled("kpi_daily_fact", "kpi_monthly_fact");
    private static final Rolled HISTOGRAM = new Rolled("kpi_approval_histogram", "kpi_monthly_histogram");

    /** Runs {@code select … group by …} once per piece of the cut; the handler adds the pieces up. */
    private void sum(MonthCut cut, Rolled table, String select, String groupBy, Collection<UUID> companyIds,
            RowCallbackHandler rows) {
        for (MonthCut.Piece piece : cut.pieces()) {
            String day = piece.months() ? "fact_month" : "fact_day";
            jdbc.sql("select " + select + of(piece.months() ? table.monthly() : table.daily())
                            + " where " + day + " >= :from and " + day + " < :until group by " + groupBy)
                    .param("companies", array(companyIds)).param("from", piece.from()).param("until", piece.until())
                    .query(rows);
        }
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
        MonthCut cut = MonthCut.of(from, to);
        sum(cut, FACTS, "company_id, counter, sum(amount)", "company_id, counter", companyIds, rs -> {
            Counter counter = known(rs.getString(2));
            if (counter != null) {
                sums.computeIfAbsent(rs.getObject(1, UUID.class), c -> new EnumMap<>(Counter.class))
                        .merge(counter, rs.getDouble(3), Double::sum);
            }
        });
        sum(cut, HISTOGRAM, "company_id, upper_minutes, sum(permits)", "company_id, upper_minutes", companyIds,
                rs -> histograms.computeIfAbsent(rs.getObject(1, UUID.class), c -> new TreeMap<>())
                        .merge(rs.getInt(2), rs.getLong(3), Long::sum));
        MonthCut.Piece[] pieces = cut.pieces().toArray(MonthCut.Piece[]::new);
        distinct(ACTIVE, pieces, companyIds, true, rs -> active.put(rs.getObject(1, UUID.class), rs.getLong(2)));
        distinct(TRAINED, pieces, companyIds, true, rs -> trained.put(rs.getObject(1, UUID.class), rs.getLong(2)));
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

    /**
     * Counts the distinct members of a set over the pieces of a span (whole months from the monthly set, loose days
     * from the daily one) in one statement: the pieces are a {@code union all} counted once, so a user active in
     * two pieces is one user. Per company ({@code select company_id, count}) or for all together.
     */
    private void distinct(Sets set, MonthCut.Piece[] pieces, Collection<UUID> companyIds, boolean perCompany,
            RowCallbackHandler rows) {
        if (pieces.length == 0) {
            return;
        }
        StringBuilder union = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        params.put("companies", array(companyIds));
        for (int i = 0; i < pieces.length; i++) {
            String day = pieces[i].months() ? "fact_month" : "fact_day";
            union.append(i == 0 ? "" : " union all ").append("select company_id, ").append(set.member())
                    .append(of(pieces[i].months() ? set.monthly() : set.daily())).append(" where ").append(day)
                    .append(" >= :from").append(i).append(" and ").append(day).append(" < :until").append(i);
            params.put("from" + i, pieces[i].from());
            params.put("until" + i, pieces[i].until());
        }
        jdbc.sql(perCompany
                        ? "select company_id, count(distinct " + set.member() + ") from (" + union + ") s group by company_id"
                        : "select count(distinct " + set.member() + ") from (" + union + ") s")
                .params(params).query(rows);
    }

    /** A set of ids per company and day, and the same per month (V12_9). */
    private record Sets(String daily, String monthly, String member) {

        String insertDaily() {
            return "insert into " + daily + " (company_id, fact_day, " + member + ") values (?, ?, ?) on conflict do nothing";
        }

        String insertMonthly() {
            return "insert into " + monthly + " (company_id, fact_month, " + member + ") values (?, ?, ?)"
                    + " on conflict do nothing";
        }
    }

    private static final Sets ACTIVE = new Sets("kpi_active_user", "kpi_monthly_active_user", "user_id");
    private static final Sets TRAINED = new Sets("kpi_trained_worker", "kpi_monthly_trained_worker", "worker_id");

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
        return jdbc.sql("select distinct " + column + of(table) + " where fact_day between :from and :to order by "
                        + column + " limit :limit")
                .param("companies", array(companyIds)).param("from", from).param("to", to).param("limit", limit)
                .query(UUID.class).list();
    }

    /**
     * {@code from} the table's rows of the companies bound as {@code :companies}, joined to the list rather than
     * filtered with {@code company_id in (…)}: H2 reads an IN list through the key's first column only and filters
     * the days afterwards (a group's year read both years, 730,000 rows, in 2.9 s); joined, each company is an
     * equality and the day range narrows the same key. PostgreSQL plans both alike.
     */
    private static String of(String table) {
        return " from unnest(cast(:companies as uuid array)) as wanted(id) join " + table
                + " on company_id = wanted.id";
    }

    private static UUID[] array(Collection<UUID> companyIds) {
        return companyIds.toArray(UUID[]::new);
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
