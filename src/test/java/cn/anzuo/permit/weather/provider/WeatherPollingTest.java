package cn.anzuo.permit.weather.provider;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.organization.Organization;
import cn.anzuo.permit.weather.domain.WeatherObservations;
import cn.anzuo.permit.weather.domain.WeatherProperties;
import cn.anzuo.support.AnzuoTest;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * One polling round against a local fake QWeather: every outdoor site is read and recorded as a QWEATHER
 * observation, indoor sites are not asked. The fake answers calm weather, so no permit of the shared database stops.
 */
@AnzuoTest
class WeatherPollingTest {

    @Autowired Organization organization;
    @Autowired WeatherObservations observations;
    @Autowired JdbcClient jdbc;

    @Test
    void aRoundReadsEveryOutdoorSiteAndRecordsWhatTheProviderSays() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v7/weather/now", exchange -> {
            requests.incrementAndGet();
            byte[] body = """
                    {"code":"200","now":{"obsTime":"2026-07-20T14:00+08:00","temp":"21","windScale":"1"}}"""
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            QWeatherProvider provider = new QWeatherProvider(new WeatherProperties.Provider(true,
                    "http://127.0.0.1:" + server.getAddress().getPort(), "test-key", Duration.ofMinutes(30),
                    Duration.ofSeconds(5)), JsonMapper.builder().build());
            long before = count("QWEATHER");

            int recorded = new WeatherPolling(organization, observations, provider).poll();

            long outdoorSites = jdbc.sql("select count(*) from site s join company c on c.id = s.company_id "
                    + "where s.outdoor and c.enabled").query(Long.class).single();
            assertThat(recorded).isEqualTo(requests.get()).isPositive();
            assertThat((long) recorded).isLessThanOrEqualTo(outdoorSites);
            assertThat(count("QWEATHER") - before).isEqualTo(recorded);
            assertThat(jdbc.sql("select count(*) from weather_observation w join site s on s.id = w.site_id "
                    + "where w.source = 'QWEATHER' and not s.outdoor").query(Long.class).single()).isZero();
        } finally {
            server.stop(0);
        }
    }

    long count(String source) {
        return jdbc.sql("select count(*) from weather_observation where source = ?").params(source)
                .query(Long.class).single();
    }
}
