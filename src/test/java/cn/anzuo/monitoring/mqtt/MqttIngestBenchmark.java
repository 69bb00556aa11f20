package cn.anzuo.monitoring.mqtt;

import cn.anzuo.monitoring.DeviceKind;
import cn.anzuo.monitoring.Devices;
import cn.anzuo.monitoring.RegisteredDevice;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 200 devices publishing through the embedded broker: the broker's publish rate (all PUBACKed) and the rate at
 * which every reading was evaluated and stored. On demand: docs/benchmarks.md, "MQTT ingest".
 */
@Tag("benchmark")
@SpringBootTest(properties = {"anzuo.demo.enabled=true", "anzuo.scheduling.enabled=false"})
class MqttIngestBenchmark {

    static final int DEVICES = 200;
    static final int MESSAGES_PER_DEVICE = 100;

    @Autowired
    EmbeddedBroker broker;

    @Autowired
    Devices devices;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void two_hundred_devices() throws Exception {
        Map<String, Object> site = jdbc.queryForMap("select company_id, site_id from device limit 1");
        List<RegisteredDevice> registered = new ArrayList<>();
        String run = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < DEVICES; i++) {
            registered.add(devices.register((UUID) site.get("company_id"), (UUID) site.get("site_id"),
                    "BM-" + run + "-" + i, DeviceKind.GAS_DETECTOR, null));
        }
        long before = jdbc.queryForObject("select count(*) from telemetry_reading", Long.class);
        Instant ts = Instant.now(clock).minusSeconds(600);
        long start = System.nanoTime();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> sent = new ArrayList<>();
            for (RegisteredDevice device : registered) {
                sent.add(pool.submit(() -> {
                    String code = device.device().code();
                    MqttClient client = new MqttClient("tcp://127.0.0.1:" + broker.port(), code,
                            new MemoryPersistence());
                    MqttConnectOptions options = new MqttConnectOptions();
                    options.setUserName(code);
                    options.setPassword(device.secret().toCharArray());
                    options.setMaxInflight(100);
                    client.connect(options);
                    for (int m = 0; m < MESSAGES_PER_DEVICE; m++) {
                        String body = "{\"ts\":\"" + ts.plusMillis(m * 100L) + "\",\"values\":{\"LEL\":1.5,\"O2\":20.9}}";
                        client.publish(TelemetryTopic.of(code), body.getBytes(StandardCharsets.UTF_8), 1, false);
                    }
                    client.disconnect();
                    client.close();
                    return null;
                }));
            }
            for (Future<?> future : sent) {
                future.get();
            }
        }
        double published = (System.nanoTime() - start) / 1e9;
        long expected = (long) DEVICES * MESSAGES_PER_DEVICE * 2;
        while (jdbc.queryForObject("select count(*) from telemetry_reading", Long.class) - before < expected) {
            Thread.sleep(20);
            if ((System.nanoTime() - start) / 1e9 > 120) {
                throw new AssertionError("readings not stored within 120 s");
            }
        }
        double stored = (System.nanoTime() - start) / 1e9;
        System.out.printf("MQTT BENCH: %d messages (%d readings) published+PUBACKed in %.2f s = %.0f readings/s;"
                        + " all stored in %.2f s = %.0f readings/s%n", DEVICES * MESSAGES_PER_DEVICE, expected,
                published, expected / published, stored, expected / stored);
    }
}
