package cn.anzuo.monitoring;

import cn.anzuo.monitoring.domain.AlarmBook;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** The monitoring module's facade for alarms: read one, the unresolved ones of a site, those that stopped a permit. */
@Service
public class Alarms {

    private final AlarmBook book;

    Alarms(AlarmBook book) {
        this.book = book;
    }

    public Optional<AlarmView> find(UUID alarmId) {
        return book.find(alarmId);
    }

    /** Alarms not yet resolved at a site, newest first. */
    public List<AlarmView> unresolvedAt(UUID companyId, UUID siteId) {
        List<AlarmView> open = book.list(Set.of(companyId), siteId, AlarmStatus.OPEN, null, 0, 100);
        List<AlarmView> acknowledged = book.list(Set.of(companyId), siteId, AlarmStatus.ACKNOWLEDGED, null, 0, 100);
        return java.util.stream.Stream.concat(open.stream(), acknowledged.stream()).toList();
    }

    /** Alarms that suspended a permit, newest first. */
    public List<AlarmView> ofPermit(UUID companyId, UUID permitId) {
        return book.list(Set.of(companyId), null, null, permitId, 0, 100);
    }
}
