package cn.anzuo.monitoring.web;

import cn.anzuo.monitoring.AlarmAcknowledged;
import cn.anzuo.monitoring.AlarmEscalated;
import cn.anzuo.monitoring.AlarmRaised;
import cn.anzuo.monitoring.AlarmResolved;
import cn.anzuo.shared.web.LiveStreams;
import java.util.UUID;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open alarm streams per company (报警处置 console, the alarm strip of the site board). After an alarm was raised,
 * acknowledged, resolved or escalated (and committed), each stream gets an {@code alarm} event naming the site; the
 * pages reload their list. Best effort: pages also poll. Plain event listeners pushing after commit: see
 * {@link LiveStreams} for why not transactional ones.
 */
@Component
class AlarmStreams {

    private final LiveStreams<UUID> companies = new LiveStreams<>();

    SseEmitter subscribe(UUID companyId) {
        return companies.subscribe(companyId);
    }

    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        companies.closeAll();
    }

    private void changed(UUID companyId, UUID siteId, UUID alarmId) {
        companies.pushAfterCommit(companyId, "alarm", siteId + " " + alarmId);
    }

    @EventListener
    void on(AlarmRaised e) { changed(e.companyId(), e.siteId(), e.alarmId()); }

    @EventListener
    void on(AlarmAcknowledged e) { changed(e.companyId(), e.siteId(), e.alarmId()); }

    @EventListener
    void on(AlarmResolved e) { changed(e.companyId(), e.siteId(), e.alarmId()); }

    @EventListener
    void on(AlarmEscalated e) { changed(e.companyId(), e.siteId(), e.alarmId()); }
}
