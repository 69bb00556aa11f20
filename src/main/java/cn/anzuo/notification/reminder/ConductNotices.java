package cn.anzuo.notification.reminder;

import cn.anzuo.notification.Notice;
import cn.anzuo.notification.Notifications;
import cn.anzuo.organization.Organization;
import cn.anzuo.organization.UserView;
import cn.anzuo.qualification.WorkerSanctioned;
import java.util.List;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Cheating has consequences the worker hears of (PRODUCT.md §2.5): a violation recorded against a worker
 * (a failed spot check, or recorded by a safety officer or auditor) reaches the worker's own user as a
 * warning, or as the suspension from permits until retraining. A worker without a user is not told here.
 */
@Component
class ConductNotices {

    private final Notifications notifications;
    private final Organization organization;

    ConductNotices(Notifications notifications, Organization organization) {
        this.notifications = notifications;
        this.organization = organization;
    }

    @ApplicationModuleListener
    void on(WorkerSanctioned event) {
        var user = organization.userOfWorker(event.workerId()).map(UserView::id);
        if (user.isEmpty()) {
            return;
        }
        boolean suspended = "SUSPENDED".equals(event.sanction());
        String texts = suspended ? "notification.workerSuspended" : "notification.violationWarning";
        String what = event.note() == null || event.note().isBlank() ? event.kind() : event.note().strip();
        notifications.notify(new Notice(Set.of(user.get()), event.companyId(),
                suspended ? "WORKER_SUSPENDED" : "VIOLATION_WARNING", texts + ".title", texts + ".body", List.of(what),
                event.permitId() == null ? null : "/p/" + event.permitId(), "violation:" + event.violationId()));
    }
}
