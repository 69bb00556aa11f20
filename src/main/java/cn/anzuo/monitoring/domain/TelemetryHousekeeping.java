package cn.anzuo.monitoring.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the readings tables in bounds: raw readings are rolled up into per-minute aggregates (count, min,
 * max, sum) and kept {@code anzuo.monitoring.raw-retention-days} (default 7); aggregates a year; seen
 * signatures only for the freshness window. The roll-up follows the arrival time with a safety lag so that
 * batches still being written are not skipped.
 */
@Component
public class TelemetryHousekeeping {

    static final Duration LAG = Duration.ofSeconds(10);
    static final Duration MINUTES_KEPT = Duration.ofDays(366);

    private final JdbcClient jdbc;
    private final SignedRequests signatures;
    private final Clock clock;
    private final int rawRetentionDays;

    TelemetryHousekeeping(JdbcClient jdbc, SignedRequests signatures, Clock clock,
            @Value("${anzuo.monitoring.raw-retention-days:7}") int rawRetentionDays) {
        this.jdbc = jdbc;
        this.signatures = signatures;
        this.clock = clock;
        this.rawRetentionDays = rawRetentionDays;
    }

    @Scheduled(fixedDelayString = "${anzuo.monitoring.rollup-interval:PT1M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "telemetry-rollup", lockAtMostFor = "PT10M")
    public void scheduled() {
        rollUp();
        purge();
    }

    /** Rolls the readings that arrived since the last roll-up into minutes; returns the rows written. */
    @Transactional
    public int rollUp() {
        Instant to = clock.instant().minus(LAG);
        Instant from = jdbc.sql("select rolled_to from telemetry_rollup where name = 'minute'")
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).optional().orElse(Instant.EPOCH);
        if (!from.isBefore(to)) {
            return 0;
        }
        int rows = jdbc.sql("""
                        insert into telemetry_minute (device_id, metric, minute_start, samples, min_reading, max_reading, sum_reading)
                        select device_id, metric, date_trunc('minute', measured_at), count(*), min(reading), max(reading),
                        sum(reading) from telemetry_reading where received_at >= ? and received_at < ?
                        group by device_id, metric, date_trunc('minute', measured_at)""")
                .params(Timestamp.from(from), Timestamp.from(to)).update();
        if (jdbc.sql("update telemetry_rollup set rolled_to = ? where name = 'minute'").param(Timestamp.from(to))
                .update() == 0) {
            jdbc.sql("insert into telemetry_rollup (name, rolled_to) values ('minute', ?)").param(Timestamp.from(to))
                    .update();
        }
        return rows;
    }

    @Transactional
    public void purge() {
        Instant now = clock.instant();
        jdbc.sql("delete from telemetry_reading where received_at < ?")
                .param(Timestamp.from(now.minus(Duration.ofDays(rawRetentionDays)))).update();
        jdbc.sql("delete from telemetry_minute where minute_start < ?").param(Timestamp.from(now.minus(MINUTES_KEPT))).update();
        signatures.forgetOldSignatures();
    }
}
