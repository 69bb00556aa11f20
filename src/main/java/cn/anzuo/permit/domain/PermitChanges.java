package cn.anzuo.permit.domain;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The system's own changes to one permit among many (suspending a site, the time rules' sweep): each in a transaction
 * of its own, tried again on a fresh copy when someone saved the permit first (optimistic lock). A guardian pressing a
 * button, a read applying the time rules, or a second node's sweep must not fail the run, and one permit's conflict
 * must not undo the changes already made to the others.
 */
@Component
class PermitChanges {

    private static final Logger log = LoggerFactory.getLogger(PermitChanges.class);
    static final int ATTEMPTS = 5;

    private final WorkPermitRepository permits;
    private final TransactionTemplate transaction;
    private final TransactionTemplate savepoint;

    PermitChanges(WorkPermitRepository permits, PlatformTransactionManager transactions) {
        this.permits = permits;
        this.transaction = new TransactionTemplate(transactions);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Applies {@code change} to the permit as it is now and saves it when the change says it changed something.
     * False when it did not apply (it is asked again on every attempt, so a permit that moved on meanwhile is left
     * as it is), when the permit is gone, or when every attempt met a conflict.
     */
    boolean change(UUID permitId, String what, Predicate<WorkPermit> change) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return Boolean.TRUE.equals(transaction.execute(status -> permits.findById(permitId)
                        .filter(change)
                        .map(permit -> permits.save(permit) != null)
                        .orElse(false)));
            } catch (OptimisticLockingFailureException concurrent) {
                log.debug("permit {} changed by someone else during {}, attempt {}", permitId, what, attempt);
            }
        }
        log.warn("permit {}: {} given up after {} conflicting attempts", permitId, what, ATTEMPTS);
        return false;
    }

    /**
     * For a request that changes a permit it has loaded in its own transaction (a read applying the time rules, a
     * face terminal's check-in): applies {@code change} and saves under a savepoint of that transaction, so a conflict
     * undoes only the save, not what the request did before it (the check-in record). On a conflict it reads the
     * permit again (the other writer has committed) and asks the change again, which may refuse by throwing (the
     * permit was voided meanwhile). Returns the permit as saved, or as the last read found it: after
     * {@value #ATTEMPTS} conflicts it gives up quietly, which suits a read but not a person's request
     * ({@link #changeRequested}).
     */
    WorkPermit changeLoaded(WorkPermit loaded, String what, Predicate<WorkPermit> change) {
        return changeLoaded(loaded, what, change, false);
    }

    /**
     * {@link #changeLoaded} for what a person asked (a check-in, a start, an acceptance): done, refused for what the
     * permit now is, or, when every attempt met another writer, that conflict ({@code 409 CONCURRENT_UPDATE}). Never
     * an answer that looks done while nothing was saved.
     */
    WorkPermit changeRequested(WorkPermit loaded, String what, Predicate<WorkPermit> change) {
        return changeLoaded(loaded, what, change, true);
    }

    private WorkPermit changeLoaded(WorkPermit loaded, String what, Predicate<WorkPermit> change, boolean requested) {
        WorkPermit current = loaded;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            if (!change.test(current)) {
                return current;
            }
            WorkPermit changed = current;
            try {
                return savepoint.execute(status -> permits.save(changed));
            } catch (OptimisticLockingFailureException concurrent) {
                log.debug("permit {} changed by someone else during {} (loaded), attempt {}", loaded.id(), what,
                        attempt);
                if (requested && attempt == ATTEMPTS) {
                    throw concurrent;
                }
                Optional<WorkPermit> fresh = permits.findById(loaded.id());
                if (fresh.isEmpty()) {
                    return loaded;
                }
                current = fresh.get();
            }
        }
        log.warn("permit {}: {} (loaded) given up after {} conflicting attempts", loaded.id(), what, ATTEMPTS);
        return current;
    }
}
