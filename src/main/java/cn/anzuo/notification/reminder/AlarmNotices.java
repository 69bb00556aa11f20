package cn.anzuo.notification.reminder;

import cn.anzuo.monitoring.AlarmAcknowledged;
import cn.anzuo.monitoring.AlarmEscalated;
import cn.anzuo.monitoring.AlarmLevel;
import cn.anzuo.monitoring.AlarmRaised;
import cn.anzuo.monitoring.AlarmResolved;
import cn.anzuo.notification.Notice;
import cn.anzuo.notification.Notifications;
import cn.anzuo.notification.channel.ChannelDeliveries;
import cn.anzuo.notification.domain.NoticeTexts;
import cn.anzuo.organization.Organization;
import cn.anzuo.organization.SiteView;
import cn.anzuo.organization.UserView;
import cn.anzuo.permit.PermitRecord;
import cn.anzuo.permit.Permits;
import cn.anzuo.qualification.Qualifications;
import cn.anzuo.qualification.WorkerView;
import cn.anzuo.shared.security.Role;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Everyone who must act hears of an alarm at once (API.md "Effect"): the company's safety officers and the
 * leader and guardian of every live permit at the site; the plant leaders when nobody acknowledged it in
 * time; the same people again when it is acknowledged and resolved.
 */
@Component
class AlarmNotices {

    private final Notifications notifications;
    private final Organization organization;
    private final Permits permits;
    private final ChannelDeliveries channels;
    private final NoticeTexts texts;
    private final MessageSource messages;
    private final Qualifications qualifications;

    AlarmNotices(Notifications notifications, Organization organization, Permits permits,
            ChannelDeliveries channels, NoticeTexts texts, MessageSource messages, Qualifications qualifications) {
        this.notifications = notifications;
        this.organization = organization;
        this.permits = permits;
        this.channels = channels;
        this.texts = texts;
        this.messages = messages;
        this.qualifications = qualifications;
    }

    /**
     * The same notice to the company's group robots and, by SMS, to each recipient whose worker record has a phone
     * number, in Chinese (the groups' language).
     */
    private void toChannels(Notice notice) {
        channels.enqueue(notice.companyId(), texts.render(notice.titleKey(), notice.args(), Locale.SIMPLIFIED_CHINESE),
                texts.render(notice.bodyKey(), notice.args(), Locale.SIMPLIFIED_CHINESE), notice.dedupKey(),
                smsRecipients(notice.recipientIds()));
    }

    private List<ChannelDeliveries.SmsRecipient> smsRecipients(Set<UUID> userIds) {
        List<ChannelDeliveries.SmsRecipient> recipients = new ArrayList<>();
        for (UUID userId : userIds) {
            organization.user(userId).map(UserView::workerId).flatMap(qualifications::worker)
                    .map(WorkerView::phone).filter(phone -> !phone.isBlank())
                    .ifPresent(phone -> recipients.add(new ChannelDeliveries.SmsRecipient(userId, phone)));
        }
        return recipients;
    }

    /**
     * A gas alarm tells its reading and limit with the unit; a camera event (value null) has neither, and tells what
     * the camera saw.
     */
    @ApplicationModuleListener
    void on(AlarmRaised e) {
        String level = e.level() == AlarmLevel.LEVEL_2 ? "2" : "1";
        boolean reading = e.value() != null;
        List<String> args = new ArrayList<>(List.of(siteName(e.siteId()), e.deviceCode(), metricName(e.metric())));
        if (reading) {
            args.add(withUnit(e.value(), e.metric()));
            args.add(e.threshold() == null ? "" : withUnit(e.threshold(), e.metric()));
        }
        Notice notice = new Notice(concerned(e.companyId(), e.siteId()), e.companyId(), "ALARM_RAISED",
                "notification.alarm" + level + ".title",
                (reading ? "notification.alarm" : "notification.alarmEvent") + level + ".body", args,
                link(e.alarmId()), "alarm-raised:" + e.alarmId() + ":" + e.level());
        notifications.notify(notice);
        toChannels(notice);
    }

    @ApplicationModuleListener
    void on(AlarmEscalated e) {
        Set<UUID> leaders = usersWith(e.companyId(), Role.PLANT_LEADER);
        Notice notice = new Notice(leaders, e.companyId(), "ALARM_ESCALATED", "notification.alarmEscalated.title",
                "notification.alarmEscalated.body",
                List.of(siteName(e.siteId()), e.deviceCode(), metricName(e.metric()), String.valueOf(e.minutes())),
                link(e.alarmId()), "alarm-escalated:" + e.alarmId());
        notifications.notify(notice);
        toChannels(notice);
    }

    @ApplicationModuleListener
    void on(AlarmAcknowledged e) {
        notifications.notify(new Notice(concerned(e.companyId(), e.siteId()), e.companyId(), "ALARM_ACKNOWLEDGED",
                "notification.alarmAcknowledged.title", "notification.alarmAcknowledged.body",
                List.of(siteName(e.siteId()), userName(e.byUserId()), String.valueOf(e.responseSeconds())),
                link(e.alarmId()), "alarm-acknowledged:" + e.alarmId()));
    }

    @ApplicationModuleListener
    void on(AlarmResolved e) {
        notifications.notify(new Notice(concerned(e.companyId(), e.siteId()), e.companyId(), "ALARM_RESOLVED",
                "notification.alarmResolved.title", "notification.alarmResolved.body",
                List.of(siteName(e.siteId()), userName(e.byUserId()), e.note() == null ? "" : e.note()),
                link(e.alarmId()), "alarm-resolved:" + e.alarmId()));
    }

    /** The safety officers, and the leader and guardian of every live permit at the site. */
    private Set<UUID> concerned(UUID companyId, UUID siteId) {
        Set<UUID> users = usersWith(companyId, Role.SAFETY_OFFICER);
        for (PermitRecord permit : permits.liveAt(siteId)) {
            organization.userOfWorker(permit.crew().leaderId()).map(UserView::id).ifPresent(users::add);
            organization.userOfWorker(permit.crew().guardianId()).map(UserView::id).ifPresent(users::add);
        }
        return users;
    }

    private Set<UUID> usersWith(UUID companyId, Role role) {
        Set<UUID> users = new LinkedHashSet<>();
        organization.usersWithRole(companyId, role).forEach(u -> users.add(u.id()));
        return users;
    }

    private String siteName(UUID siteId) {
        return organization.site(siteId).map(SiteView::name).orElse("");
    }

    private String userName(UUID userId) {
        return organization.user(userId).map(UserView::displayName).orElse("");
    }

    /** The gas or camera event by name (可燃气体, 烟火), in each reader's language: the code if it has none. */
    private static String metricName(String metric) {
        return NoticeTexts.term("alarms.metric." + metric);
    }

    /** Units are the same in every language: {@code 52.0 %LEL}. */
    private String withUnit(double value, String metric) {
        String unit = messages.getMessage("alarms.unit." + metric, null, "", Locale.SIMPLIFIED_CHINESE);
        return (String.format(Locale.ROOT, "%.1f", value) + " " + unit).strip();
    }

    private static String link(UUID alarmId) {
        return "/alarms/" + alarmId;
    }
}
