package cn.anzuo.monitoring.domain;

import cn.anzuo.monitoring.AlarmEscalated;
import cn.anzuo.monitoring.AlarmView;
import cn.anzuo.organization.CompanyModules;
import cn.anzuo.organization.OptionalModule;
import cn.anzuo.organization.Organization;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An alarm nobody acknowledged within the company's {@code alarmEscalationMinutes} (default 5) goes to the
 * plant leaders. Each escalation is claimed once in the alarm row, whichever node runs the job.
 */
@Component
public class AlarmEscalations {

    private final AlarmBook book;
    private final Organization organization;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CompanyModules modules;

    AlarmEscalations(AlarmBook book, Organization organization, ApplicationEventPublisher events, Clock clock,
            CompanyModules modules) {
        this.modules = modules;
        this.book = book;
        this.organization = organization;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${anzuo.monitoring.escalation-interval:PT20S}", initialDelayString = "PT20S")
    @SchedulerLock(name = "alarm-escalations", lockAtMostFor = "PT2M")
    public void scheduled() {
        run();
    }

    @Transactional
    public List<AlarmEscalated> run() {
        Instant now = clock.instant();
        Map<UUID, Integer> minutes = new HashMap<>();
        List<AlarmEscalated> sent = new ArrayList<>();
        for (AlarmView alarm : book.unacknowledgedUnescalated()) {
            if (!modules.enabled(alarm.companyId(), OptionalModule.MONITORING)) {
                continue; // monitoring switched off: nobody is called out; escalates if switched on still unacknowledged
            }
            int after = minutes.computeIfAbsent(alarm.companyId(), c -> organization.policy(c).alarmEscalationMinutes());
            if (!alarm.raisedAt().plus(Duration.ofMinutes(after)).isAfter(now) && book.markEscalated(alarm.id(), now)) {
                AlarmEscalated event = new AlarmEscalated(alarm.id(), alarm.companyId(), alarm.siteId(),
                        alarm.deviceCode(), alarm.metric(), alarm.level(), alarm.raisedAt(), after);
                events.publishEvent(event);
                sent.add(event);
            }
        }
        return sent;
    }
}
