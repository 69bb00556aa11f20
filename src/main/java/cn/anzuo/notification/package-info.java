/**
 * Notifications (通知): the in-app inbox (站内信) of every user and e-mail, fed by other modules'
 * events (a certificate expiring or expired) or by a direct {@link cn.anzuo.notification.Notifications#notify}
 * call. Texts are message keys, rendered in the reader's language when read.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"organization", "qualification", "permit", "monitoring", "shared"})
package cn.anzuo.notification;
