package cn.anzuo.shared;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs again the event listeners that failed (a KPI fact, a notice, a trace entry), once a minute on one node.
 * Under overload a listener may find no pooled connection and fail; its publication stays {@code FAILED} in the
 * registry, which Modulith re-publishes only at the next start — a cluster that never restarts would never
 * count that permit. Only failed publications are taken, never ones still running on another node.
 */
@Component
class FailedEventRetries {

    /** A failure younger than this is left alone: the overload that caused it may not be over. */
    static final Duration SETTLE = Duration.ofSeconds(30);

    private final FailedEventPublications failed;

    FailedEventRetries(FailedEventPublications failed) {
        this.failed = failed;
    }

    @Scheduled(fixedDelayString = "${anzuo.events.retry-interval:PT1M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "failed-event-retries", lockAtMostFor = "PT50S")
    void retry() {
        failed.resubmit(ResubmissionOptions.defaults().withMinAge(SETTLE).withBatchSize(500).withMaxInFlight(4));
    }
}
