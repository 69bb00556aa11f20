package cn.anzuo.permit.weather.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The weather rules' settings ({@code anzuo.weather.*}).
 *
 * @param validFor how long an observation's wind counts (ADR 0067): after that, no wind rule refuses until the next
 * @param provider the weather feed: off unless {@code provider.enabled=true} with a key (ADR 0068)
 */
@ConfigurationProperties("anzuo.weather")
public record WeatherProperties(@DefaultValue("3h") Duration validFor, @DefaultValue Provider provider) {

    /**
     * @param baseUrl the provider's API host, e.g. {@code https://devapi.qweather.com} or the account's own host
     * @param key the API key; from the environment ({@code ANZUO_WEATHER_PROVIDER_KEY}), never in the repository
     * @param interval how often every outdoor site is read
     * @param timeout how long one request may take
     */
    public record Provider(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("https://devapi.qweather.com") String baseUrl,
            String key,
            @DefaultValue("30m") Duration interval,
            @DefaultValue("10s") Duration timeout) {

        public boolean configured() {
            return enabled && key != null && !key.isBlank();
        }
    }
}
