package cn.anzuo.permit.domain;

import cn.anzuo.organization.CompanyPolicy;
import cn.anzuo.organization.Organization;
import cn.anzuo.permit.ApprovalEscalated;
import cn.anzuo.permit.ApprovalReminderDue;
import cn.anzuo.shared.security.Role;
import java.sql.Timestamp;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Speed of approval (PRODUCT.md §2.2): open steps are reminded — every 10 minutes when expedited,
 * otherwise once at half the company's escalation time — and escalated to deputies after
 * {@code approvalEscalationMinutes}. Each reminder is claimed once in {@code approval_reminder}, so
 * it is sent once however many nodes run the job.
 */
@Component
public class ApprovalReminders {

    static final Duration EXPEDITE_INTERVAL = Duration.ofMinutes(10);

    private final Organization organization;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ApprovalReminders(Organization organization, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
            PlatformTransactionManager transactions) {
        this.organization = organization;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${anzuo.permit.reminder-interval:PT1M}", initialDelayString = "PT30S")
    @SchedulerLock(name = "approval-reminders", lockAtMostFor = "PT5M")
    public void scheduled() {
        transaction.executeWithoutResult(status -> run());
    }

    /** An open approval step that may be due a reminder or an escalation, read without its permit's aggregate. */
    public record OpenStep(UUID permitId, UUID companyId, String number, boolean expedite, int seq, Role role,
            Instant openedAt) {}

    /** Publishes the reminders and escalations due now; returns what it sent. */
    @Transactional
    public List<Object> run() {
        Instant now = clock.instant();
        Map<UUID, CompanyPolicy> policies = new HashMap<>();
        List<Object> sent = new ArrayList<>();
        for (OpenStep step : candidates()) {
            CompanyPolicy policy = policies.computeIfAbsent(step.companyId(), organization::policy);
            Duration escalateAfter = Duration.ofMinutes(policy.approvalEscalationMinutes());
            Duration waited = Duration.between(step.openedAt(), now);
            int reminder = step.expedite()
                    ? (int) waited.dividedBy(EXPEDITE_INTERVAL)
                    : waited.compareTo(escalateAfter.dividedBy(2)) >= 0 ? 1 : 0;
            if (reminder > 0 && claim(step.permitId(), step.seq(), "REMIND", reminder, now)) {
                sent.add(publish(new ApprovalReminderDue(step.permitId(), step.companyId(), step.number(), step.seq(),
                        step.role(), reminder, waited.toMinutes())));
            }
            if (waited.compareTo(escalateAfter) >= 0 && claim(step.permitId(), step.seq(), "ESCALATE", 1, now)) {
                sent.add(publish(new ApprovalEscalated(step.permitId(), step.companyId(), step.number(), step.seq(),
                        step.role(), waited.toMinutes())));
            }
        }
        return sent;
    }

    /**
     * The open steps of pending permits the job must look at, found in SQL: every minute it read every pending permit
     * of every company as a whole aggregate, and tried a claim for each, long after there was anything left to send.
     * An ordinary step that has been escalated is left out (nothing more is sent for it); an expedited one is reminded
     * every 10 minutes until it is decided. {@code seq} counts from 1 (approval_step's key counts from 0).
     */
    public List<OpenStep> candidates() {
        return jdbc.sql("""
                        select wp.id, wp.company_id, wp.number, wp.expedite, s.seq + 1 as seq, s.role, s.opened_at
                        from work_permit wp join approval_step s on s.work_permit = wp.id
                        where wp.status = 'PENDING_APPROVAL' and s.status = 'PENDING' and s.opened_at is not null
                          and (wp.expedite or not exists (select 1 from approval_reminder e
                                where e.permit_id = wp.id and e.seq = s.seq + 1 and e.kind = 'ESCALATE'))""")
                .query((rs, row) -> new OpenStep(rs.getObject("id", UUID.class), rs.getObject("company_id", UUID.class),
                        rs.getString("number"), rs.getBoolean("expedite"), rs.getInt("seq"),
                        Role.valueOf(rs.getString("role")), rs.getTimestamp("opened_at").toInstant()))
                .list();
    }

    private Object publish(Object event) {
        events.publishEvent(event);
        return event;
    }

    private boolean claim(UUID permitId, int seq, String kind, int n, Instant now) {
        return jdbc.sql("""
                        insert into approval_reminder (permit_id, seq, kind, n, sent_at) values (?, ?, ?, ?, ?)
                        on conflict do nothing""")
                .params(permitId, seq, kind, n, Timestamp.from(now))
                .update() == 1;
    }
}
