package cn.anzuo.support;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counts the statements the embedded H2 runs, from its own query statistics: deterministic where CPU figures on
 * this shared machine are noisy, so a change that asks the database less shows as a smaller count. Benchmarks only:
 * the statistics are the database's, so anything else running at the time is counted too.
 */
public final class StatementCount {

    private final JdbcClient jdbc;

    public StatementCount(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Starts counting from zero (H2 forgets its statistics when they are switched off). */
    public void start() {
        jdbc.sql("set query_statistics false").update();
        jdbc.sql("set query_statistics_max_entries 1000").update();
        jdbc.sql("set query_statistics true").update();
    }

    /** Stops counting and prints each statement's count per {@code per} (requests, submissions), largest first. */
    public double stopAndPrint(String what, int per) {
        List<Map<String, Object>> rows = jdbc.sql("""
                select sql_statement, execution_count, cumulative_execution_time
                from information_schema.query_statistics order by execution_count desc""").query().listOfRows();
        jdbc.sql("set query_statistics false").update();
        long total = 0;
        StringBuilder table = new StringBuilder();
        for (Map<String, Object> row : rows) {
            String sql = row.get("SQL_STATEMENT").toString().replaceAll("\\s+", " ");
            if (sql.toLowerCase().contains("query_statistics")) {
                continue;
            }
            long count = ((Number) row.get("EXECUTION_COUNT")).longValue();
            total += count;
            table.append("%6.2f  %8.1f ms  %s%n".formatted(count / (double) per,
                    ((Number) row.get("CUMULATIVE_EXECUTION_TIME")).doubleValue(),
                    sql.length() > 220 ? sql.substring(0, 220) + "…" : sql));
        }
        double each = total / (double) per;
        System.out.printf("%n== statements per %s: %.1f (%d counted, %d distinct statements)%n%s%n", what, each, per,
                rows.size(), table);
        return each;
    }
}
