package cn.anzuo.qualification.ledger;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hourly, forgets previews older than {@link LedgerImports#PREVIEW_LIFETIME}: their rows hold
 * (encrypted) personal data nobody needs once the import is confirmed or abandoned.
 */
@Component
class LedgerCleanup {

    private static final Logger log = LoggerFactory.getLogger(LedgerCleanup.class);

    private final LedgerImportStore store;
    private final Clock clock;

    LedgerCleanup(LedgerImportStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Scheduled(cron = "${anzuo.qualification.ledger-cleanup-cron:0 41 * * * *}")
    @SchedulerLock(name = "ledger-import-cleanup", lockAtMostFor = "PT10M", lockAtLeastFor = "PT20S")
    @Transactional
    public void scheduled() {
        int rows = store.deleteBefore(clock.instant().minus(LedgerImports.PREVIEW_LIFETIME));
        if (rows > 0) {
            log.info("Ledger import cleanup: {} preview rows older than {} deleted", rows, LedgerImports.PREVIEW_LIFETIME);
        }
    }
}
