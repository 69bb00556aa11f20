package cn.anzuo.monitoring.domain;

import cn.anzuo.monitoring.AlarmHistory;
import cn.anzuo.monitoring.AlarmLevel;
import cn.anzuo.permit.AlarmAcknowledgements;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Answers the permit module before work starts or resumes: which alarms has nobody acknowledged yet? */
@Component
class MonitoringAcknowledgements implements AlarmAcknowledgements {

    private final AlarmBook book;
    private final AlarmHistory history;

    MonitoringAcknowledgements(AlarmBook book, AlarmHistory history) {
        this.book = book;
        this.history = history;
    }

    @Override
    public boolean acknowledged(UUID alarmId) {
        return book.acknowledged(alarmId);
    }

    @Override
    public List<Unacknowledged> unacknowledgedAt(UUID siteId) {
        return history.openAt(siteId).stream()
                .map(alarm -> new Unacknowledged(alarm.alarmId(), alarm.level() == AlarmLevel.LEVEL_2))
                .toList();
    }
}
