package cn.anzuo.qualification.domain;

import cn.anzuo.organization.CompanyPolicy;
import cn.anzuo.organization.Organization;
import cn.anzuo.qualification.CertificateExpired;
import cn.anzuo.qualification.CertificateExpiring;
import cn.anzuo.qualification.domain.ReminderSchedule.Due;
import cn.anzuo.qualification.domain.ReminderSchedule.Kind;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Emits {@link CertificateExpiring} at each reminder stage of a certificate's expiry or review ({@link ReminderSchedule}) and
 * {@link CertificateExpired} after expiry — once each. ShedLock keeps the job to one node at a time;
 * the primary key of {@code certificate_reminder} makes "once" hold even if two nodes run it at
 * the same moment, and the events go out through the Modulith outbox in the same transaction.
 */
@Component
public class CertificateReminders {

    private static final Logger log = LoggerFactory.getLogger(CertificateReminders.class);
    /** The widest reminder stage that can be configured. */
    private static final int MAX_REMINDER_DAYS = 366;

    private final CertificateRepository certificates;
    private final WorkerRepository workers;
    private final Organization organization;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final List<Integer> stages;

    CertificateReminders(CertificateRepository certificates, WorkerRepository workers, Organization organization,
            JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions,
            @Value("${anzuo.qualification.reminder-stages:60,30,15,0}") List<Integer> stages) {
        this.stages = List.copyOf(stages);
        this.transaction = new TransactionTemplate(transactions);
        this.certificates = certificates;
        this.workers = workers;
        this.organization = organization;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** A reminder this run sent. */
    public record Sent(UUID certificateId, Kind kind, LocalDate dueOn) {}

    @Scheduled(cron = "${anzuo.qualification.reminder-cron:0 7 * * * *}")
    @SchedulerLock(name = "certificate-reminders", lockAtMostFor = "PT10M", lockAtLeastFor = "PT20S")
    public void scheduled() {
        // Through a template, not this.run(): a self-call would bypass the transactional proxy and the
        // events would be published outside a transaction, so the outbox listeners would never run.
        List<Sent> sent = transaction.execute(status -> run());
        if (sent != null && !sent.isEmpty()) {
            log.info("Certificate reminders sent: {}", sent.size());
        }
    }

    @Transactional
    public List<Sent> run() {
        Instant now = clock.instant();
        List<Certificate> candidates = certificates.dueBy(LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(MAX_REMINDER_DAYS));
        Map<UUID, Worker> holders = workers.findAllById(candidates.stream().map(Certificate::workerId).distinct().toList())
                .stream().collect(Collectors.toMap(Worker::id, Function.identity()));
        Map<UUID, CompanyPolicy> policies = new HashMap<>();
        List<Sent> sent = new ArrayList<>();
        for (Certificate certificate : candidates) {
            CompanyPolicy policy = policies.computeIfAbsent(certificate.companyId(), organization::policy);
            LocalDate today = LocalDate.ofInstant(now, policy.zone());
            for (Due due : ReminderSchedule.due(certificate, today, stages)) {
                if (claim(certificate.id(), due, now)) {
                    events.publishEvent(event(certificate, holders.get(certificate.workerId()), due));
                    sent.add(new Sent(certificate.id(), due.kind(), due.dueOn()));
                }
            }
        }
        return sent;
    }

    /** True for exactly one caller per certificate, kind and due date. */
    private boolean claim(UUID certificateId, Due due, Instant now) {
        return jdbc.sql("""
                        insert into certificate_reminder_stage (certificate_id, kind, due_on, stage_days, sent_at)
                        values (?, ?, ?, ?, ?) on conflict do nothing""")
                .params(certificateId, due.kind().name(), Date.valueOf(due.dueOn()), due.stageDays(),
                        Timestamp.from(now))
                .update() == 1;
    }

    private static Object event(Certificate c, Worker holder, Due due) {
        String name = holder == null ? "" : holder.name();
        return switch (due.kind()) {
            case EXPIRED -> new CertificateExpired(c.id(), c.workerId(), c.companyId(), name, c.itemCode(), c.itemName(),
                    due.dueOn());
            case EXPIRING_EXPIRY -> new CertificateExpiring(c.id(), c.workerId(), c.companyId(), name, c.itemCode(),
                    c.itemName(), due.dueOn(), "EXPIRY", due.stageDays());
            case EXPIRING_REVIEW -> new CertificateExpiring(c.id(), c.workerId(), c.companyId(), name, c.itemCode(),
                    c.itemName(), due.dueOn(), "REVIEW", due.stageDays());
        };
    }
}
