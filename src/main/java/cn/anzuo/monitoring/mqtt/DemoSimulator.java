package cn.anzuo.monitoring.mqtt;

import cn.anzuo.monitoring.DeviceKind;
import cn.anzuo.monitoring.DeviceView;
import cn.anzuo.monitoring.Devices;
import cn.anzuo.organization.CompanyView;
import cn.anzuo.organization.Organization;
import cn.anzuo.organization.SiteView;
import cn.anzuo.shared.DemoDataOrder;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.Mqtt3Client;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;

/**
 * The demo plant's gas detectors, alive (issue 11 item 8): at start each gets a new secret (the demo data's are
 * shown to nobody), connects to the embedded broker as itself and publishes a reading every 5 s — LEL drifting
 * in 0–5 %LEL, O₂ 20.8–20.9 %VOL, H₂S and CO small. About every 10 minutes one detector spikes to 30–60 %LEL for
 * three readings, so a newcomer sees an alarm stop the work at its site. {@code anzuo.demo.simulator.enabled}.
 */
@Order(DemoDataOrder.MONITORING + 50)
final class DemoSimulator implements ApplicationRunner, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DemoSimulator.class);
    private static final long PERIOD_SECONDS = 5;
    private static final long SPIKE_EVERY_TICKS = 120; // 10 minutes

    private final Organization organization;
    private final Devices devices;
    private final EmbeddedBroker broker;
    private final Clock clock;
    private final List<Detector> detectors = new ArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "demo-simulator");
        thread.setDaemon(true);
        return thread;
    });
    private long ticks;

    DemoSimulator(Organization organization, Devices devices, EmbeddedBroker broker, Clock clock) {
        this.organization = organization;
        this.devices = devices;
        this.broker = broker;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String companyCode : List.of("DEMO", "DEMO-YZ")) {
            CompanyView company = organization.companyByCode(companyCode).orElse(null);
            if (company == null) {
                continue;
            }
            for (SiteView site : organization.sitesOf(Set.of(company.id()), "")) {
                for (DeviceView device : devices.atSite(site.id())) {
                    if (device.kind() == DeviceKind.GAS_DETECTOR && device.enabled()) {
                        detectors.add(connect(device.code(), devices.rotateSecret(device.id()).secret()));
                    }
                }
            }
        }
        if (!detectors.isEmpty()) {
            timer.scheduleAtFixedRate(this::tick, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
            log.info("Demo simulator: {} gas detectors publishing over MQTT every {} s", detectors.size(),
                    PERIOD_SECONDS);
        }
    }

    private Detector connect(String code, String secret) {
        Mqtt3AsyncClient client = Mqtt3Client.builder()
                .identifier(code)
                .serverHost("127.0.0.1")
                .serverPort(broker.port())
                .automaticReconnectWithDefaultConfig()
                .buildAsync();
        client.connectWith()
                .simpleAuth().username(code).password(secret.getBytes(StandardCharsets.UTF_8)).applySimpleAuth()
                .send()
                .whenComplete((ack, error) -> {
                    if (error != null) {
                        log.warn("Demo detector {} could not connect", code, error);
                    }
                });
        return new Detector(code, client);
    }

    private void tick() {
        try {
            ticks++;
            if (ticks % SPIKE_EVERY_TICKS == 0) {
                detectors.get(ThreadLocalRandom.current().nextInt(detectors.size())).spikeLeft = 3;
            }
            Instant now = Instant.now(clock);
            for (Detector detector : detectors) {
                detector.publish(now);
            }
        } catch (RuntimeException e) {
            log.warn("Demo simulator tick failed", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        detectors.forEach(detector -> detector.client.disconnect());
    }

    private static final class Detector {
        final String code;
        final Mqtt3AsyncClient client;
        double lel = ThreadLocalRandom.current().nextDouble(0, 2);
        int spikeLeft;

        Detector(String code, Mqtt3AsyncClient client) {
            this.code = code;
            this.client = client;
        }

        void publish(Instant at) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            lel = Math.clamp(lel + random.nextGaussian() * 0.3, 0.0, 5.0);
            double shown = lel;
            if (spikeLeft > 0) {
                spikeLeft--;
                shown = random.nextDouble(30, 60);
            }
            String body = String.format(Locale.ROOT,
                    "{\"ts\":\"%s\",\"values\":{\"LEL\":%.1f,\"O2\":%.2f,\"H2S\":%.1f,\"CO\":%.1f}}", at, shown,
                    random.nextDouble(20.8, 20.9), random.nextDouble(0, 0.5), random.nextDouble(0, 3));
            if (client.getState().isConnected()) {
                client.publishWith()
                        .topic(TelemetryTopic.of(code))
                        .qos(MqttQos.AT_LEAST_ONCE)
                        .payload(body.getBytes(StandardCharsets.UTF_8))
                        .send();
            }
        }
    }
}
