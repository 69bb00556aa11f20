package cn.anzuo.notification.domain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Renders an item's message keys in a language: the reader's on screen, Chinese in e-mail and the group robots.
 * An argument made by {@link #term} is itself a message key, so that a name such as a camera event's (烟火, Smoke or
 * fire) is told in the reader's language too.
 */
@Component
public class NoticeTexts {

    /** A term names a code's text, such as {@code alarms.metric.SMOKE}; free text (a note) never renders a sentence. */
    private static final Pattern TERM =
            Pattern.compile("#\\{([a-z][A-Za-z0-9]*(?:\\.[a-z][A-Za-z0-9]*)*\\.[A-Z][A-Z0-9_]*)}");

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

    /** The text of a message key with a notice's arguments. */
    public String render(String key, List<String> args, Locale locale) {
        Object[] resolved = args.stream().map(NoticeTexts::resolvable).toArray();
        return messages.getMessage(key, resolved, key, locale);
    }

    /**
     * An argument that names a code's message key, such as {@code alarms.metric.SMOKE}; rendered as that key's text
     * in the reader's language, or as the key if there is none.
     */
    public static String term(String key) {
        String term = "#{" + key + "}";
        if (!TERM.matcher(term).matches()) {
            throw new IllegalArgumentException("not a code's message key: " + key);
        }
        return term;
    }

    private static Object resolvable(String arg) {
        Matcher term = TERM.matcher(arg);
        return term.matches() ? new DefaultMessageSourceResolvable(new String[] {term.group(1)}, term.group(1)) : arg;
    }

    private String render(String key, InboxItem item, Locale locale) {
        return render(key, item.args(), locale);
    }
}
