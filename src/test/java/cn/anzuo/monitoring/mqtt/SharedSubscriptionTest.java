package cn.anzuo.monitoring.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.anzuo.monitoring.TelemetryIngest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/**
 * Two Anzuo nodes on one customer's broker (a real Mosquitto, started by .ci/run through .ci/mosquitto.sh): the
 * MQTT 5 shared subscription gives each of 1,000 readings to exactly one node, and both nodes take a share.
 * Runs when {@code ANZUO_MQTT_TEST_BROKER} names the broker (CI sets it); skipped otherwise.
 */
@Tag("mosquitto")
@EnabledIfEnvironmentVariable(named = "ANZUO_MQTT_TEST_BROKER", matches = ".+")
class SharedSubscriptionTest {

    static final int DEVICES = 20;
    static final int READINGS = 1_000;

    final Map<String, AtomicInteger> handled = new ConcurrentHashMap<>();

    IngestLanes node(AtomicInteger share) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("ingest", (TelemetryIngest) (code, body) -> {
            share.incrementAndGet();
            handled.computeIfAbsent(code + "|" + new String(body, StandardCharsets.UTF_8), k -> new AtomicInteger())
                    .incrementAndGet();
            return TelemetryIngest.Outcome.ACCEPTED;
        });
        return new IngestLanes(beans.getBeanProvider(TelemetryIngest.class), 4, 1_000);
    }

    @Test
    void each_reading_is_handled_once_by_one_of_two_nodes() throws Exception {
        String url = System.getenv("ANZUO_MQTT_TEST_BROKER");
        MqttProperties properties = new MqttProperties(true, "127.0.0.1", 0, url,
                System.getenv().getOrDefault("ANZUO_MQTT_TEST_USERNAME", "anzuo"),
                System.getenv().getOrDefault("ANZUO_MQTT_TEST_PASSWORD", "anzuo"), 4, 1_000, 262_144);
        AtomicInteger firstShare = new AtomicInteger();
        AtomicInteger secondShare = new AtomicInteger();
        IngestLanes firstLanes = node(firstShare);
        IngestLanes secondLanes = node(secondShare);
        SharedSubscription first = new SharedSubscription(properties, firstLanes);
        SharedSubscription second = new SharedSubscription(properties, secondLanes);
        first.start();
        second.start();
        MqttClient gateway = new MqttClient(url, "gateway-" + System.nanoTime(), new MemoryPersistence());
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> first.subscribed() && second.subscribed());
            MqttConnectOptions options = new MqttConnectOptions();
            options.setUserName(System.getenv().getOrDefault("ANZUO_MQTT_TEST_PUBLISHER", "gateway"));
            options.setPassword(System.getenv().getOrDefault("ANZUO_MQTT_TEST_PUBLISHER", "gateway").toCharArray());
            options.setMaxInflight(1_000);
            gateway.connect(options);
            String run = Long.toString(System.nanoTime(), 36);
            for (int i = 0; i < READINGS; i++) {
                String body = "{\"ts\":\"2026-12-01T08:00:00Z\",\"seq\":\"" + run + "-" + i + "\",\"values\":{\"LEL\":"
                        + (i % 5) + "}}";
                gateway.publish(TelemetryTopic.of("MQ-GD-" + (i % DEVICES)), body.getBytes(StandardCharsets.UTF_8), 1,
                        false);
            }

            await().atMost(Duration.ofSeconds(15)).until(() -> firstShare.get() + secondShare.get() >= READINGS);
            Thread.sleep(500);
            assertThat(firstShare.get() + secondShare.get()).isEqualTo(READINGS);
            assertThat(handled).hasSize(READINGS);
            assertThat(handled.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
            assertThat(List.of(firstShare.get(), secondShare.get())).allSatisfy(share -> assertThat(share).isPositive());
        } finally {
            if (gateway.isConnected()) {
                gateway.disconnect();
            }
            gateway.close();
            first.stop();
            second.stop();
            firstLanes.close();
            secondLanes.close();
        }
    }
}
