package cn.anzuo.monitoring.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.anzuo.monitoring.DeviceCredentials;
import cn.anzuo.monitoring.TelemetryIngest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The embedded broker: who may connect, where a device may publish, and that a reading reaches the ingest. */
@SpringBootTest(properties = {"anzuo.demo.enabled=false", "anzuo.scheduling.enabled=false"})
class EmbeddedBrokerTest {

    static final Map<String, String> SECRETS = Map.of("GD-A", "secret-a", "GD-B", "secret-b");

    record Received(String deviceCode, String body) {
    }

    @TestConfiguration
    static class Devices {
        final List<Received> received = new CopyOnWriteArrayList<>();

        @Bean
        @Primary
        DeviceCredentials testDeviceCredentials() {
            return (code, secret) -> secret.equals(SECRETS.get(code));
        }

        @Bean
        @Primary
        TelemetryIngest recordingIngest() {
            return (code, body) -> {
                received.add(new Received(code, new String(body, StandardCharsets.UTF_8)));
                return TelemetryIngest.Outcome.ACCEPTED;
            };
        }
    }

    @Autowired
    EmbeddedBroker broker;

    @Autowired
    Devices devices;

    @BeforeEach
    void clear() {
        devices.received.clear();
    }

    MqttClient connect(String username, String password) throws MqttException {
        MqttClient client = new MqttClient("tcp://127.0.0.1:" + broker.port(), username + "-" + System.nanoTime(),
                new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setUserName(username);
        options.setPassword(password.toCharArray());
        options.setConnectionTimeout(5);
        client.connect(options);
        return client;
    }

    @Test
    void a_wrong_secret_is_refused_at_connect() {
        assertThatThrownBy(() -> connect("GD-A", "secret-b"))
                .isInstanceOfSatisfying(MqttException.class, e -> assertThat(e.getReasonCode())
                        .isIn((int) MqttException.REASON_CODE_FAILED_AUTHENTICATION,
                                (int) MqttException.REASON_CODE_NOT_AUTHORIZED));
        assertThatThrownBy(() -> connect("GD-UNKNOWN", "secret-a")).isInstanceOf(MqttException.class);
    }

    @Test
    void a_reading_published_on_the_device_topic_reaches_the_ingest() throws Exception {
        MqttClient client = connect("GD-A", "secret-a");
        try {
            String body = "{\"ts\":\"2026-12-01T08:00:00Z\",\"values\":{\"LEL\":3.5,\"O2\":20.9}}";
            client.publish(TelemetryTopic.of("GD-A"), body.getBytes(StandardCharsets.UTF_8), 1, false);

            await().atMost(Duration.ofSeconds(20)).until(() -> !devices.received.isEmpty());
            assertThat(devices.received).containsExactly(new Received("GD-A", body));
        } finally {
            client.disconnect();
            client.close();
        }
    }

    @Test
    void a_device_cannot_publish_as_another_device_nor_read_its_topic() throws Exception {
        MqttClient client = connect("GD-A", "secret-a");
        // Refused with a SUBACK failure code (0x80), which Paho raises as an exception.
        assertThatThrownBy(() -> client.subscribe("anzuo/devices/+/telemetry", 1)).isInstanceOf(MqttException.class);
        MqttClient again = client.isConnected() ? client : connect("GD-A", "secret-a");
        try {
            again.publish(TelemetryTopic.of("GD-B"), "{\"ts\":\"2026-12-01T08:00:00Z\",\"values\":{\"LEL\":60}}"
                    .getBytes(StandardCharsets.UTF_8), 0, false);
            again.publish(TelemetryTopic.of("GD-A"), "{\"ts\":\"2026-12-01T08:00:01Z\",\"values\":{\"LEL\":1}}"
                    .getBytes(StandardCharsets.UTF_8), 1, false);

            await().atMost(Duration.ofSeconds(20)).until(() -> !devices.received.isEmpty());
            Thread.sleep(300);
            assertThat(devices.received).extracting(Received::deviceCode).containsExactly("GD-A");
        } finally {
            if (again.isConnected()) {
                again.disconnect();
            }
            again.close();
        }
    }
}
