package cn.anzuo.briefing.domain;

import cn.anzuo.notification.Notice;
import cn.anzuo.notification.Notifications;
import cn.anzuo.organization.CompanyModules;
import cn.anzuo.organization.OptionalModule;
import cn.anzuo.organization.Organization;
import cn.anzuo.organization.UserView;
import cn.anzuo.shared.security.Role;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends each company's briefing of yesterday once, from 07:30 company time (ADR 0066). The job runs every few
 * minutes, so a node that was down at 07:30 catches up. ShedLock keeps it to one node at a time; "once" itself
 * rests on the primary key of {@code daily_briefing} (company, date): the row is inserted first, in the same
 * transaction as the inbox items and the channel deliveries, so whichever node (or rerun) loses the insert sends
 * nothing, and a failure half-way rolls everything back for the next run to retry.
 */
@Component
public class MorningBriefings {

    private static final Logger log = LoggerFactory.getLogger(MorningBriefings.class);

    /** A briefing this run sent. */
    public record Sent(UUID companyId, LocalDate date, int recipients) {}

    private final Organization organization;
    private final BriefingFigures figures;
    private final BriefingText text;
    private final Notifications notifications;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    private final CompanyModules modules;

    MorningBriefings(Organization organization, BriefingFigures figures, BriefingText text,
            Notifications notifications, JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock,
            CompanyModules modules) {
        this.modules = modules;
        this.organization = organization;
        this.figures = figures;
        this.text = text;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(cron = "${anzuo.briefing.cron:0 */5 * * * *}")
    @SchedulerLock(name = "morning-briefings", lockAtMostFor = "PT10M", lockAtLeastFor = "PT20S")
    public void scheduled() {
        List<Sent> sent = sendDue();
        if (!sent.isEmpty()) {
            log.info("Morning briefings sent: {}", sent.size());
        }
    }

    /** Sends every briefing that is due now and not yet sent; returns those this call sent. */
    public List<Sent> sendDue() {
        return sendDue(organization.enabledCompanyIds());
    }

    /** The same for some companies only (a test that must not brief the whole shared database). */
    public List<Sent> sendDue(Collection<UUID> companyIds) {
        Instant now = clock.instant();
        List<Sent> sent = new ArrayList<>();
        for (UUID companyId : companyIds) {
            if (!modules.enabled(companyId, OptionalModule.ANALYTICS)) {
                continue; // analytics switched off: no briefing while it is off (the figures are still recorded)
            }
            Optional<LocalDate> due = MorningBriefingTime.dueDate(now, organization.policy(companyId).zone());
            if (due.isEmpty() || alreadySent(companyId, due.get())) {
                continue;
            }
            try {
                sent.add(transaction.execute(status -> send(companyId, due.get(), now)));
            } catch (DataIntegrityViolationException | PessimisticLockingFailureException lost) {
                // another node (or a concurrent run) holds or wrote the row: that one sends it, this one must not
                log.debug("Briefing of {} for {} is another node's: {}", companyId, due.get(), lost.getMessage());
            } catch (RuntimeException failed) {
                // rolled back, row included: the next run retries; the other companies must not wait for this one
                log.warn("Briefing of {} for {} failed, retried on the next run", companyId, due.get(), failed);
            }
        }
        return sent;
    }

    boolean alreadySent(UUID companyId, LocalDate date) {
        return jdbc.sql("select count(*) from daily_briefing where company_id = ? and briefing_date = ?")
                .params(companyId, Date.valueOf(date)).query(Long.class).single() > 0;
    }

    private Sent send(UUID companyId, LocalDate date, Instant now) {
        // the claim comes first: a second inserter waits on the key and then fails, before it has sent anything
        jdbc.sql("insert into daily_briefing (company_id, briefing_date, sent_at) values (?, ?, ?)")
                .params(companyId, Date.valueOf(date), Timestamp.from(now)).update();
        DailyFigures day = figures.of(companyId, date);
        Set<UUID> readers = new LinkedHashSet<>();
        for (Role role : List.of(Role.SAFETY_OFFICER, Role.PLANT_LEADER)) {
            organization.usersWithRole(companyId, role).stream().map(UserView::id).forEach(readers::add);
        }
        String dedupKey = "daily-briefing:" + companyId + ":" + date;
        notifications.notify(new Notice(readers, companyId, "DAILY_BRIEFING", BriefingText.TITLE_KEY,
                BriefingText.TEXT_KEY, BriefingText.args(day), "/briefings?companyId=" + companyId + "&date=" + date,
                dedupKey));
        // the groups read Chinese, whatever the language of the node
        notifications.toGroupChannels(companyId, text.title(day, Locale.SIMPLIFIED_CHINESE),
                text.text(day, Locale.SIMPLIFIED_CHINESE), dedupKey);
        jdbc.sql("update daily_briefing set recipients = ? where company_id = ? and briefing_date = ?")
                .params(readers.size(), companyId, Date.valueOf(date)).update();
        return new Sent(companyId, date, readers.size());
    }
}
