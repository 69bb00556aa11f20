package cn.anzuo.permit.weather.provider;

import cn.anzuo.permit.weather.domain.WeatherObservations.RecordObservation;
import cn.anzuo.permit.weather.domain.WeatherProperties;
import cn.anzuo.permit.weather.domain.WeatherProvider;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * 和风天气 (QWeather) real-time weather, {@code GET /v7/weather/now?location=lon,lat} with the key in the
 * {@code X-QW-Api-Key} header: {@code now.temp} (°C), {@code now.windScale} (级), {@code now.obsTime}. The answer
 * is gzip-compressed; a {@code code} other than "200", a network error or an unreadable body is logged and yields
 * nothing (the manual entry remains).
 */
class QWeatherProvider implements WeatherProvider {

    private static final Logger log = LoggerFactory.getLogger(QWeatherProvider.class);
    /** QWeather writes times to the minute with an offset (2020-06-30T21:40+08:00); seconds are accepted too. */
    private static final DateTimeFormatter OBS_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss]XXX");

    private final WeatherProperties.Provider settings;
    private final HttpClient http;
    private final ObjectMapper json;

    QWeatherProvider(WeatherProperties.Provider settings, ObjectMapper json) {
        this.settings = settings;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    @Override
    public String name() {
        return "QWEATHER";
    }

    @Override
    public Optional<RecordObservation> now(double latitude, double longitude) {
        // Coordinates to two decimals (≈ 1 km), as the API takes them: longitude first.
        String location = String.format(Locale.ROOT, "%.2f,%.2f", longitude, latitude);
        URI uri = URI.create(settings.baseUrl().replaceAll("/+$", "") + "/v7/weather/now?location=" + location);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.timeout())
                .header("X-QW-Api-Key", settings.key()).header("Accept-Encoding", "gzip").GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.headers().firstValue("Content-Encoding")
                    .filter(e -> e.equalsIgnoreCase("gzip")).isPresent()
                    ? new GZIPInputStream(response.body()) : response.body()) {
                if (response.statusCode() != 200) {
                    log.warn("weather provider answered HTTP {} for {}", response.statusCode(), location);
                    return Optional.empty();
                }
                return parse(json.readTree(body), location);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("weather provider unreadable for {}: {}", location, e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private Optional<RecordObservation> parse(JsonNode root, String location) {
        if (!"200".equals(root.path("code").asString(""))) {
            log.warn("weather provider code {} for {}", root.path("code").asString(""), location);
            return Optional.empty();
        }
        JsonNode now = root.path("now");
        return Optional.of(new RecordObservation(
                OffsetDateTime.parse(now.path("obsTime").asString(), OBS_TIME).toInstant(),
                new BigDecimal(now.path("temp").asString()), windScale(now.path("windScale").asString())));
    }

    /** A grade, or a range such as "3-4" (forecasts): the upper grade counts, the safe side. */
    static int windScale(String text) {
        String[] parts = text.trim().split("-");
        return Integer.parseInt(parts[parts.length - 1].trim());
    }
}
