package cn.anzuo.notification;

import cn.anzuo.notification.channel.ChannelDeliveries;
import cn.anzuo.notification.domain.Inbox;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notification module's facade. {@link #notify(Notice)} puts one item into each recipient's
 * inbox in the caller's transaction; after it commits, the item is also e-mailed (when SMTP is
 * configured). Modules may call it, or publish an event this module listens to.
 */
@Service
public class Notifications {

    private final Inbox inbox;
    private final ChannelDeliveries channels;

    Notifications(Inbox inbox, ChannelDeliveries channels) {
        this.inbox = inbox;
        this.channels = channels;
    }

    /** Delivers the notice; returns how many inbox items were new (a repeated dedup key adds none). */
    public int notify(Notice notice) {
        return inbox.deliver(notice).size();
    }

    /**
     * Queues an already rendered text for each group robot the company configured (WeCom, DingTalk, Feishu), in the
     * caller's transaction, so the message exists exactly when its occasion does; a repeated dedup key adds none.
     * Returns how many deliveries were new.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int toGroupChannels(UUID companyId, String title, String body, String dedupKey) {
        return channels.enqueue(companyId, title, body, dedupKey);
    }
}
