package cn.anzuo.permit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.analytics.bulk.BulkGenerator;
import cn.anzuo.permit.domain.GasTestReminders;
import cn.anzuo.permit.domain.GuardianPresence;
import cn.anzuo.permit.domain.PermitTimeRules;
import cn.anzuo.shared.crypto.PersonalDataCipher;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.StatementCount;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The jobs that look at every active permit (issue 16): the guardian's presence every 15 s, hot work's daily analysis
 * every 30 s, confined space's analysis reminders every minute. A plant written by {@link BulkGenerator} with a day of
 * permits has its active ones made quiet (the guardian heard now and inside, an analysis sampled now), so that no job
 * has anything to do, which is their state most of the time; then each job runs {@code bench.runs} times (20): its
 * statements per run (H2's statistics) and its time (min / median / max). Run: {@code ./mvnw test
 * -Dsurefire.excludedGroups= -Dgroups=benchmark -Dtest=ActiveWorkJobsBenchmark [-Dsweep.permits=4000]}; figures to the
 * console and {@code target/benchmarks/active-work-jobs.txt}.
 */
@AnzuoTest
@Tag("benchmark")
class ActiveWorkJobsBenchmark {

    static final int RUNS = Integer.getInteger("bench.runs", 20);

    @Autowired DataSource dataSource;
    @Autowired PersonalDataCipher cipher;
    @Autowired PasswordEncoder passwords;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;
    @Autowired GuardianPresence guardians;
    @Autowired PermitTimeRules timeRules;
    @Autowired GasTestReminders gasTestReminders;

    private final List<String> lines = new ArrayList<>();

    @Test
    void jobs_over_every_active_permit() throws Exception {
        int permits = Integer.getInteger("sweep.permits", 4_000);
        UUID company = new BulkGenerator(dataSource, cipher, passwords.encode("jobs-password"), clock.instant(), 11)
                .generate(new BulkGenerator.Size(1, 200, permits, 1), "JOB" + System.nanoTime() % 100_000)
                .companyIds().getFirst();
        quiet();
        boolean h2 = dataSource.getConnection().getMetaData().getDatabaseProductName().contains("H2");
        log("database %s; %,d active permits in all (%,d of the generated plant: %,d hot work, %,d confined space)",
                h2 ? "H2" : "PostgreSQL", count("select count(*) from work_permit where status = 'ACTIVE'"),
                count("select count(*) from work_permit where status = 'ACTIVE' and company_id = '" + company + "'"),
                count("select count(*) from work_permit where status = 'ACTIVE' and work_type = 'HOT_WORK'"),
                count("select count(*) from work_permit where status = 'ACTIVE' and work_type = 'CONFINED_SPACE'"));
        measure(h2, "guardian presence (every 15 s)", guardians::suspendAbsent);
        measure(h2, "hot work's daily analysis (every 30 s)", timeRules::dailyHotWorkAnalyses);
        measure(h2, "confined space's analysis reminders (every minute)", gasTestReminders::run);
        Path out = Path.of("target/benchmarks/active-work-jobs.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Every active permit's guardian heard now inside, and its analyses sampled now: nothing is due. */
    void quiet() {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("delete from guardian_presence where permit_id in (select id from work_permit where status = 'ACTIVE')")
                .update();
        jdbc.sql("""
                        insert into guardian_presence (permit_id, reported_at, latitude, longitude, accuracy_meters,
                                                       distance_meters, inside)
                        select id, ?, 30.0, 120.0, 5, 0, true from work_permit where status = 'ACTIVE'""")
                .param(now).update();
        jdbc.sql("update gas_test set sampled_at = ?, recorded_at = ?, passed = true"
                + " where permit_id in (select id from work_permit where status = 'ACTIVE')").params(now, now).update();
    }

    void measure(boolean h2, String job, Supplier<List<?>> run) {
        for (int i = 0; i < 3; i++) {
            assertThat(run.get()).as(job + " has nothing to do").isEmpty();
        }
        StatementCount statements = new StatementCount(jdbc);
        if (h2) {
            statements.start();
        }
        long[] micros = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            run.get();
            micros[i] = (System.nanoTime() - t0) / 1_000;
        }
        double each = h2 ? statements.stopAndPrint(job, RUNS) : Double.NaN;
        Arrays.sort(micros);
        log("%s: %s statements per run; %.1f / %.1f / %.1f ms (min / median / max of %d)", job,
                h2 ? "%.1f".formatted(each) : "—", micros[0] / 1000.0, micros[RUNS / 2] / 1000.0,
                micros[RUNS - 1] / 1000.0, RUNS);
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    void log(String format, Object... args) {
        String line = format.formatted(args);
        System.out.println("== active work jobs: " + line);
        lines.add(line);
    }
}
