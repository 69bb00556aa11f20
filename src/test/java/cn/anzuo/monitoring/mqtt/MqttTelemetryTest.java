package cn.anzuo.monitoring.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.anzuo.monitoring.DeviceKind;
import cn.anzuo.monitoring.Devices;
import cn.anzuo.monitoring.RegisteredDevice;
import cn.anzuo.support.AnzuoTest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The whole path with the monitoring core: a device's MQTT readings are authenticated, evaluated and stored. */
@AnzuoTest
class MqttTelemetryTest {

    @Autowired
    EmbeddedBroker broker;

    @Autowired
    Devices devices;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void readings_published_by_a_registered_device_are_stored_once_each() throws Exception {
        Map<String, Object> site = jdbc.queryForMap("select company_id, site_id from device limit 1");
        String code = "MQ-" + UUID.randomUUID().toString().substring(0, 8);
        RegisteredDevice device = devices.register((UUID) site.get("company_id"), (UUID) site.get("site_id"), code,
                DeviceKind.GAS_DETECTOR, null);

        MqttClient client = new MqttClient("tcp://127.0.0.1:" + broker.port(), code, new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setUserName(code);
        options.setPassword(device.secret().toCharArray());
        client.connect(options);
        try {
            Instant start = Instant.now(clock).minusSeconds(60);
            for (int i = 0; i < 50; i++) {
                String body = "{\"ts\":\"" + start.plusSeconds(i) + "\",\"values\":{\"LEL\":" + (i % 5)
                        + ".0,\"O2\":20.9}}";
                client.publish(TelemetryTopic.of(code), body.getBytes(StandardCharsets.UTF_8), 1, false);
            }
        } finally {
            client.disconnect();
            client.close();
        }

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from telemetry_reading where device_id = ?", Long.class, device.device().id()))
                .isEqualTo(100L));
    }
}
