package cn.anzuo.monitoring.web;

import cn.anzuo.monitoring.AlarmAcknowledged;
import cn.anzuo.monitoring.AlarmEscalated;
import cn.anzuo.monitoring.AlarmRaised;
import cn.anzuo.monitoring.AlarmResolved;
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
 * The open alarm streams per company (报警处置 console, the alarm strips of the site board and the permit
 * page). After an alarm was raised, acknowledged, resolved or escalated (and committed), each stream gets
 * an {@code alarm} event naming the site; the pages reload their list. Best effort: pages also poll.
 */
@Component
class AlarmStreams {

    private static final Logger log = LoggerFactory.getLogger(AlarmStreams.class);
    static final Duration TIMEOUT = Duration.ofMinutes(30);

    private final Map<UUID, Set<SseEmitter>> companies = new ConcurrentHashMap<>();

    SseEmitter subscribe(UUID companyId) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        Set<SseEmitter> company = companies.computeIfAbsent(companyId, id -> new CopyOnWriteArraySet<>());
        company.add(emitter);
        Runnable remove = () -> company.remove(emitter);
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

    void changed(UUID companyId, UUID siteId, UUID alarmId) {
        Set<SseEmitter> company = companies.get(companyId);
        if (company == null) {
            return;
        }
        for (SseEmitter emitter : company) {
            try {
                emitter.send(SseEmitter.event().name("alarm").data(siteId + " " + alarmId));
            } catch (IOException | IllegalStateException e) {
                company.remove(emitter);
                log.debug("Alarm stream of company {} closed: {}", companyId, e.getMessage());
            }
        }
    }

    /** At shutdown, end every stream first so that graceful shutdown does not wait for streams that never end. */
    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        companies.values().forEach(company -> company.forEach(emitter -> {
            try {
                emitter.complete();
            } catch (IllegalStateException alreadyDone) {
                // completed meanwhile
            }
        }));
        companies.clear();
    }

    int open(UUID companyId) {
        return companies.getOrDefault(companyId, Set.of()).size();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AlarmRaised e) { changed(e.companyId(), e.siteId(), e.alarmId()); }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AlarmAcknowledged e) { changed(e.companyId(), e.siteId(), e.alarmId()); }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AlarmResolved e) { changed(e.companyId(), e.siteId(), e.alarmId()); }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AlarmEscalated e) { changed(e.companyId(), e.siteId(), e.alarmId()); }
}
