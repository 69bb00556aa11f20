package cn.anzuo.monitoring.domain;

import cn.anzuo.monitoring.AlarmLevel;
import cn.anzuo.permit.AlarmAcknowledgements;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Answers the permit module before work starts or resumes: which alarms has nobody acknowledged yet? */
@Component
class MonitoringAcknowledgements implements AlarmAcknowledgements {

    private final AlarmBook book;

    MonitoringAcknowledgements(AlarmBook book) {
        this.book = book;
    }

    @Override
    public boolean acknowledged(UUID alarmId) {
        return book.acknowledged(alarmId);
    }

    @Override
    public List<Unacknowledged> unacknowledgedAt(UUID siteId) {
        return book.openAt(siteId).stream()
                .map(alarm -> new Unacknowledged(alarm.id(), alarm.level() == AlarmLevel.LEVEL_2))
                .toList();
    }
}
