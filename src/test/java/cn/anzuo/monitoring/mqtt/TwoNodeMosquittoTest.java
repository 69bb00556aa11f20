package cn.anzuo.monitoring.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.anzuo.monitoring.DeviceKind;
import cn.anzuo.monitoring.Devices;
import cn.anzuo.monitoring.RegisteredDevice;
import cn.anzuo.monitoring.domain.ReadingWriter;
import cn.anzuo.support.ClusterNodes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 11: two whole Anzuo nodes (two application contexts) on one database and one customer's broker (a real
 * Mosquitto, started by .ci/run through .ci/mosquitto.sh). A gateway publishes 1,000 readings of 20 gas detectors,
 * some of them above the second LEL level, to {@code anzuo/devices/{code}/telemetry}; the MQTT 5 shared
 * subscription gives each message to one node. Each reading is evaluated and stored exactly once, both nodes take
 * a share, and each detector has one LEL alarm, not one per node. The nodes share an H2 file database of their own
 * (in a temporary folder), so the test is the same on the H2 and the PostgreSQL run of CI. Runs when
 * {@code ANZUO_MQTT_TEST_BROKER} names the broker (CI sets it); skipped otherwise.
 */
@Tag("mosquitto")
@EnabledIfEnvironmentVariable(named = "ANZUO_MQTT_TEST_BROKER", matches = ".+")
class TwoNodeMosquittoTest {

    static final int DEVICES = 20;
    static final int READINGS = 1_000;
    @TempDir
    Path folder;

    final ClusterNodes nodes = new ClusterNodes();

    ConfigurableApplicationContext node(String url) {
        return nodes.h2(url, new Class<?>[0],
                "--anzuo.mqtt.broker-url=" + System.getenv("ANZUO_MQTT_TEST_BROKER"),
                "--anzuo.mqtt.username=" + System.getenv().getOrDefault("ANZUO_MQTT_TEST_USERNAME", "anzuo"),
                "--anzuo.mqtt.password=" + System.getenv().getOrDefault("ANZUO_MQTT_TEST_PASSWORD", "anzuo"));
    }

    @AfterEach
    void stopNodes() {
        nodes.close();
    }

    @Test
    void two_nodes_on_one_database_evaluate_each_reading_once_and_open_one_alarm_per_detector() throws Exception {
        String url = ClusterNodes.h2File(folder);
        // one after the other: the first migrates the schema
        ConfigurableApplicationContext first = node(url);
        ConfigurableApplicationContext second = node(url);
        await().atMost(Duration.ofSeconds(10)).until(() -> first.getBean(SharedSubscription.class).subscribed()
                && second.getBean(SharedSubscription.class).subscribed());

        JdbcClient jdbc = first.getBean(JdbcClient.class);
        UUID company = UUID.randomUUID();
        UUID site = UUID.randomUUID();
        jdbc.sql("insert into company (id, code, name, time_zone, created_at, version) "
                + "values (?, 'TWO-NODES', '双节点', 'Asia/Shanghai', current_timestamp, 0)").param(company).update();
        jdbc.sql("insert into site (id, company_id, code, name, latitude, longitude, radius_meters, hazard_area, "
                + "created_at, version) values (?, ?, 'S1', '罐区', 32.26, 118.79, 200, true, current_timestamp, 0)")
                .params(site, company).update();
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < DEVICES; i++) {
            RegisteredDevice device = first.getBean(Devices.class).register(company, site, "TN-" + run + "-" + i,
                    DeviceKind.GAS_DETECTOR, null);
            ids.add(device.device().id());
        }

        String broker = System.getenv("ANZUO_MQTT_TEST_BROKER");
        String publisher = System.getenv().getOrDefault("ANZUO_MQTT_TEST_PUBLISHER", "gateway");
        MqttClient gateway = new MqttClient(broker, "gateway-" + run, new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setUserName(publisher);
        options.setPassword(publisher.toCharArray());
        options.setMaxInflight(1_000);
        gateway.connect(options);
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1_200);
        try {
            for (int i = 0; i < READINGS; i++) {
                int device = i % DEVICES;
                int nth = i / DEVICES; // 50 readings per detector: second level from several messages, first level too
                double lel = nth % 10 == 7 || nth % 10 == 8 ? 55.0 : nth % 10 == 3 ? 30.0 : nth % 5;
                String body = "{\"ts\":\"" + start.plusSeconds(nth) + "\",\"values\":{\"LEL\":" + lel + "}}";
                gateway.publish(TelemetryTopic.of("TN-" + run + "-" + device), body.getBytes(StandardCharsets.UTF_8), 1,
                        false);
            }
        } finally {
            gateway.disconnect();
            gateway.close();
        }

        ReadingWriter firstWriter = first.getBean(ReadingWriter.class);
        ReadingWriter secondWriter = second.getBean(ReadingWriter.class);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(
                () -> firstWriter.counts().accepted() + secondWriter.counts().accepted() >= READINGS);
        assertThat(firstWriter.awaitWritten(Duration.ofSeconds(10))).isTrue();
        assertThat(secondWriter.awaitWritten(Duration.ofSeconds(10))).isTrue();
        Thread.sleep(300); // a message delivered twice would show up here

        // each reading evaluated once (handed to one node's writer), and both nodes took a share
        assertThat(firstWriter.counts().accepted() + secondWriter.counts().accepted()).isEqualTo(READINGS);
        assertThat(List.of(firstWriter.counts().accepted(), secondWriter.counts().accepted()))
                .allSatisfy(share -> assertThat(share).isPositive());
        assertThat(firstWriter.counts().dropped() + secondWriter.counts().dropped()).isZero();
        // each stored once
        String devices = String.join(", ", ids.stream().map(id -> "'" + id + "'").toList());
        assertThat(jdbc.sql("select count(*) from telemetry_reading where device_id in (" + devices + ")")
                .query(Long.class).single()).isEqualTo(READINGS);
        assertThat(jdbc.sql("select count(*) from (select distinct device_id, measured_at from telemetry_reading "
                + "where device_id in (" + devices + ")) d").query(Long.class).single()).isEqualTo(READINGS);
        // one LEL alarm per detector, at the second level, whichever node saw which breach
        List<Map<String, Object>> alarms = jdbc.sql("select device_id, metric, level from alarm where device_id in ("
                + devices + ")").query().listOfRows();
        assertThat(alarms).hasSize(DEVICES);
        assertThat(alarms).allSatisfy(alarm -> {
            assertThat(alarm.get("metric")).isEqualTo("LEL");
            assertThat(alarm.get("level")).isEqualTo("LEVEL_2");
        });
        assertThat(alarms.stream().map(alarm -> alarm.get("device_id")).distinct()).hasSize(DEVICES);
    }
}
