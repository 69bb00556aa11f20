package cn.anzuo.qualification.registry;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The certificate registry endpoint a customer contracts ({@code anzuo.qualification.registry.*}).
 * Without a base URL, registry verification answers REGISTRY_UNAVAILABLE and people verify manually.
 */
@ConfigurationProperties("anzuo.qualification.registry")
record RegistryProperties(
        String baseUrl,
        String apiKey,
        @DefaultValue("5s") Duration timeout,
        @DefaultValue("2") int retries) {

    boolean configured() {
        return baseUrl != null && !baseUrl.isBlank();
    }
}
