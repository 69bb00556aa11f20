package cn.anzuo.notification.channel;

import java.net.http.HttpClient;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Durable deliveries to a company's channels (ADR 0055). {@link #enqueue} writes one PENDING row per
 * configured group robot in the caller's transaction (so a message exists exactly when its occasion does,
 * and the unique channel + dedup key makes a repeated occasion a no-op); a job sends what is due, and a
 * failure waits 1, 2, 4 … minutes (at most an hour) until the sixth attempt marks it FAILED. Rows survive a
 * restart, so nothing pending is lost; a row being sent when a node dies is sent again (at least once).
 */
@Service
public class ChannelDeliveries {

    private static final Logger log = LoggerFactory.getLogger(ChannelDeliveries.class);

    public enum Channel { WECOM, DINGTALK, FEISHU, SMS, EMAIL }

    public enum Status { PENDING, SENT, FAILED }

    /** A delivery as the admin sees it; an SMS or e-mail recipient is masked (****1234, z***@plant.example). */
    public record Delivery(UUID id, UUID companyId, Channel channel, String recipient, String title, Status status,
            int attempts, String lastError, Instant nextAttemptAt, Instant createdAt, Instant sentAt) {}

    /** Whom an SMS goes to: the user (for deduplication) and the phone number of their worker record. */
    public record SmsRecipient(UUID userId, String phone) {}

    private final JdbcClient jdbc;
    private final ChannelSettings settings;
    private final WeComRobot wecom;
    private final DingTalkRobot dingtalk;
    private final FeishuRobot feishu;
    /** Seven long messages of 67 characters: gateways split and bill longer texts, alarms need none of that. */
    static final int SMS_MAX_CHARS = 469;

    private final DeliveryBackoff backoff = DeliveryBackoff.DEFAULT;
    private final SmsSender sms;
    private final ObjectProvider<EmailSender> email;
    private final Clock clock;

    ChannelDeliveries(JdbcClient jdbc, ChannelSettings settings, JsonMapper json, SmsSender sms,
            ObjectProvider<EmailSender> email, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.sms = sms;
        this.email = email;
        this.clock = clock;
        HttpClient http = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(5)).build();
        this.wecom = new WeComRobot(http, json);
        this.dingtalk = new DingTalkRobot(http, json, clock);
        this.feishu = new FeishuRobot(http, json, clock);
    }

    /** One PENDING delivery per configured robot of the company; returns how many were new. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int enqueue(UUID companyId, String title, String body, String dedupKey) {
        return enqueue(companyId, title, body, dedupKey, List.of());
    }

    /**
     * One PENDING delivery per configured robot of the company and, when the company has SMS switched on, one per
     * recipient with a phone number; returns how many were new (a repeated occasion adds none).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int enqueue(UUID companyId, String title, String body, String dedupKey, List<SmsRecipient> smsRecipients) {
        ChannelSettings.Channels channels = settings.of(companyId);
        int added = 0;
        for (Channel channel : List.of(Channel.WECOM, Channel.DINGTALK, Channel.FEISHU)) {
            if (robot(channels, channel).isPresent()) {
                added += insert(companyId, channel, null, title, body, dedupKey);
            }
        }
        if (channels.sms()) {
            for (SmsRecipient recipient : smsRecipients) {
                if (recipient.phone() != null && !recipient.phone().isBlank()) {
                    added += insert(companyId, Channel.SMS, recipient.phone().strip(), title, body,
                            DedupKeys.perRecipient(dedupKey, recipient.userId()));
                }
            }
        }
        return added;
    }

    /** One PENDING e-mail to the address, once per dedup key (the e-mail adapter's occasion, e.g. an inbox item). */
    @Transactional(propagation = Propagation.MANDATORY)
    public int enqueueEmail(UUID companyId, String address, String subject, String text, String dedupKey) {
        return insert(companyId, Channel.EMAIL, address, subject, text, dedupKey);
    }

    private int insert(UUID companyId, Channel channel, String recipient, String title, String body, String dedupKey) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                        insert into notification_delivery (id, company_id, channel, recipient, dedup_key, title, body,
                                                           status, attempts, next_attempt_at, created_at)
                        select ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ? where not exists
                        (select 1 from notification_delivery where channel = ? and dedup_key = ?)""")
                .params(UUID.randomUUID(), companyId, channel.name(), recipient, dedupKey, cut(title, 200),
                        cut(body, 2000), now, now, channel.name(), dedupKey)
                .update();
    }

    /**
     * A node killed while sending keeps the lock until {@code lockAtMostFor}: the CI crash test saw an alarm's robot
     * message wait out the 5 minutes it was. A run now stops taking rows after {@link #RUN_BUDGET} (the next run goes
     * on), so it ends within the budget plus one send's time-out (10 s), well inside 45 s.
     */
    @Scheduled(fixedDelayString = "${anzuo.notification.delivery-interval:PT15S}", initialDelayString = "PT10S")
    @SchedulerLock(name = "channel-deliveries", lockAtMostFor = "PT45S")
    public void scheduled() {
        deliverDue();
    }

    private static final Duration RUN_BUDGET = Duration.ofSeconds(20);

    /** Sends the due deliveries once, for at most {@link #RUN_BUDGET}; returns how many were sent. */
    public int deliverDue() {
        long deadline = System.nanoTime() + RUN_BUDGET.toNanos();
        int sent = 0;
        EmailSender mail = email.getIfAvailable();
        boolean canMail = mail != null && mail.enabled();
        for (UUID id : jdbc.sql("select id from notification_delivery where status = 'PENDING' and next_attempt_at <= ?"
                        + (canMail ? "" : " and channel <> 'EMAIL'") + " order by next_attempt_at limit 200")
                .param(Timestamp.from(clock.instant())).query(UUID.class).list()) {
            if (System.nanoTime() > deadline) {
                break;
            }
            if (deliver(id)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean deliver(UUID id) {
        record Row(UUID companyId, Channel channel, String recipient, String title, String body, int attempts) {}
        Row row = jdbc.sql("""
                        select company_id, channel, recipient, title, body, attempts from notification_delivery
                        where id = ?""")
                .param(id).query((rs, n) -> new Row(rs.getObject(1, UUID.class), Channel.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6))).single();
        Instant now = clock.instant();
        try {
            switch (row.channel()) {
                case SMS -> sendSms(row.companyId(), row.recipient(), row.title(), row.body());
                case EMAIL -> email.getObject().send(row.recipient(), row.title(), row.body());
                default -> sendToRobot(row.companyId(), row.channel(), row.title(), row.body());
            }
            jdbc.sql("update notification_delivery set status = 'SENT', attempts = ?, sent_at = ?, last_error = null "
                    + "where id = ?").params(row.attempts() + 1, Timestamp.from(now), id).update();
            return true;
        } catch (ChannelDeliveryFailed failed) {
            int attempts = row.attempts() + 1;
            Optional<Instant> next = backoff.nextAttempt(attempts, now);
            log.warn("Delivery {} to {} failed (attempt {}): {}", id, row.channel(), attempts, failed.getMessage());
            jdbc.sql("""
                            update notification_delivery set status = ?, attempts = ?, last_error = ?, next_attempt_at = ?
                            where id = ?""")
                    .params(next.isPresent() ? "PENDING" : "FAILED", attempts, cut(failed.getMessage(), 500),
                            Timestamp.from(next.orElse(now)), id)
                    .update();
            return false;
        }
    }

    private void sendToRobot(UUID companyId, Channel channel, String title, String body) {
        ChannelSettings.Robot robot = robot(settings.of(companyId), channel)
                .orElseThrow(() -> new ChannelDeliveryFailed("channel no longer configured"));
        GroupRobot sender = switch (channel) {
            case WECOM -> wecom;
            case DINGTALK -> dingtalk;
            case FEISHU -> feishu;
            case SMS, EMAIL -> throw new IllegalArgumentException(channel + " is not a group robot");
        };
        sender.send(robot.webhookUrl(), robot.secret(), new RobotMessage(title, body));
    }

    private void sendSms(UUID companyId, String phone, String title, String body) {
        if (!settings.of(companyId).sms()) {
            throw new ChannelDeliveryFailed("SMS switched off");
        }
        sms.send(phone, cut(title + "：" + body, SMS_MAX_CHARS));
    }

    @Transactional(readOnly = true)
    public List<Delivery> list(UUID companyId, Status status, int offset, int limit) {
        List<Object> params = new ArrayList<>(List.of(companyId));
        if (status != null) {
            params.add(status.name());
        }
        params.add(limit);
        params.add(offset);
        return jdbc.sql("""
                        select id, company_id, channel, recipient, title, status, attempts, last_error, next_attempt_at, created_at, sent_at
                        from notification_delivery where company_id = ?""" + (status == null ? "" : " and status = ?")
                        + " order by created_at desc, id limit ? offset ?")
                .params(params).query(this::row).list();
    }

    @Transactional(readOnly = true)
    public long count(UUID companyId, Status status) {
        return jdbc.sql("select count(*) from notification_delivery where company_id = ?"
                        + (status == null ? "" : " and status = ?"))
                .params(status == null ? List.of(companyId) : List.of(companyId, status.name()))
                .query(Long.class).single();
    }

    private Delivery row(ResultSet rs, int n) throws SQLException {
        String recipient = rs.getString(4);
        return new Delivery(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), Channel.valueOf(rs.getString(3)),
                Recipients.mask(recipient), rs.getString(5),
                Status.valueOf(rs.getString(6)), rs.getInt(7), rs.getString(8), instant(rs, 9), instant(rs, 10),
                instant(rs, 11));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Optional<ChannelSettings.Robot> robot(ChannelSettings.Channels channels, Channel channel) {
        return Optional.ofNullable(switch (channel) {
            case WECOM -> channels.wecom();
            case DINGTALK -> channels.dingtalk();
            case FEISHU -> channels.feishu();
            case SMS, EMAIL -> null;
        });
    }

    private static String cut(String text, int max) {
        return text == null ? "" : text.length() <= max ? text : text.substring(0, max);
    }
}
