package cn.anzuo.permit.domain;

import cn.anzuo.permit.GasTestDue;
import cn.anzuo.shared.WorkType;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * GB 30871 6.5: while confined-space work is active, the atmosphere is analysed and recorded every
 * 2 hours. When a 2-hour slot since the start passes without a sample in it, the analysts and the
 * guardian are reminded — once per slot.
 */
@Component
public class GasTestReminders {

    public static final Duration INTERVAL = Duration.ofHours(2);

    private final ActiveWork.Finder activeWork;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;

    GasTestReminders(ActiveWork.Finder activeWork, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
            PlatformTransactionManager transactions) {
        this.activeWork = activeWork;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${anzuo.permit.reminder-interval:PT1M}", initialDelayString = "PT40S")
    @SchedulerLock(name = "gas-test-reminders", lockAtMostFor = "PT5M")
    public void scheduled() {
        transaction.executeWithoutResult(status -> run());
    }

    @Transactional
    public List<GasTestDue> run() {
        Instant now = clock.instant();
        List<GasTestDue> sent = new ArrayList<>();
        for (ActiveWork work : activeWork.ofType(WorkType.CONFINED_SPACE)) {
            Instant started = work.startedAt();
            if (started == null) {
                continue;
            }
            Instant lastSample = work.lastSampleAt();
            Instant reference = lastSample == null || lastSample.isBefore(started) ? started : lastSample;
            int slot = (int) Duration.between(started, now).dividedBy(INTERVAL);
            boolean due = Duration.between(reference, now).compareTo(INTERVAL) >= 0;
            if (due && slot >= 1 && claim(work.id(), slot, now)) {
                GasTestDue reminder = new GasTestDue(work.id(), work.companyId(), work.number(), work.guardianId(),
                        lastSample, slot);
                events.publishEvent(reminder);
                sent.add(reminder);
            }
        }
        return sent;
    }

    private boolean claim(UUID permitId, int slot, Instant now) {
        return jdbc.sql("insert into gas_test_reminder (permit_id, slot, sent_at) values (?, ?, ?) on conflict do nothing")
                .params(permitId, slot, Timestamp.from(now)).update() == 1;
    }
}
