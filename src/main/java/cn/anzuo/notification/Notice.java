package cn.anzuo.notification;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A message to some users of one company. Title and body are message keys of the {@code i18n/*}
 * bundles, rendered with {@code args} in each reader's language (the inbox) or in Chinese (e-mail).
 *
 * @param recipientIds user ids; duplicates collapse, an empty set notifies nobody
 * @param companyId the company the occasion belongs to
 * @param kind what happened, in UPPER_SNAKE_CASE, e.g. {@code CERTIFICATE_EXPIRING}
 * @param titleKey message key of the title
 * @param bodyKey message key of the body
 * @param args message arguments {0}, {1} … shared by title and body
 * @param link where the reader goes next: a path inside Anzuo such as {@code /permits/…}, or null
 * @param dedupKey names the occasion, e.g. {@code certificate-expiring:<id>:2026-12-01}: a notice with
 *     the same key reaches each recipient once, however often it is delivered. Null: never deduplicated.
 */
public record Notice(
        Set<UUID> recipientIds, UUID companyId, String kind, String titleKey, String bodyKey, List<String> args,
        String link, String dedupKey) {

    private static final Pattern KIND = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[^\\s]{0,499}");

    public Notice {
        Objects.requireNonNull(recipientIds, "recipientIds");
        Objects.requireNonNull(companyId, "companyId");
        require(kind != null && KIND.matcher(kind).matches(), "kind must be UPPER_SNAKE_CASE: " + kind);
        require(titleKey != null && KEY.matcher(titleKey).matches(), "bad title key: " + titleKey);
        require(bodyKey != null && KEY.matcher(bodyKey).matches(), "bad body key: " + bodyKey);
        require(link == null || LOCAL_PATH.matcher(link).matches(), "link must be a path inside Anzuo: " + link);
        require(dedupKey == null || (!dedupKey.isBlank() && dedupKey.length() <= 200), "bad dedup key");
        recipientIds = Set.copyOf(recipientIds);
        args = args == null ? List.of() : args.stream().map(arg -> arg == null ? "" : arg).toList();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
