package cn.anzuo.notification.reminder;

import cn.anzuo.notification.Notice;
import cn.anzuo.notification.Notifications;
import cn.anzuo.organization.Organization;
import cn.anzuo.organization.UserView;
import cn.anzuo.permit.ApprovalEscalated;
import cn.anzuo.permit.ApprovalReminderDue;
import cn.anzuo.permit.ApprovalRequested;
import cn.anzuo.permit.GasTestDue;
import cn.anzuo.permit.PermitApproved;
import cn.anzuo.permit.PermitRejected;
import cn.anzuo.permit.PermitSubmitted;
import cn.anzuo.shared.security.Role;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Speed of approval: the approvers of an open step hear of it at once (all steps at once when
 * expedited), are reminded, and deputies (safety officers and plant leaders) hear of an escalation;
 * the applicant hears of the final decision.
 */
@Component
class PermitNotices {

    private final Notifications notifications;
    private final Organization organization;

    PermitNotices(Notifications notifications, Organization organization) {
        this.notifications = notifications;
        this.organization = organization;
    }

    @ApplicationModuleListener
    void on(PermitSubmitted event) {
        String texts = event.expedite() ? "notification.permitExpedited" : "notification.permitSubmitted";
        notifications.notify(new Notice(usersWith(event.companyId(), event.pendingRoles()), event.companyId(),
                event.expedite() ? "PERMIT_EXPEDITED" : "APPROVAL_REQUESTED", texts + ".title", texts + ".body",
                List.of(event.number()), link(event.permitId()), "permit-submitted:" + event.permitId()));
    }

    @ApplicationModuleListener
    void on(ApprovalRequested event) {
        notifications.notify(new Notice(usersWith(event.companyId(), Set.of(event.role())), event.companyId(),
                "APPROVAL_REQUESTED", "notification.permitSubmitted.title", "notification.permitSubmitted.body",
                List.of(event.number()), link(event.permitId()), "approval-requested:" + event.permitId() + ":" + event.seq()));
    }

    @ApplicationModuleListener
    void on(ApprovalReminderDue event) {
        notifications.notify(new Notice(usersWith(event.companyId(), Set.of(event.role())), event.companyId(),
                "APPROVAL_REMINDER", "notification.approvalReminder.title", "notification.approvalReminder.body",
                List.of(event.number(), String.valueOf(event.minutesWaiting())), link(event.permitId()),
                "approval-reminder:" + event.permitId() + ":" + event.seq() + ":" + event.n()));
    }

    @ApplicationModuleListener
    void on(ApprovalEscalated event) {
        notifications.notify(new Notice(usersWith(event.companyId(), Set.of(Role.SAFETY_OFFICER, Role.PLANT_LEADER)),
                event.companyId(), "APPROVAL_ESCALATED", "notification.approvalEscalated.title",
                "notification.approvalEscalated.body",
                List.of(event.number(), String.valueOf(event.minutesWaiting())), link(event.permitId()),
                "approval-escalated:" + event.permitId() + ":" + event.seq()));
    }

    @ApplicationModuleListener
    void on(GasTestDue event) {
        Set<UUID> recipients = usersWith(event.companyId(), Set.of(Role.GAS_ANALYST));
        organization.userOfWorker(event.guardianId()).map(UserView::id).ifPresent(recipients::add);
        notifications.notify(new Notice(recipients, event.companyId(), "GAS_TEST_DUE",
                "notification.gasTestDue.title", "notification.gasTestDue.body", List.of(event.number()),
                link(event.permitId()), "gas-test-due:" + event.permitId() + ":" + event.slot()));
    }

    @ApplicationModuleListener
    void on(PermitApproved event) {
        notifications.notify(new Notice(Set.of(event.applicantId()), event.companyId(), "PERMIT_APPROVED",
                "notification.permitApproved.title", "notification.permitApproved.body", List.of(event.number()),
                link(event.permitId()), "permit-approved:" + event.permitId()));
    }

    @ApplicationModuleListener
    void on(PermitRejected event) {
        notifications.notify(new Notice(Set.of(event.applicantId()), event.companyId(), "PERMIT_REJECTED",
                "notification.permitRejected.title", "notification.permitRejected.body",
                List.of(event.number(), event.reason() == null ? "" : event.reason()), link(event.permitId()),
                "permit-rejected:" + event.permitId()));
    }

    private Set<UUID> usersWith(UUID companyId, Collection<Role> roles) {
        Set<UUID> users = new LinkedHashSet<>();
        roles.forEach(role -> organization.usersWithRole(companyId, role).stream().map(UserView::id).forEach(users::add));
        return users;
    }

    private static String link(UUID permitId) {
        return "/permits/" + permitId;
    }
}
