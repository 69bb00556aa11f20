package cn.anzuo.permit.web;

import cn.anzuo.permit.PermitApproved;
import cn.anzuo.permit.PermitClosed;
import cn.anzuo.permit.PermitCompleted;
import cn.anzuo.permit.PermitExpired;
import cn.anzuo.permit.PermitResumed;
import cn.anzuo.permit.PermitStarted;
import cn.anzuo.permit.PermitSuspended;
import cn.anzuo.permit.PermitVoided;
import cn.anzuo.permit.domain.WorkPermitRepository;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open 现场看板 connections per site. After a permit of the site changed (and the change is
 * committed), each board gets a {@code refresh} event and reloads its list. Best effort: a board that
 * misses one still polls every 15 s.
 */
@Component
class SiteBoardEvents {

    private static final Logger log = LoggerFactory.getLogger(SiteBoardEvents.class);
    static final Duration TIMEOUT = Duration.ofMinutes(30);

    private final Map<UUID, Set<SseEmitter>> boards = new ConcurrentHashMap<>();
    private final WorkPermitRepository permits;

    SiteBoardEvents(WorkPermitRepository permits) {
        this.permits = permits;
    }

    SseEmitter subscribe(UUID siteId) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        Set<SseEmitter> site = boards.computeIfAbsent(siteId, id -> new CopyOnWriteArraySet<>());
        site.add(emitter);
        Runnable remove = () -> site.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(emitter::complete); // an ordinary end: the board reconnects
        emitter.onError(e -> remove.run());
        try {
            emitter.send(SseEmitter.event().name("hello").data("connected").reconnectTime(5000));
        } catch (IOException | IllegalStateException e) {
            remove.run();
        }
        return emitter;
    }

    void refresh(UUID siteId, UUID permitId) {
        Set<SseEmitter> site = boards.get(siteId);
        if (site == null) {
            return;
        }
        for (SseEmitter emitter : site) {
            try {
                emitter.send(SseEmitter.event().name("refresh").data(permitId.toString()));
            } catch (IOException | IllegalStateException e) {
                site.remove(emitter);
                log.debug("Board connection of site {} closed: {}", siteId, e.getMessage());
            }
        }
    }

    /**
     * At shutdown, end every board stream first (the boards reconnect to another node), so that the
     * web server's graceful shutdown does not wait its 30 s for streams that never end by themselves.
     */
    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        boards.values().forEach(site -> site.forEach(emitter -> {
            try {
                emitter.complete();
            } catch (IllegalStateException alreadyDone) {
                // completed meanwhile
            }
        }));
        boards.clear();
    }

    int open(UUID siteId) {
        return boards.getOrDefault(siteId, Set.of()).size();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PermitStarted e) { refresh(e.siteId(), e.permitId()); }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PermitSuspended e) { refresh(e.siteId(), e.permitId()); }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PermitResumed e) { refresh(e.siteId(), e.permitId()); }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PermitCompleted e) { refresh(e.siteId(), e.permitId()); }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PermitClosed e) { refresh(e.siteId(), e.permitId()); }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PermitVoided e) { refresh(e.siteId(), e.permitId()); }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PermitExpired e) { refresh(e.siteId(), e.permitId()); }

    /** The approval event carries no site: look it up (after commit, so the permit is there). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PermitApproved e) {
        permits.findById(e.permitId()).ifPresent(p -> refresh(p.siteId(), p.id()));
    }
}
