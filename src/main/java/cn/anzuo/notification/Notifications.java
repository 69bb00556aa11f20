package cn.anzuo.notification;

import cn.anzuo.notification.domain.Inbox;
import org.springframework.stereotype.Service;

/**
 * The notification module's facade. {@link #notify(Notice)} puts one item into each recipient's
 * inbox in the caller's transaction; after it commits, the item is also e-mailed (when SMTP is
 * configured). Modules may call it, or publish an event this module listens to.
 */
@Service
public class Notifications {

    private final Inbox inbox;

    Notifications(Inbox inbox) {
        this.inbox = inbox;
    }

    /** Delivers the notice; returns how many inbox items were new (a repeated dedup key adds none). */
    public int notify(Notice notice) {
        return inbox.deliver(notice).size();
    }
}
