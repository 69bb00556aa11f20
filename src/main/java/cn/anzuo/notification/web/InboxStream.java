package cn.anzuo.notification.web;

import cn.anzuo.notification.domain.InboxItemStored;
import cn.anzuo.shared.security.CurrentUser;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The inbox badge, live: a page may keep one server-sent-event stream here and hears {@code inbox} when a
 * notice for its user is committed. Not wired into every page yet: opening it from app.js on each page hung
 * chromium in the on-site journey (too many long-lived connections per host with the board and alarm streams);
 * the badge polls every 60 s meanwhile.
 */
@Controller
class InboxStream {

    static final Duration TIMEOUT = Duration.ofMinutes(30);

    private final Map<UUID, Set<SseEmitter>> streams = new ConcurrentHashMap<>();

    @GetMapping(path = "/inbox/stream", produces = "text/event-stream")
    @ResponseBody
    SseEmitter stream(CurrentUser me) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        Set<SseEmitter> mine = streams.computeIfAbsent(me.id(), id -> new CopyOnWriteArraySet<>());
        mine.add(emitter);
        Runnable remove = () -> mine.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(emitter::complete);
        emitter.onError(e -> remove.run());
        try {
            emitter.send(SseEmitter.event().name("hello").data("connected").reconnectTime(10_000));
        } catch (IOException | IllegalStateException e) {
            remove.run();
        }
        return emitter;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(InboxItemStored stored) {
        Set<SseEmitter> mine = streams.get(stored.userId());
        if (mine == null) {
            return;
        }
        for (SseEmitter emitter : mine) {
            try {
                emitter.send(SseEmitter.event().name("inbox").data(stored.itemId().toString()));
            } catch (IOException | IllegalStateException e) {
                mine.remove(emitter);
            }
        }
    }

    int open(UUID userId) {
        return streams.getOrDefault(userId, Set.of()).size();
    }

    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        streams.values().forEach(set -> set.forEach(emitter -> {
            try {
                emitter.complete();
            } catch (IllegalStateException done) {
                // completed meanwhile
            }
        }));
        streams.clear();
    }
}
