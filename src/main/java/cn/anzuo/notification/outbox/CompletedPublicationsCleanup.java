package cn.anzuo.notification.outbox;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hourly, deletes event publications that were completed longer ago than
 * {@code anzuo.notification.completed-publications-retention} (default 7 days). Incomplete
 * publications are never touched, so the outbox still re-publishes what a listener did not finish;
 * only the finished ones stop accumulating in {@code event_publication}.
 */
@Component
class CompletedPublicationsCleanup {

    private static final Logger log = LoggerFactory.getLogger(CompletedPublicationsCleanup.class);

    private final ObjectProvider<CompletedEventPublications> publications;
    private final Duration retention;

    CompletedPublicationsCleanup(
            ObjectProvider<CompletedEventPublications> publications,
            @Value("${anzuo.notification.completed-publications-retention:P7D}") Duration retention) {
        this.publications = publications;
        this.retention = retention;
    }

    @Scheduled(cron = "${anzuo.notification.completed-publications-cleanup-cron:0 17 * * * *}")
    @SchedulerLock(name = "completed-publications-cleanup", lockAtMostFor = "PT10M", lockAtLeastFor = "PT20S")
    public void scheduled() {
        publications.ifAvailable(completed -> {
            completed.deletePublicationsOlderThan(retention);
            log.debug("Completed event publications older than {} deleted", retention);
        });
    }
}
