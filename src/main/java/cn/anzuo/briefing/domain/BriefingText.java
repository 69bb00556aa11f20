package cn.anzuo.briefing.domain;

import cn.anzuo.permit.PermitStatus;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The briefing's short text from the bundles: one message key and its arguments, so the inbox can render it in
 * each reader's language later and the channels get it in Chinese now.
 */
@Component
public class BriefingText {

    public static final String TITLE_KEY = "briefing.notice.title";
    public static final String TEXT_KEY = "briefing.text";

    private final MessageSource messages;

    BriefingText(MessageSource messages) {
        this.messages = messages;
    }

    /** {0} date, {1} permits, {2} closed, {3} suspended, {4} alarms, {5} violations, {6} expiring certificates, {7} hazards. */
    public static List<String> args(DailyFigures f) {
        return List.of(f.date().toString(), String.valueOf(f.permits()), String.valueOf(f.permits(PermitStatus.CLOSED)),
                String.valueOf(f.permits(PermitStatus.SUSPENDED)), String.valueOf(f.alarms()),
                String.valueOf(f.violations()), String.valueOf(f.expiringCertificates()), String.valueOf(f.hazards()));
    }

    public String text(DailyFigures figures, Locale locale) {
        return messages.getMessage(TEXT_KEY, args(figures).toArray(), locale);
    }

    public String title(DailyFigures figures, Locale locale) {
        return messages.getMessage(TITLE_KEY, args(figures).toArray(), locale);
    }
}
