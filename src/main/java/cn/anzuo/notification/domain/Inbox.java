package cn.anzuo.notification.domain;

import cn.anzuo.notification.Notice;
import cn.anzuo.shared.problem.RecordNotFound;
import cn.anzuo.shared.web.PageRequestParams;
import cn.anzuo.shared.web.PageResult;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Everybody's inbox: delivering notices, and each user reading and marking their own items. */
@Service
@Transactional
public class Inbox {

    private final InboxItemRepository items;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Inbox(InboxItemRepository items, ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.events = events;
        this.clock = clock;
    }

    /** One item per recipient; an occasion already delivered to a recipient (same dedup key) is skipped. */
    public List<InboxItem> deliver(Notice notice) {
        Instant now = clock.instant();
        List<InboxItem> delivered = new ArrayList<>();
        for (UUID recipient : notice.recipientIds()) {
            InboxItem item = InboxItem.create(recipient, notice.companyId(), notice.kind(), notice.titleKey(),
                    notice.bodyKey(), notice.args(), notice.link(), notice.dedupKey(), now);
            if (notice.dedupKey() != null && items.existsById(item.id())) {
                continue;
            }
            delivered.add(items.save(item));
            events.publishEvent(new InboxItemStored(item.id(), recipient));
        }
        return delivered;
    }

    @Transactional(readOnly = true)
    public PageResult<InboxItem> page(UUID userId, boolean unreadOnly, PageRequestParams params) {
        PageRequest request = PageRequest.of(params.page(), params.size());
        Page<InboxItem> page = unreadOnly
                ? items.findByUserIdAndReadAtIsNullOrderByCreatedAtDescIdDesc(userId, request)
                : items.findByUserIdOrderByUserIdDescCreatedAtDescIdDesc(userId, request);
        return new PageResult<>(page.getContent(), params.page(), params.size(), page.getTotalElements());
    }

    @Transactional(readOnly = true)
    public long unreadCount(UUID userId) {
        return items.countByUserIdAndReadAtIsNull(userId);
    }

    /** An item for the e-mail channel, whoever it belongs to; not for the web. */
    @Transactional(readOnly = true)
    public Optional<InboxItem> forDelivery(UUID itemId) {
        return items.findById(itemId);
    }

    /** The user's own item; another user's item is reported as not found. */
    @Transactional(readOnly = true)
    public InboxItem item(UUID userId, UUID itemId) {
        return items.findByIdAndUserId(itemId, userId).orElseThrow(() -> new RecordNotFound("notification", itemId));
    }

    /** The item as read: by this call, or by whoever marked it first (then with their time). */
    public InboxItem markRead(UUID userId, UUID itemId) {
        InboxItem item = item(userId, itemId);
        if (!item.markRead(clock.instant()) || items.storeRead(item.id(), item.readAt()) == 1) {
            return item;
        }
        return item(userId, itemId);
    }

    /** @return how many items were unread */
    public int markAllRead(UUID userId) {
        Instant now = clock.instant();
        int marked = 0;
        for (InboxItem item : items.findByUserIdAndReadAtIsNull(userId)) {
            if (item.markRead(now)) {
                marked += items.storeRead(item.id(), item.readAt());
            }
        }
        return marked;
    }
}
