package cn.anzuo.permit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.analytics.bulk.BulkGenerator;
import cn.anzuo.permit.domain.PermitTimeRules;
import cn.anzuo.shared.crypto.PersonalDataCipher;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.PublicationRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The time rules' sweep under a burst (issue 16): a plant whose whole day of permits is due at once, as after a node
 * was down for a day. {@link BulkGenerator} writes {@code sweep.permits} permits (2,000) on yesterday into one company:
 * about half in live states, whose planned start and end have passed, so the sweep voids the pending ones nobody checked
 * in to and expires the approved and active ones. Timed: the sweep itself (each permit in a transaction of its own,
 * ADR 0097) against the lock it holds ({@code lockAtMostFor}), and then the module listeners that the voids and
 * expiries wake, until the event publication registry has no incomplete entry. A second plant is then swept by two
 * sweepers at once, as by two nodes whose lock lapsed: each permit must still end once. Run:
 * {@code ./mvnw test -Dsurefire.excludedGroups= -Dgroups=benchmark -Dtest=SweepBurstBenchmark [-Dsweep.permits=…]};
 * figures to the console and {@code target/benchmarks/sweep-burst.txt}.
 */
@AnzuoTest
@Tag("benchmark")
class SweepBurstBenchmark {

    static final List<String> UNFINISHED = List.of("PENDING_APPROVAL", "APPROVED", "ACTIVE", "SUSPENDED");

    @Autowired DataSource dataSource;
    @Autowired PersonalDataCipher cipher;
    @Autowired PasswordEncoder passwords;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;
    @Autowired PermitTimeRules timeRules;

    private final List<String> lines = new ArrayList<>();

    @Test
    void a_day_of_permits_due_at_once() throws Exception {
        int permits = Integer.getInteger("sweep.permits", 2_000);
        timeRules.sweep(); // the demo data's own due permits, so that only the burst is timed below
        awaitListeners();
        log("database %s", dataSource.getConnection().getMetaData().getDatabaseProductName());
        burst(permits, 1);
        burst(permits, 2);
        Path out = Path.of("target/benchmarks/sweep-burst.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** One plant's day due at once, swept by {@code sweepers} at the same time (two nodes whose lock lapsed). */
    void burst(int permits, int sweepers) throws Exception {
        BulkGenerator.Result plant = new BulkGenerator(dataSource, cipher, passwords.encode("sweep-password"),
                clock.instant(), 7 + sweepers).generate(new BulkGenerator.Size(1, 200, permits, 1),
                "SWP" + System.nanoTime() % 100_000);
        UUID company = plant.companyIds().getFirst();
        long due = unfinished(company);
        long endedBefore = endings(company);
        log("%,d permits on yesterday in one company, %,d of them unfinished and due; %d sweeper(s) at once", permits,
                due, sweepers);

        long t0 = System.nanoTime();
        List<Future<Integer>> running = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(sweepers)) {
            for (int i = 0; i < sweepers; i++) {
                running.add(pool.submit(timeRules::sweep));
            }
        }
        long swept = System.nanoTime();
        List<Integer> changed = new ArrayList<>();
        for (Future<Integer> sweeper : running) {
            changed.add(sweeper.get());
        }
        awaitListeners();
        long drained = System.nanoTime();
        int total = changed.stream().mapToInt(Integer::intValue).sum();
        log("  sweep: %s permits changed in %,d ms (%.1f ms each, %.0f per second); the lock allows 120,000 ms",
                changed, ms(swept - t0), ms(swept - t0) / (double) Math.max(1, total), total * 1e9 / (swept - t0));
        log("  listeners: the registry drained %,d ms after the sweep (%,d ms from its start)", ms(drained - swept),
                ms(drained - t0));
        long ended = endings(company) - endedBefore;
        log("  ended: %,d VOID or EXPIRE acts written, %,d permits still unfinished", ended, unfinished(company));

        assertThat(total).isEqualTo(due);
        assertThat(ended).isEqualTo(due); // each due permit ended once, however many swept it
        assertThat(unfinished(company)).isZero();
    }

    long endings(UUID company) {
        return jdbc.sql("""
                        select count(*) from permit_transition t join work_permit p on p.id = t.work_permit
                        where p.company_id = ? and t.action in ('VOID', 'EXPIRE')""")
                .param(company).query(Long.class).single();
    }

    long unfinished(UUID company) {
        return jdbc.sql("select count(*) from work_permit where company_id = :company and status in (:statuses)")
                .param("company", company).param("statuses", UNFINISHED).query(Long.class).single();
    }

    void awaitListeners() throws InterruptedException {
        PublicationRegistry.awaitDrained(jdbc, Duration.ofMinutes(10));
    }

    static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    void log(String format, Object... args) {
        String line = format.formatted(args);
        System.out.println("== sweep burst: " + line);
        lines.add(line);
    }
}
