package cn.anzuo.monitoring.domain;

import cn.anzuo.monitoring.AlarmHistory;
import cn.anzuo.monitoring.AlarmLevel;
import cn.anzuo.monitoring.AlarmRaised;
import cn.anzuo.permit.PermitResumed;
import cn.anzuo.permit.PermitStarted;
import cn.anzuo.permit.Permits;
import cn.anzuo.permit.SiteSuspension;
import cn.anzuo.permit.SuspensionCause;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What an alarm does to the work at its site (API.md "Effect", GB 30871 5.2.6 and 6.5): a second-level
 * alarm suspends every active permit there; a first-level one the confined-space and 特级 hot-work permits.
 * Runs right after the alarm is committed, from the event publication registry: a crash in between is
 * made good at restart. Deliberately not one transaction: each permit is suspended in its own (the
 * permit facade's rule), so one busy permit cannot hold up the others.
 *
 * <p>Start and resume refuse while such an alarm is open (ADR 0093), but they check before they commit: a
 * start whose check ran just before an alarm was committed, and which committed just after that alarm's
 * suspension had looked for active permits, would be under way during the alarm with nobody to stop it.
 * So each start and resume, once committed, applies the site's open alarms again (ADR 0094).
 */
@Component
class AlarmEffects {

    private static final Logger log = LoggerFactory.getLogger(AlarmEffects.class);

    private final Permits permits;
    private final AlarmBook book;
    private final AlarmHistory history;

    AlarmEffects(Permits permits, AlarmBook book, AlarmHistory history) {
        this.permits = permits;
        this.book = book;
        this.history = history;
    }

    @Async
    @TransactionalEventListener
    void on(AlarmRaised alarm) {
        List<UUID> suspended = apply(alarm);
        log.info("Alarm {} ({} {} at site {}) suspended {} permit(s)", alarm.alarmId(), alarm.metric(), alarm.level(),
                alarm.siteId(), suspended.size());
    }

    @Async
    @TransactionalEventListener
    void on(PermitStarted started) {
        applyOpenAlarms(started.siteId(), started.permitId());
    }

    @Async
    @TransactionalEventListener
    void on(PermitResumed resumed) {
        applyOpenAlarms(resumed.siteId(), resumed.permitId());
    }

    private void applyOpenAlarms(UUID siteId, UUID permitId) {
        for (AlarmRaised alarm : history.openAt(siteId)) {
            List<UUID> suspended = apply(alarm);
            if (!suspended.isEmpty()) {
                log.warn("Permit {} got under way as alarm {} was raised at site {}: suspended {} permit(s) again",
                        permitId, alarm.alarmId(), siteId, suspended.size());
            }
        }
    }

    private List<UUID> apply(AlarmRaised alarm) {
        List<UUID> suspended = permits.suspend(new SiteSuspension(alarm.siteId(), SuspensionCause.ALARM, reason(alarm),
                alarm.alarmId(), alarm.level() == AlarmLevel.LEVEL_1, "ALARM"));
        book.recordSuspended(alarm.alarmId(), suspended);
        return suspended;
    }

    /** The suspension reason the crews read, in Chinese like the rest of the permit record. */
    static String reason(AlarmRaised alarm) {
        String level = alarm.level() == AlarmLevel.LEVEL_2 ? "二级" : "一级";
        if (alarm.value() == null) {
            return "%s报警: %s %s".formatted(level, alarm.deviceCode(), alarm.metric());
        }
        return String.format(Locale.ROOT, "%s报警: %s %s %.1f (报警值 %.1f)", level, alarm.deviceCode(), alarm.metric(),
                alarm.value(), alarm.threshold());
    }
}
