package cn.anzuo.notification.web;

import cn.anzuo.notification.domain.Inbox;
import cn.anzuo.notification.domain.InboxEntry;
import cn.anzuo.notification.domain.NoticeTexts;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.web.PageRequestParams;
import cn.anzuo.shared.web.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own notifications; nobody reads another user's inbox, whatever their role. */
@RestController
@RequestMapping("/api/v1/notifications")
@PreAuthorize("isAuthenticated()")
@Tag(name = "Notifications")
class NotificationApiController {

    private final Inbox inbox;
    private final NoticeTexts texts;

    NotificationApiController(Inbox inbox, NoticeTexts texts) {
        this.inbox = inbox;
        this.texts = texts;
    }

    record UnreadCount(long unread) {}

    record MarkedRead(int marked) {}

    @GetMapping
    @Operation(summary = "List my notifications, newest first",
            description = "Title and body in the request's language (Accept-Language, default zh-CN). "
                    + "unreadOnly=true leaves read ones out.")
    PageResult<InboxEntry> list(
            CurrentUser me,
            @RequestParam(required = false, defaultValue = "false") boolean unreadOnly,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return inbox.page(me.id(), unreadOnly, PageRequestParams.of(page, size))
                .map(item -> texts.entry(item, LocaleContextHolder.getLocale()));
    }

    @GetMapping("/unread-count")
    @Operation(summary = "How many of my notifications are unread", description = "{\"unread\": n}")
    UnreadCount unreadCount(CurrentUser me) {
        return new UnreadCount(inbox.unreadCount(me.id()));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one of my notifications read",
            description = "Idempotent: the first reading time is kept. Another user's notification → 404 NOT_FOUND")
    InboxEntry markRead(CurrentUser me, @PathVariable UUID id) {
        return texts.entry(inbox.markRead(me.id(), id), LocaleContextHolder.getLocale());
    }

    @PostMapping("/read-all")
    @Operation(summary = "Mark all my notifications read", description = "{\"marked\": n}, the number that were unread")
    MarkedRead markAllRead(CurrentUser me) {
        return new MarkedRead(inbox.markAllRead(me.id()));
    }
}
