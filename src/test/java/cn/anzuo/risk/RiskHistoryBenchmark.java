package cn.anzuo.risk;

import cn.anzuo.permit.SiteWeatherHistory;
import cn.anzuo.risk.domain.RiskHistory;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.StatementCount;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What reading the weather costs once a site has a long history. The nightly retraining's history of one company: {@code bench.permits} closed permits (default 2,000)
 * over two sites with a weather observation every half hour, read {@code bench.runs} times after two to warm up;
 * the statements of one read (H2's query statistics: the embedded database only) and the time of each. Run: {@code ./mvnw test
 * -Dsurefire.excludedGroups= -Dgroups=benchmark -Dtest=RiskHistoryBenchmark}.
 */
@AnzuoTest
@Tag("benchmark")
class RiskHistoryBenchmark {

    static final int PERMITS = Integer.getInteger("bench.permits", 2000);
    static final int RUNS = Integer.getInteger("bench.runs", 10);
    static final LocalDateTime FIRST = LocalDateTime.parse("2025-01-06T08:00");

    @Autowired JdbcClient jdbc;
    @Autowired RiskHistory history;
    @Autowired SiteWeatherHistory weather;

    /**
     * The weather valid now at a site after a year of half-hourly readings (the provider's interval), as the risk
     * score, the wind rule and the weather page ask it: {@code bench.lookups} lookups (default 200) after 50.
     */
    @Test
    void the_weather_now_after_a_year_of_readings() {
        RiskFixtures f = new RiskFixtures(jdbc);
        LocalDateTime at = FIRST;
        for (int i = 0; i < 17_520; i++, at = at.plusMinutes(30)) {
            f.weather(f.siteA, at, 25 + at.getHour() % 12, at.getHour() % 7, 0);
        }
        Instant now = at.atZone(RiskFixtures.ZONE).toInstant();
        for (int i = 0; i < 50; i++) {
            weather.at(f.siteA, now);
        }
        int lookups = Integer.getInteger("bench.lookups", 200);
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < lookups; i++) {
            long t0 = System.nanoTime();
            if (weather.at(f.siteA, now.minusSeconds(i)).isEmpty()) {
                throw new AssertionError("no weather found");
            }
            ms.add((System.nanoTime() - t0) / 1e6);
        }
        print("the weather now after 17,520 readings, " + lookups + " lookups", ms);
    }

    @Test
    void one_companys_history() {
        RiskFixtures f = new RiskFixtures(jdbc);
        for (int i = 0; i < PERMITS; i++) {
            LocalDateTime start = FIRST.plusHours(6L * i);
            f.closedPermit("HOT_WORK", "LEVEL_2", i % 2 == 0 ? f.siteA : f.siteB, start, 2,
                    f.workers.get(i % 4), f.workers.get(4 + i % 4));
        }
        for (LocalDateTime at = FIRST.minusHours(1); at.isBefore(FIRST.plusHours(6L * PERMITS)); at = at.plusMinutes(30)) {
            f.weather(f.siteA, at, 25 + at.getHour() % 12, at.getHour() % 7, 0);
            f.weather(f.siteB, at, 24 + at.getHour() % 12, at.getHour() % 6, 0);
        }
        for (int i = 0; i < 2; i++) {
            history.closedPermits(f.companyId);
        }
        StatementCount count = new StatementCount(jdbc);
        count.start();
        history.closedPermits(f.companyId);
        count.stopAndPrint("history of " + PERMITS + " closed permits", 1);
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            int read = history.closedPermits(f.companyId).size();
            ms.add((System.nanoTime() - t0) / 1e6);
            if (read != PERMITS) {
                throw new AssertionError(read + " of " + PERMITS + " permits read");
            }
        }
        print("history of " + PERMITS + " closed permits", ms);
    }

    static void print(String what, List<Double> ms) {
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("== %s: min %.2f / median %.2f / p99 %.2f / max %.2f ms%n", what, sorted[0],
                sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.99) - 1], sorted[sorted.length - 1]);
    }
}
