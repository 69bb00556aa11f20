package cn.anzuo.permit.domain;

import cn.anzuo.organization.CompanyPolicy;
import cn.anzuo.organization.Organization;
import cn.anzuo.permit.ApprovalEscalated;
import cn.anzuo.permit.ApprovalReminderDue;
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

    private final WorkPermitRepository permits;
    private final Organization organization;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ApprovalReminders(WorkPermitRepository permits, Organization organization, JdbcClient jdbc,
            ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.permits = permits;
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

    /** Publishes the reminders and escalations due now; returns what it sent. */
    @Transactional
    public List<Object> run() {
        Instant now = clock.instant();
        Map<UUID, CompanyPolicy> policies = new HashMap<>();
        List<Object> sent = new ArrayList<>();
        for (WorkPermit permit : permits.allPending()) {
            CompanyPolicy policy = policies.computeIfAbsent(permit.companyId(), organization::policy);
            Duration escalateAfter = Duration.ofMinutes(policy.approvalEscalationMinutes());
            List<ApprovalStep> steps = permit.approvalSteps();
            for (int i = 0; i < steps.size(); i++) {
                ApprovalStep step = steps.get(i);
                if (!step.pending() || step.openedAt() == null) {
                    continue;
                }
                Duration waited = Duration.between(step.openedAt(), now);
                int seq = i + 1;
                int reminder = permit.expedite()
                        ? (int) waited.dividedBy(EXPEDITE_INTERVAL)
                        : waited.compareTo(escalateAfter.dividedBy(2)) >= 0 ? 1 : 0;
                if (reminder > 0 && claim(permit.id(), seq, "REMIND", reminder, now)) {
                    sent.add(publish(new ApprovalReminderDue(permit.id(), permit.companyId(), permit.number(), seq,
                            step.role(), reminder, waited.toMinutes())));
                }
                if (waited.compareTo(escalateAfter) >= 0 && claim(permit.id(), seq, "ESCALATE", 1, now)) {
                    sent.add(publish(new ApprovalEscalated(permit.id(), permit.companyId(), permit.number(), seq,
                            step.role(), waited.toMinutes())));
                }
            }
        }
        return sent;
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
