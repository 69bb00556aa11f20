package cn.anzuo.notification.channel;

import java.net.http.HttpClient;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    public enum Channel { WECOM, DINGTALK, FEISHU }

    public enum Status { PENDING, SENT, FAILED }

    public record Delivery(UUID id, UUID companyId, Channel channel, String title, Status status, int attempts,
            String lastError, Instant nextAttemptAt, Instant createdAt, Instant sentAt) {}

    private final JdbcClient jdbc;
    private final ChannelSettings settings;
    private final WeComRobot wecom;
    private final DingTalkRobot dingtalk;
    private final FeishuRobot feishu;
    private final DeliveryBackoff backoff = DeliveryBackoff.DEFAULT;
    private final Clock clock;

    ChannelDeliveries(JdbcClient jdbc, ChannelSettings settings, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
        HttpClient http = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(5)).build();
        this.wecom = new WeComRobot(http, json);
        this.dingtalk = new DingTalkRobot(http, json, clock);
        this.feishu = new FeishuRobot(http, json, clock);
    }

    /** One PENDING delivery per configured robot of the company; returns how many were new. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int enqueue(UUID companyId, String title, String body, String dedupKey) {
        ChannelSettings.Channels channels = settings.of(companyId);
        int added = 0;
        for (Channel channel : Channel.values()) {
            if (robot(channels, channel).isEmpty()) {
                continue;
            }
            int inserted = jdbc.sql("""
                            insert into notification_delivery (id, company_id, channel, dedup_key, title, body, status,
                                                               attempts, next_attempt_at, created_at)
                            select ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ? where not exists
                            (select 1 from notification_delivery where channel = ? and dedup_key = ?)""")
                    .params(UUID.randomUUID(), companyId, channel.name(), dedupKey, cut(title, 200), cut(body, 2000),
                            Timestamp.from(clock.instant()), Timestamp.from(clock.instant()), channel.name(), dedupKey)
                    .update();
            added += inserted;
        }
        return added;
    }

    @Scheduled(fixedDelayString = "${anzuo.notification.delivery-interval:PT15S}", initialDelayString = "PT10S")
    @SchedulerLock(name = "channel-deliveries", lockAtMostFor = "PT5M")
    public void scheduled() {
        deliverDue();
    }

    /** Sends every due delivery once; returns how many were sent. */
    public int deliverDue() {
        int sent = 0;
        for (UUID id : jdbc.sql("""
                        select id from notification_delivery where status = 'PENDING' and next_attempt_at <= ?
                        order by next_attempt_at limit 200""")
                .param(Timestamp.from(clock.instant())).query(UUID.class).list()) {
            if (deliver(id)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean deliver(UUID id) {
        record Row(UUID companyId, Channel channel, String title, String body, int attempts) {}
        Row row = jdbc.sql("select company_id, channel, title, body, attempts from notification_delivery where id = ?")
                .param(id).query((rs, n) -> new Row(rs.getObject(1, UUID.class), Channel.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getInt(5))).single();
        Instant now = clock.instant();
        try {
            ChannelSettings.Robot robot = robot(settings.of(row.companyId()), row.channel())
                    .orElseThrow(() -> new ChannelDeliveryFailed("channel no longer configured"));
            GroupRobot sender = switch (row.channel()) {
                case WECOM -> wecom;
                case DINGTALK -> dingtalk;
                case FEISHU -> feishu;
            };
            sender.send(robot.webhookUrl(), robot.secret(), new RobotMessage(row.title(), row.body()));
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

    @Transactional(readOnly = true)
    public List<Delivery> list(UUID companyId, Status status, int offset, int limit) {
        List<Object> params = new ArrayList<>(List.of(companyId));
        if (status != null) {
            params.add(status.name());
        }
        params.add(limit);
        params.add(offset);
        return jdbc.sql("""
                        select id, company_id, channel, title, status, attempts, last_error, next_attempt_at, created_at, sent_at
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
        return new Delivery(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), Channel.valueOf(rs.getString(3)),
                rs.getString(4), Status.valueOf(rs.getString(5)), rs.getInt(6), rs.getString(7), instant(rs, 8),
                instant(rs, 9), instant(rs, 10));
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
        });
    }

    private static String cut(String text, int max) {
        return text == null ? "" : text.length() <= max ? text : text.substring(0, max);
    }
}
