package cn.anzuo.notification.reminder;

import cn.anzuo.notification.Notice;
import cn.anzuo.notification.Notifications;
import cn.anzuo.organization.Organization;
import cn.anzuo.organization.UserView;
import cn.anzuo.permit.PermitSuspended;
import cn.anzuo.permit.Permits;
import cn.anzuo.permit.SuspensionCause;
import cn.anzuo.shared.security.Role;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A guardian left the work or went silent (API.md "Guardian presence"): the leader of the permit and the
 * company's safety officers hear of the suspension at once.
 */
@Component
class PresenceNotices {

    private final Notifications notifications;
    private final Organization organization;
    private final Permits permits;

    PresenceNotices(Notifications notifications, Organization organization, Permits permits) {
        this.notifications = notifications;
        this.organization = organization;
        this.permits = permits;
    }

    @ApplicationModuleListener
    void on(PermitSuspended event) {
        if (event.cause() != SuspensionCause.GUARDIAN_ABSENT) {
            return;
        }
        Set<UUID> recipients = new LinkedHashSet<>();
        organization.usersWithRole(event.companyId(), Role.SAFETY_OFFICER).stream().map(UserView::id)
                .forEach(recipients::add);
        permits.crew(event.permitId()).flatMap(crew -> organization.userOfWorker(crew.leaderId()))
                .map(UserView::id).ifPresent(recipients::add);
        notifications.notify(new Notice(recipients, event.companyId(), "GUARDIAN_ABSENT",
                "notification.guardianAbsent.title", "notification.guardianAbsent.body",
                List.of(event.number(), event.reason() == null ? "" : event.reason()), "/permits/" + event.permitId(),
                "guardian-absent:" + event.permitId() + ":" + event.at().toEpochMilli()));
    }
}
