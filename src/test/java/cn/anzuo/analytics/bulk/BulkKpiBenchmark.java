package cn.anzuo.analytics.bulk;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.shared.crypto.PersonalDataCipher;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import com.jayway.jsonpath.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issues 14 and 16: a large group written by {@link BulkGenerator} (once per database: a second run finds it and
 * reuses it), then the rebuild of one company's facts timed, then {@code GET /api/v1/kpis} for one company and for the
 * group with its subsidiaries over a year, p50/p99 of {@code bulk.requests} each, and the query plans of the KPI
 * queries. Not part of the normal build; run it as docs/benchmarks.md says. Knobs (system properties):
 * {@code bulk.permits} (1000), {@code bulk.tag} (BULK), {@code bulk.requests} (200), {@code bulk.rebuild} (companies
 * whose facts are rebuilt and timed, 1), {@code bulk.facts-only} (write the facts of the permits but not the permits:
 * the KPI requests read only facts, so this measures them at a size whose permits would take too long to write). Figures go to the console and {@code target/benchmarks/bulk-kpi.txt}.
 */
@Tag("benchmark")
@AnzuoTest
class BulkKpiBenchmark {

    @Autowired DataSource dataSource;
    @Autowired PersonalDataCipher cipher;
    @Autowired PasswordEncoder passwords;
    @Autowired Clock clock;
    @Autowired ApiClient api;

    private final List<String> lines = new ArrayList<>();

    @Test
    void kpis_over_a_large_group() throws Exception {
        int permits = Integer.getInteger("bulk.permits", 1_000);
        String tag = System.getProperty("bulk.tag", "BULK");
        int requests = Integer.getInteger("bulk.requests", 200);
        // Facts-only data has no history: a rebuild would wipe the facts it is meant to measure.
        int rebuilds = Boolean.getBoolean("bulk.facts-only") ? 0 : Integer.getInteger("bulk.rebuild", 1);
        String database = dataSource.getConnection().getMetaData().getDatabaseProductName();
        log("database %s, permits %,d, tag %s", database, permits, tag);

        List<UUID> companies = BulkGenerator.existing(dataSource, tag);
        if (companies.isEmpty()) {
            BulkGenerator.Size size = Boolean.getBoolean("bulk.facts-only")
                    ? BulkGenerator.Size.of(permits).withoutPermits() : BulkGenerator.Size.of(permits);
            BulkGenerator.Result result = new BulkGenerator(dataSource, cipher, passwords.encode(BulkGenerator.PASSWORD),
                    clock.instant(), 42).generate(size, tag);
            companies = result.companyIds();
            log("generated %s: %,d rows in %,d ms (%,.0f rows/s)", size, result.rows(), result.took().toMillis(),
                    result.rows() * 1000.0 / Math.max(1, result.took().toMillis()));
        } else {
            log("reusing the %d companies of %s already in the database", companies.size(), tag);
        }
        String admin = (tag + "-g-admin").toLowerCase();
        api.token(admin, BulkGenerator.PASSWORD);
        UUID group = parentOf(companies.getFirst());
        LocalDate to = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).minusDays(1);
        LocalDate from = to.minusYears(1).plusDays(1);

        for (int i = 0; i < Math.min(rebuilds, companies.size()); i++) {
            long t0 = System.nanoTime();
            String body = api.post(admin, "/api/v1/kpis/rebuild?companyId={c}", "", companies.get(i))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            log("rebuild of company %d: %,d events in %,d ms", i + 1, (Integer) JsonPath.read(body, "$.events"),
                    (System.nanoTime() - t0) / 1_000_000);
        }

        String one = "/api/v1/kpis?companyId=" + companies.getFirst() + "&from=" + from + "&to=" + to;
        String all = "/api/v1/kpis?companyId=" + group + "&from=" + from + "&to=" + to + "&includeSubsidiaries=true";
        log("one company:  %s", api.get(admin, one).andReturn().getResponse().getContentAsString());
        log("whole group:  %s", api.get(admin, all).andReturn().getResponse().getContentAsString());
        // The last whole quarter, as the standings page asks for it.
        LocalDate quarterEnd = to.withDayOfMonth(1).minusMonths((to.getMonthValue() - 1) % 3).minusDays(1);
        LocalDate quarterStart = quarterEnd.withDayOfMonth(1).minusMonths(2);
        String ranking = "/api/v1/kpis/ranking?parentId=" + group + "&from=" + quarterStart + "&to=" + quarterEnd;
        String loose = "/api/v1/kpis?companyId=" + group + "&from=" + from.plusDays(14) + "&to=" + to.minusDays(14)
                + "&includeSubsidiaries=true";
        time(admin, "GET /kpis one company, one year", one, requests);
        time(admin, "GET /kpis group + " + companies.size() + " subsidiaries, one year", all, requests);
        time(admin, "GET /kpis group + " + companies.size() + " subsidiaries, 337 days (loose days at both ends)",
                loose, requests);
        time(admin, "GET /kpis/ranking of " + companies.size() + " subsidiaries, " + quarterStart + ".." + quarterEnd,
                ranking, requests);
        explain(companies, group, from, to);
        Path out = Path.of("target/benchmarks/bulk-kpi.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private void time(String user, String label, String path, int requests) throws Exception {
        for (int i = 0; i < 20; i++) {
            api.get(user, path).andExpect(status().isOk());
        }
        long[] millis = new long[requests];
        for (int i = 0; i < requests; i++) {
            long t0 = System.nanoTime();
            api.get(user, path).andExpect(status().isOk());
            millis[i] = (System.nanoTime() - t0) / 1_000;
        }
        Arrays.sort(millis);
        log("%s: n=%d min %.1f p50 %.1f p99 %.1f max %.1f ms", label, requests, millis[0] / 1000.0,
                millis[requests / 2] / 1000.0, millis[(int) Math.ceil(requests * 0.99) - 1] / 1000.0,
                millis[requests - 1] / 1000.0);
    }

    /**
     * The plans of DailyFacts.totals' queries for the whole group over the year, in the shape it sends them (the
     * companies joined as a list), and the old {@code company_id in (…)} daily sum beside for comparison.
     */
    private void explain(List<UUID> companies, UUID group, LocalDate from, LocalDate to) throws Exception {
        String in = companies.stream().map(id -> "'" + id + "'").collect(Collectors.joining(",")) + ",'" + group + "'";
        String joined = " from unnest(cast(array[" + in + "] as uuid array)) as wanted(id) join %s on company_id = wanted.id";
        String days = " where fact_day between date '" + from + "' and date '" + to + "'";
        String looseDays = " where fact_day >= date '" + to.minusDays(13).withDayOfMonth(1) + "' and fact_day < date '"
                + to.minusDays(13) + "'";
        String months = " where fact_month >= date '" + from.withDayOfMonth(1) + "' and fact_month < date '"
                + to.plusDays(1).withDayOfMonth(1) + "'";
        boolean postgres = dataSource.getConnection().getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        String explain = postgres ? "explain (analyze, buffers) " : "explain analyze ";
        for (String sql : List.of(
                "select counter, sum(amount)" + joined.formatted("kpi_monthly_fact") + months + " group by counter",
                "select counter, sum(amount)" + joined.formatted("kpi_daily_fact") + looseDays + " group by counter",
                "select counter, sum(amount) from kpi_daily_fact where company_id in (" + in + ") and"
                        + looseDays.substring(" where".length()) + " group by counter",
                "select upper_minutes, sum(permits)" + joined.formatted("kpi_monthly_histogram") + months
                        + " group by upper_minutes",
                "select count(distinct user_id)" + joined.formatted("kpi_monthly_active_user") + months,
                "select count(distinct user_id)" + joined.formatted("kpi_active_user") + days)) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(explain + sql)) {
                StringBuilder plan = new StringBuilder();
                while (rs.next()) {
                    plan.append(rs.getString(1).replaceAll("'[0-9a-f-]{36}'(, )?", "")).append('\n');
                }
                log("EXPLAIN %s\n%s", sql.replace(in, "…" + (companies.size() + 1) + " ids…"), plan);
            }
        }
    }

    private UUID parentOf(UUID company) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select parent_id from company where id = '" + company + "'")) {
            rs.next();
            return rs.getObject(1, UUID.class);
        }
    }

    private void log(String format, Object... args) {
        String line = "[bulk benchmark] " + format.formatted(args);
        System.out.println(line);
        lines.add(line);
    }
}
