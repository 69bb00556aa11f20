package cn.anzuo.notification.channel;

import cn.anzuo.shared.crypto.PersonalDataCipher;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.problem.ProblemKind;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A company's channels (API.md "Channels"). Robot secrets are write-only: sealed with AES-GCM at rest and
 * answered masked; a change without a secret keeps the stored one.
 */
@Component
public class ChannelSettings {

    /** One group robot: its webhook and (DingTalk, Feishu) signing secret. */
    public record Robot(String webhookUrl, String secret) {}

    /** What a company configured; a null robot is not used. */
    public record Channels(Robot wecom, Robot dingtalk, Robot feishu, boolean sms) {
        public static final Channels NONE = new Channels(null, null, null, false);
    }

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final Clock clock;

    ChannelSettings(JdbcClient jdbc, PersonalDataCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** With the secrets in clear: for sending only. */
    @Transactional(readOnly = true)
    public Channels of(UUID companyId) {
        return jdbc.sql("""
                        select wecom_url, dingtalk_url, dingtalk_secret_cipher, feishu_url, feishu_secret_cipher, sms_enabled
                        from notification_channel where company_id = ?""")
                .param(companyId)
                .query((rs, n) -> new Channels(robot(rs.getString(1), null), robot(rs.getString(2), rs.getString(3)),
                        robot(rs.getString(4), rs.getString(5)), rs.getBoolean(6)))
                .optional().orElse(Channels.NONE);
    }

    /** Replaces the channels; a robot given without a secret keeps its stored secret. 422 INVALID_WEBHOOK. */
    @Transactional
    public Channels change(UUID companyId, Channels changes, UUID by) {
        Channels current = of(companyId);
        Robot wecom = valid(changes.wecom(), null, "wecom");
        Robot dingtalk = valid(changes.dingtalk(), current.dingtalk(), "dingtalk");
        Robot feishu = valid(changes.feishu(), current.feishu(), "feishu");
        jdbc.sql("delete from notification_channel where company_id = ?").param(companyId).update();
        jdbc.sql("""
                        insert into notification_channel (company_id, wecom_url, dingtalk_url, dingtalk_secret_cipher,
                                                          feishu_url, feishu_secret_cipher, sms_enabled, updated_at, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(companyId, url(wecom), url(dingtalk), seal(dingtalk), url(feishu), seal(feishu), changes.sms(),
                        Timestamp.from(clock.instant()), by)
                .update();
        return of(companyId);
    }

    private static Robot valid(Robot robot, Robot stored, String field) {
        if (robot == null || robot.webhookUrl() == null || robot.webhookUrl().isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(robot.webhookUrl().trim());
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
                    || robot.webhookUrl().length() > 500) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw new BusinessProblem(ProblemKind.RULE, "INVALID_WEBHOOK", field + ".webhookUrl");
        }
        String secret = robot.secret() != null && !robot.secret().isBlank() ? robot.secret().trim()
                : stored == null ? null : stored.secret();
        return new Robot(robot.webhookUrl().trim(), secret);
    }

    private Robot robot(String url, String sealed) {
        return url == null ? null : new Robot(url, sealed == null ? null : cipher.decrypt(sealed));
    }

    private static String url(Robot robot) {
        return robot == null ? null : robot.webhookUrl();
    }

    private String seal(Robot robot) {
        return robot == null || robot.secret() == null ? null : cipher.encrypt(robot.secret());
    }
}
