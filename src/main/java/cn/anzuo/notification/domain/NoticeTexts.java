package cn.anzuo.notification.domain;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Renders an item's message keys in a language: the reader's on screen, Chinese in e-mail. */
@Component
public class NoticeTexts {

    private final MessageSource messages;

    NoticeTexts(MessageSource messages) {
        this.messages = messages;
    }

    public InboxEntry entry(InboxItem item, Locale locale) {
        return new InboxEntry(item.id(), item.kind(), title(item, locale), body(item, locale), item.link(),
                item.createdAt(), item.readAt(), item.isRead());
    }

    public String title(InboxItem item, Locale locale) {
        return render(item.titleKey(), item, locale);
    }

    public String body(InboxItem item, Locale locale) {
        return render(item.bodyKey(), item, locale);
    }

    public String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private String render(String key, InboxItem item, Locale locale) {
        return messages.getMessage(key, item.args().toArray(), key, locale);
    }
}
