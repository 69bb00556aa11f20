package cn.anzuo.notification.reminder;

import cn.anzuo.notification.Notice;
import cn.anzuo.notification.Notifications;
import cn.anzuo.organization.Organization;
import cn.anzuo.organization.UserView;
import cn.anzuo.qualification.CertificateExpired;
import cn.anzuo.qualification.CertificateExpiring;
import cn.anzuo.shared.security.Role;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * PRODUCT.md §2.1: when a certificate enters its reminder window, and again when it expires, the
 * worker (through the user linked to them), the company's safety officers and its work leaders are
 * told. Runs after the publisher's commit; the event publication registry redelivers after a crash,
 * and the dedup key keeps a redelivery from adding a second item.
 */
@Component
class CertificateNotices {

    static final String EXPIRING = "CERTIFICATE_EXPIRING";
    static final String REVIEW_DUE = "CERTIFICATE_REVIEW_DUE";
    static final String EXPIRED = "CERTIFICATE_EXPIRED";

    private final Notifications notifications;
    private final Organization organization;

    CertificateNotices(Notifications notifications, Organization organization) {
        this.notifications = notifications;
        this.organization = organization;
    }

    @ApplicationModuleListener
    void on(CertificateExpiring event) {
        boolean review = "REVIEW".equals(event.dueKind());
        String kind = review ? REVIEW_DUE : EXPIRING;
        String texts = review ? "notification.certificateReviewDue" : "notification.certificateExpiring";
        notifications.notify(new Notice(recipients(event.workerId(), event.companyId()), event.companyId(), kind,
                texts + ".title", body(texts, event.itemCode()),
                args(event.workerName(), event.itemName(), event.itemCode(), event.dueOn()), null,
                kind + ":" + event.certificateId() + ":" + event.dueOn() + ":" + event.stageDays()));
    }

    @ApplicationModuleListener
    void on(CertificateExpired event) {
        notifications.notify(new Notice(recipients(event.workerId(), event.companyId()), event.companyId(), EXPIRED,
                "notification.certificateExpired.title", body("notification.certificateExpired", event.itemCode()),
                args(event.workerName(), event.itemName(), event.itemCode(), event.expiredOn()), null,
                EXPIRED + ":" + event.certificateId() + ":" + event.expiredOn()));
    }

    /** Guardian training (监护人) has no catalogue number to show beside its name: the text without it. */
    private static String body(String texts, String itemCode) {
        return "GUARDIAN".equals(itemCode) ? texts + ".bodyWithoutCode" : texts + ".body";
    }

    private static List<String> args(Object... values) {
        return Arrays.stream(values).map(value -> Objects.toString(value, "")).toList();
    }

    /** The worker's own user (if any), the company's safety officers and work leaders; each once. */
    private Set<UUID> recipients(UUID workerId, UUID companyId) {
        Set<UUID> recipients = new LinkedHashSet<>();
        if (workerId != null) {
            organization.userOfWorker(workerId).map(UserView::id).ifPresent(recipients::add);
        }
        for (Role role : List.of(Role.SAFETY_OFFICER, Role.WORK_LEADER)) {
            organization.usersWithRole(companyId, role).forEach(user -> recipients.add(user.id()));
        }
        return recipients;
    }
}
