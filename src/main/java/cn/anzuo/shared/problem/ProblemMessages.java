package cn.anzuo.shared.problem;

import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Turns a problem code into a localised RFC 9457 document; one place for titles, details and types. */
@Component
public class ProblemMessages {

    public static final String TYPE_BASE = "https://anzuo.cn/problems/";

    private final MessageSource messages;

    ProblemMessages(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail problem(HttpStatus status, String code, Object[] args, Locale locale) {
        String title = messages.getMessage("problem." + code, null, code, locale);
        String detail = messages.getMessage("problem." + code + ".detail", args, title, locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + code.toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setTitle(title);
        problem.setProperty("code", code);
        return problem;
    }

    public String detail(String code, Object[] args, Locale locale) {
        String title = messages.getMessage("problem." + code, null, code, locale);
        return messages.getMessage("problem." + code + ".detail", args, title, locale);
    }

    public String message(String key, Object[] args, Locale locale) {
        return messages.getMessage(key, args, key, locale);
    }
}
