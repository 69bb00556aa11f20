package cn.anzuo.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reference rows read again and again within one transaction (a company's policy is asked for by five rules of one
 * submission) are read once and remembered until the transaction ends. Nothing outlives the transaction, so two nodes
 * never disagree and a change committed elsewhere is seen by the next transaction. Any aggregate saved or deleted in
 * the transaction empties the memo, so a transaction never reads back what it remembered before its own change.
 * Outside a transaction nothing is remembered.
 */
@Component
public class TransactionMemo {

    private static final Object KEY = TransactionMemo.class;

    /** The value remembered under {@code key} in this transaction, else {@code load}'s (remembered when not null). */
    @SuppressWarnings("unchecked")
    public static <V> V remember(Object key, Supplier<V> load) {
        Map<Object, Object> memo = memo();
        if (memo == null) {
            return load.get();
        }
        Object known = memo.get(key);
        if (known != null) {
            return (V) known;
        }
        V loaded = load.get();
        if (loaded != null) {
            memo.put(key, loaded);
        }
        return loaded;
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> memo() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Map<Object, Object> memo = (Map<Object, Object>) TransactionSynchronizationManager.getResource(KEY);
        if (memo == null) {
            Map<Object, Object> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(KEY, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
            memo = fresh;
        }
        return memo;
    }

    static void forget() {
        if (TransactionSynchronizationManager.hasResource(KEY)) {
            ((Map<?, ?>) TransactionSynchronizationManager.getResource(KEY)).clear();
        }
    }

    @EventListener
    void saved(AfterSaveEvent<?> event) {
        forget();
    }

    @EventListener
    void deleted(AfterDeleteEvent<?> event) {
        forget();
    }
}
