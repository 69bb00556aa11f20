package cn.anzuo.monitoring.domain;

import cn.anzuo.permit.AlarmAcknowledgements;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Answers the permit module before a permit stopped by an alarm resumes: was the alarm acknowledged? */
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
}
