package cn.anzuo.monitoring.web;

import cn.anzuo.monitoring.AlarmAcknowledged;
import cn.anzuo.monitoring.AlarmEscalated;
import cn.anzuo.monitoring.AlarmRaised;
import cn.anzuo.monitoring.AlarmResolved;
import cn.anzuo.shared.web.LiveHub;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * After an alarm was raised, acknowledged, resolved or escalated (and committed), every page of the company's users
 * gets an {@code alarm} hint naming the site on its live stream: the 报警处置 console and the alarm strips reload their
 * list. Best effort: pages also poll. Plain event listeners: see {@link LiveHub} for why not transactional ones.
 */
@Component
class AlarmStreams {

    private final LiveHub live;

    AlarmStreams(LiveHub live) {
        this.live = live;
    }

    private void changed(UUID companyId, UUID siteId, UUID alarmId) {
        live.toCompany(companyId, "alarm", siteId + " " + alarmId);
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
