package cn.anzuo.archive.domain;

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
 * Retention (issue 12 item 8): photo images older than {@code anzuo.archive.photo-retention} (default
 * P1095D, never less than a year) lose their bytes; the photo row keeps its SHA-256, and the trace — which
 * only ever holds hashes — is never deleted, so every chain still verifies. Permits and their traces are
 * kept (≥ 1 year is met by keeping them all; nothing here deletes a permit).
 */
@Component
public class Retention {

    static final Duration MINIMUM = Duration.ofDays(365);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration photoRetention;

    Retention(JdbcClient jdbc, Clock clock, @Value("${anzuo.archive.photo-retention:P1095D}") Duration photoRetention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.photoRetention = photoRetention.compareTo(MINIMUM) < 0 ? MINIMUM : photoRetention;
    }

    @Scheduled(cron = "${anzuo.archive.retention-cron:0 30 3 * * *}")
    @SchedulerLock(name = "archive-retention", lockAtMostFor = "PT30M")
    public void scheduled() {
        purgePhotos(clock.instant());
    }

    /** Empties the images of photos taken before {@code now - retention}; returns how many. */
    @Transactional
    public int purgePhotos(Instant now) {
        return jdbc.sql("update permit_photo set content = ?, content_type = 'purged' where taken_at < ? and content_type <> 'purged'")
                .params(new byte[0], Timestamp.from(now.minus(photoRetention))).update();
    }

    public Duration photoRetention() {
        return photoRetention;
    }
}
