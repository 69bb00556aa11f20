package cn.anzuo.organization.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param tokenSecret base64 HMAC key (≥ 32 bytes) for API tokens; all nodes of a cluster share it.
 *     Blank on a developer machine: a random key per start (tokens end with the process).
 * @param tokenValidity how long an API token lives
 * @param maxFailures failed logins within {@code failureWindow} that lock a username
 * @param failureWindow the window failures are counted in
 * @param lockDuration how long a username stays locked
 */
@ConfigurationProperties("anzuo.security")
record SecurityProperties(
        String tokenSecret,
        @DefaultValue("8h") Duration tokenValidity,
        @DefaultValue("5") int maxFailures,
        @DefaultValue("15m") Duration failureWindow,
        @DefaultValue("15m") Duration lockDuration) {}
