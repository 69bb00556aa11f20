package cn.anzuo.permit.weather.provider;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.permit.weather.domain.WeatherObservations.RecordObservation;
import cn.anzuo.permit.weather.domain.WeatherProperties;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The QWeather adapter against a local fake of {@code /v7/weather/now} (no provider is reachable from the build
 * machine): the request it sends, the gzip answer it reads, and the answers it refuses.
 */
class QWeatherProviderTest {

    static final String ANSWER = """
            {"code":"200","updateTime":"2026-07-20T14:10+08:00","now":{"obsTime":"2026-07-20T14:00+08:00",
             "temp":"38","feelsLike":"41","windScale":"6","windSpeed":"45","windDir":"西北风"}}""";

    HttpServer server;
    final AtomicReference<String> body = new AtomicReference<>(ANSWER);
    final AtomicReference<Integer> status = new AtomicReference<>(200);
    final AtomicReference<String> query = new AtomicReference<>();
    final AtomicReference<String> key = new AtomicReference<>();

    @BeforeEach
    void fakeServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v7/weather/now", exchange -> {
            query.set(exchange.getRequestURI().getQuery());
            key.set(exchange.getRequestHeaders().getFirst("X-QW-Api-Key"));
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
                gzip.write(body.get().getBytes(StandardCharsets.UTF_8));
            }
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status.get(), zipped.size());
            exchange.getResponseBody().write(zipped.toByteArray());
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    QWeatherProvider provider(String apiKey) {
        return new QWeatherProvider(new WeatherProperties.Provider(true,
                "http://127.0.0.1:" + server.getAddress().getPort() + "/", apiKey, Duration.ofMinutes(30),
                Duration.ofSeconds(5)), JsonMapper.builder().build());
    }

    @Test
    void readsTemperatureWindAndObservationTimeForTheSitesPoint() {
        Optional<RecordObservation> reading = provider("secret-key").now(32.263150, 118.791540);

        assertThat(query.get()).isEqualTo("location=118.79,32.26"); // longitude first, two decimals
        assertThat(key.get()).isEqualTo("secret-key");
        assertThat(reading).hasValueSatisfying(r -> {
            assertThat(r.temperatureC()).isEqualByComparingTo("38");
            assertThat(r.windScale()).isEqualTo(6);
            assertThat(r.observedAt()).isEqualTo(Instant.parse("2026-07-20T06:00:00Z"));
        });
    }

    @Test
    void aWindRangeCountsAsItsUpperGrade() {
        body.set(ANSWER.replace("\"windScale\":\"6\"", "\"windScale\":\"4-5\""));
        assertThat(provider("k").now(32.26, 118.79)).hasValueSatisfying(r -> assertThat(r.windScale()).isEqualTo(5));
    }

    @Test
    void aProviderErrorCodeYieldsNoReading() {
        body.set("{\"code\":\"401\"}");
        assertThat(provider("wrong").now(32.26, 118.79)).isEmpty();
    }

    @Test
    void anHttpErrorOrAGarbledBodyYieldsNoReading() {
        status.set(503);
        assertThat(provider("k").now(32.26, 118.79)).isEmpty();
        status.set(200);
        body.set("<html>maintenance</html>");
        assertThat(provider("k").now(32.26, 118.79)).isEmpty();
    }

    @Test
    void anUnreachableProviderYieldsNoReading() {
        server.stop(0);
        assertThat(provider("k").now(32.26, 118.79)).isEmpty();
    }
}
