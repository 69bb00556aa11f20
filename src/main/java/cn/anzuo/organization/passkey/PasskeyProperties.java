package cn.anzuo.organization.passkey;

import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param rpId the WebAuthn relying party id: the host name users see (e.g. {@code anzuo.example.cn});
 *     a passkey is bound to it and stops working when it changes
 * @param rpName the name an authenticator shows
 * @param allowedOrigins the origins pages are served from ({@code https://anzuo.example.cn})
 * @param challengeValidity how long a check-in challenge can be answered
 */
@ConfigurationProperties("anzuo.webauthn")
public record PasskeyProperties(
        @DefaultValue("localhost") String rpId,
        @DefaultValue("安作") String rpName,
        @DefaultValue("http://localhost:8080") Set<String> allowedOrigins,
        @DefaultValue("5m") Duration challengeValidity) {}
