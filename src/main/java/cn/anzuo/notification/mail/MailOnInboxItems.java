package cn.anzuo.notification.mail;

import cn.anzuo.notification.domain.InboxItemStored;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hands each committed inbox item to {@link MailNotifier}, only where {@code spring.mail.host} is set. A module
 * listener is a durable event publication: a row written with the item, then two more writes and commits around the
 * call. Without e-mail, every permit submission paid them for a listener that did nothing.
 */
@Component
@ConditionalOnExpression("!'${spring.mail.host:}'.isBlank()")
class MailOnInboxItems {

    private final MailNotifier notifier;

    MailOnInboxItems(MailNotifier notifier) {
        this.notifier = notifier;
    }

    @ApplicationModuleListener
    void on(InboxItemStored event) {
        notifier.on(event);
    }
}
