package cn.anzuo.shared.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The one live stream of each open page (ADR 0062): a page opens {@code /live} once, and after a committed change the
 * stream gets a named hint: {@code inbox} for its user, {@code alarm} for its company, {@code refresh} for the site it
 * shows. The page reloads the part concerned. Best effort: pages also poll, slowly.
 *
 * <p>One stream per page, not one per widget: a phone's browser keeps at most six connections to a host, and a board
 * with a stream per widget hung it. Owners call {@link #toUser}, {@link #toCompany} and {@link #toSite} from plain
 * {@code @EventListener}s, never {@code @TransactionalEventListener}s: Spring Modulith records a publication for every
 * after-commit listener and marks it in a new transaction while the committing one still holds its connection, which
 * starved the pool under load on PostgreSQL.
 */
@Component
public class LiveHub {

    private static final Logger log = LoggerFactory.getLogger(LiveHub.class);
    public static final Duration TIMEOUT = Duration.ofMinutes(30);

    private record Viewer(SseEmitter emitter, UUID userId, UUID companyId, UUID siteId) {
        boolean sees(LiveHint hint) {
            return switch (hint.audience()) {
                case USER -> hint.id().equals(userId);
                case COMPANY -> hint.id().equals(companyId);
                case SITE -> hint.id().equals(siteId);
            };
        }
    }

    private final Set<Viewer> viewers = ConcurrentHashMap.newKeySet();
    /** Where a hint goes for the other nodes of a cluster (ADR 0081); nowhere on a single node. */
    private volatile Consumer<LiveHint> cluster = hint -> {};

    /** A new stream for a page of this user (and the site it shows, or null), greeted with a {@code hello} event. */
    public SseEmitter open(UUID userId, UUID companyId, UUID siteId) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        Viewer viewer = new Viewer(emitter, userId, companyId, siteId);
        viewers.add(viewer);
        emitter.onCompletion(() -> viewers.remove(viewer));
        emitter.onTimeout(emitter::complete); // an ordinary end: the page reconnects
        emitter.onError(e -> viewers.remove(viewer));
        try {
            emitter.send(SseEmitter.event().name("hello").data("connected").reconnectTime(5000));
        } catch (IOException | IllegalStateException e) {
            viewers.remove(viewer);
        }
        return emitter;
    }

    /** After the current transaction commits: the event to every page of the user. */
    public void toUser(UUID userId, String event, String data) {
        publish(new LiveHint(LiveHint.Audience.USER, userId, event, data));
    }

    /** After the current transaction commits: the event to every page of the company's users. */
    public void toCompany(UUID companyId, String event, String data) {
        publish(new LiveHint(LiveHint.Audience.COMPANY, companyId, event, data));
    }

    /** After the current transaction commits: the event to every page showing the site. */
    public void toSite(UUID siteId, String event, String data) {
        publish(new LiveHint(LiveHint.Audience.SITE, siteId, event, data));
    }

    /** After the commit: to this node's pages, and once to the cluster, whose other nodes {@link #deliver} it. */
    private void publish(LiveHint hint) {
        afterCommit(() -> {
            deliver(hint);
            cluster.accept(hint);
        });
    }

    /** Sends the hint to the pages of this node that see it; the fan-out calls this for hints of other nodes. */
    public void deliver(LiveHint hint) {
        for (Viewer viewer : viewers) {
            if (!viewer.sees(hint)) {
                continue;
            }
            try {
                viewer.emitter().send(SseEmitter.event().name(hint.event()).data(hint.data()));
            } catch (IOException | IllegalStateException e) {
                viewers.remove(viewer);
                log.debug("Live stream of user {} closed: {}", viewer.userId(), e.getMessage());
            }
        }
    }

    /** Hands every hint published on this node to the cluster as well (the fan-out, at its start). */
    public void forwardTo(Consumer<LiveHint> cluster) {
        this.cluster = cluster;
    }

    /** Runs the action after the current transaction commits (never on rollback), or now outside a transaction. */
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
     * At shutdown, end every stream first (pages reconnect to another node), so that the web server's graceful
     * shutdown does not wait its 30 s for streams that never end by themselves.
     */
    @EventListener(ContextClosedEvent.class)
    public void closeAll() {
        viewers.forEach(viewer -> {
            try {
                viewer.emitter().complete();
            } catch (IllegalStateException alreadyDone) {
                // completed meanwhile
            }
        });
        viewers.clear();
    }

    /** How many streams are open. */
    public int open() {
        return viewers.size();
    }
}
