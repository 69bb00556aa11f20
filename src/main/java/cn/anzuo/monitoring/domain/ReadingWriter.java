package cn.anzuo.monitoring.domain;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores readings off the hot path: evaluation hands each reading over and goes on; one writer thread
 * drains the queue in batches (up to {@value #BATCH} rows per statement and transaction), so ten thousand
 * readings a second cost a few commits, not ten thousand. A database that does not answer keeps the batch
 * and retries; if the queue stays full, new readings wait briefly and are then counted as dropped (the
 * alarm decision was already taken on them). Shutdown writes what is queued.
 */
@Component
public class ReadingWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReadingWriter.class);
    static final int BATCH = 5_000;

    /** One stored reading. */
    public record Reading(UUID deviceId, Metric metric, Instant measuredAt, double value, Instant receivedAt) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final BlockingQueue<Reading> queue;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private volatile boolean running;
    private volatile Thread worker;

    ReadingWriter(JdbcTemplate jdbc, PlatformTransactionManager transactions,
            @Value("${anzuo.monitoring.reading-queue:200000}") int capacity) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.queue = new ArrayBlockingQueue<>(capacity);
    }

    public void add(Reading reading) {
        accepted.incrementAndGet();
        try {
            if (!queue.offer(reading) && !queue.offer(reading, 100, TimeUnit.MILLISECONDS)) {
                dropped.incrementAndGet();
                log.warn("Reading queue full: a reading of device {} was not stored", reading.deviceId());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            dropped.incrementAndGet();
        }
    }

    /** Readings handed over, stored and dropped so far (benchmarks and tests). */
    public record Counts(long accepted, long written, long dropped, int queued) {}

    public Counts counts() {
        return new Counts(accepted.get(), written.get(), dropped.get(), queue.size());
    }

    /** Waits until everything handed over so far is stored (tests); false on timeout. */
    public boolean awaitWritten(Duration timeout) throws InterruptedException {
        long target = accepted.get();
        long until = System.nanoTime() + timeout.toNanos();
        while (written.get() + dropped.get() < target) {
            if (System.nanoTime() > until) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    private void drain() {
        List<Reading> batch = new ArrayList<>(BATCH);
        while (running || !queue.isEmpty()) {
            try {
                if (batch.isEmpty()) {
                    Reading first = queue.poll(200, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                    queue.drainTo(batch, BATCH - 1);
                }
                write(batch);
                written.addAndGet(batch.size());
                batch.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            } catch (RuntimeException e) {
                log.warn("Could not store {} readings, retrying in 1 s: {}", batch.size(), e.toString());
                pause();
            }
        }
    }

    private void write(List<Reading> batch) {
        Map<UUID, Instant> seen = new java.util.HashMap<>();
        for (Reading r : batch) {
            seen.merge(r.deviceId(), r.receivedAt(), (a, b) -> a.isAfter(b) ? a : b);
        }
        transaction.executeWithoutResult(status -> {
            jdbc.batchUpdate("insert into telemetry_reading (device_id, metric, measured_at, reading, received_at) "
                    + "values (?, ?, ?, ?, ?)", batch, batch.size(), (ps, r) -> {
                        ps.setObject(1, r.deviceId());
                        ps.setString(2, r.metric().name());
                        ps.setTimestamp(3, Timestamp.from(r.measuredAt()));
                        ps.setDouble(4, r.value());
                        ps.setTimestamp(5, Timestamp.from(r.receivedAt()));
                    });
            List<Object[]> updates = seen.entrySet().stream()
                    .map(e -> new Object[] {Timestamp.from(e.getValue()), e.getKey(), Timestamp.from(e.getValue())})
                    .toList();
            jdbc.batchUpdate("update device set last_seen_at = ? where id = ? "
                    + "and (last_seen_at is null or last_seen_at < ?)", updates);
        });
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofPlatform().daemon().name("anzuo-reading-writer").start(this::drain);
    }

    @Override
    public void stop() {
        running = false;
        Thread t = worker;
        if (t != null) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the web server and the MQTT transports (which hand readings in), before the data source. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
