package cn.anzuo.permit;

import java.util.Objects;
import java.util.UUID;

/**
 * A system command: stop the work under way at a site, without a signed-in user. {@code highRiskOnly}
 * limits it to confined-space and 特级 hot-work permits (a first-level alarm, API.md).
 *
 * @param rule the rule that acts, recorded as the actor (e.g. {@code ALARM}, {@code WEATHER})
 */
public record SiteSuspension(UUID siteId, SuspensionCause cause, String reason, UUID alarmId, boolean highRiskOnly,
        String rule) {

    public SiteSuspension {
        Objects.requireNonNull(siteId);
        Objects.requireNonNull(cause);
        rule = rule == null || rule.isBlank() ? cause.name() : rule;
    }

    public static SiteSuspension everything(UUID siteId, SuspensionCause cause, String reason, UUID alarmId) {
        return new SiteSuspension(siteId, cause, reason, alarmId, false, null);
    }
}
