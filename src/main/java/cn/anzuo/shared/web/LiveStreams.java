package cn.anzuo.shared.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Open server-sent-event streams grouped by a key (a site, a company): pages subscribe, and after a committed change
 * every stream of the key gets a named event and reloads what it shows. Best effort: the pages poll as well.
 *
 * <p>Owners listen with plain {@code @EventListener} and push through {@link #pushAfterCommit}, never with
 * {@code @TransactionalEventListener}: Spring Modulith records a publication for every after-commit listener and
 * marks it in a new transaction while the committing one still holds its connection, so a burst of changes took two
 * connections each and starved the pool on PostgreSQL (ADR 0062).
 */
public final class LiveStreams<K> {

    private static final Logger log = LoggerFactory.getLogger(LiveStreams.class);
    public static final Duration TIMEOUT = Duration.ofMinutes(30);

    private final Map<K, Set<SseEmitter>> streams = new ConcurrentHashMap<>();

    /** A new stream for the key, greeted with a {@code hello} event; the browser reconnects after 5 s if it drops. */
    public SseEmitter subscribe(K key) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        Set<SseEmitter> group = streams.computeIfAbsent(key, k -> new CopyOnWriteArraySet<>());
        group.add(emitter);
        Runnable remove = () -> group.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(emitter::complete); // an ordinary end: the page reconnects
        emitter.onError(e -> remove.run());
        try {
            emitter.send(SseEmitter.event().name("hello").data("connected").reconnectTime(5000));
        } catch (IOException | IllegalStateException e) {
            remove.run();
        }
        return emitter;
    }

    /** Sends the event to every stream of the key now; a closed stream is dropped. */
    public void push(K key, String event, String data) {
        Set<SseEmitter> group = streams.get(key);
        if (group == null) {
            return;
        }
        for (SseEmitter emitter : group) {
            try {
                emitter.send(SseEmitter.event().name(event).data(data));
            } catch (IOException | IllegalStateException e) {
                group.remove(emitter);
                log.debug("Live stream of {} closed: {}", key, e.getMessage());
            }
        }
    }

    /** Sends the event once the current transaction has committed (at once when there is none; never on rollback). */
    public void pushAfterCommit(K key, String event, String data) {
        afterCommit(() -> push(key, event, data));
    }

    /** Runs the action after the current transaction commits, or now outside a transaction. */
    public static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    /**
     * Ends every stream (pages reconnect to another node), so that the web server's graceful shutdown does not wait
     * its 30 s for streams that never end by themselves. Owners call it on {@code ContextClosedEvent}.
     */
    public void closeAll() {
        streams.values().forEach(group -> group.forEach(emitter -> {
            try {
                emitter.complete();
            } catch (IllegalStateException alreadyDone) {
                // completed meanwhile
            }
        }));
        streams.clear();
    }

    /** How many streams of the key are open. */
    public int open(K key) {
        return streams.getOrDefault(key, Set.of()).size();
    }
}
