package cn.anzuo.monitoring.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.monitoring.DeviceKind;
import cn.anzuo.monitoring.Devices;
import cn.anzuo.monitoring.RegisteredDevice;
import cn.anzuo.monitoring.domain.ReadingWriter;
import cn.anzuo.permit.PermitFixtures;
import cn.anzuo.permit.domain.HolidayCalendar;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.MutableClock;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.Mqtt3Client;
import io.moquette.broker.Server;
import io.moquette.broker.config.IConfig;
import io.moquette.broker.config.MemoryConfig;
import io.moquette.broker.security.AcceptAllAuthenticator;
import io.moquette.broker.security.PermitAllAuthorizatorPolicy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 11's benchmark (docs/benchmarks.md, "MQTT ingest"): 200 registered gas detectors publish gateway-style
 * batches through the embedded broker at QoS 1 (each client keeps a bounded window of unacknowledged messages),
 * every reading evaluated against the thresholds and stored. Per run: (a) the ceiling, the same publishers against
 * a bare Moquette with no ingest behind it; (b) readings stored per second end to end; (c) while (b) runs, the time
 * from publishing a second-level reading of a detector at the site of an ACTIVE hot-work permit to SUSPENDED through
 * GET /api/v1/permits/{id}. Three runs; min/median/max printed as {@code MQTT BENCH}.
 */
@Tag("benchmark")
@AnzuoTest
class MqttIngestBenchmark {

    static final int DEVICES = 200;
    static final int SAMPLES_PER_MESSAGE = Integer.getInteger("bench.samples", 10);
    static final int VALUES_PER_SAMPLE = 4; // LEL, O2, H2S, CO
    static final int IN_FLIGHT = Integer.getInteger("bench.inflight", 4);
    /** Readings per second offered by the 200 devices together while alarms are timed (0: as fast as they can). */
    static final int OFFERED = Integer.getInteger("bench.rate", 12_000);
    static final int LATENCY_SAMPLES = Integer.getInteger("bench.latency-samples", 22);
    static final long LATENCY_EVERY_MS = 1_500;
    static final long CEILING_MS = 8_000;
    static final long SATURATE_MS = 3_000;
    static final int RUNS = Integer.getInteger("bench.runs", 3);

    @Autowired EmbeddedBroker broker;
    @Autowired Devices devices;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired ApiClient api;
    @Autowired HolidayCalendar holidays;
    @Autowired ReadingWriter writer;

    PermitFixtures f;
    String guardianUser;

    record Publisher(String code, Mqtt3AsyncClient client, Semaphore window) {}

    /** Publishes batches from every publisher until stopped; counts PUBACKed messages. */
    static final class Load {
        final AtomicBoolean running = new AtomicBoolean(true);
        final LongAdder acked = new LongAdder();
        final List<Thread> threads = new ArrayList<>();

        Load(List<Publisher> publishers, Instant ts, long periodNanos) {
            for (Publisher p : publishers) {
                long offset = periodNanos == 0 ? 0 : java.util.concurrent.ThreadLocalRandom.current().nextLong(periodNanos);
                threads.add(Thread.ofVirtual().start(() -> {
                    long m = 0;
                    long due = System.nanoTime() + offset;
                    while (running.get()) {
                        try {
                            if (periodNanos > 0) {
                                long wait = due - System.nanoTime();
                                if (wait > 0) {
                                    TimeUnit.NANOSECONDS.sleep(wait);
                                }
                                due += periodNanos;
                            }
                            if (!p.window().tryAcquire(100, TimeUnit.MILLISECONDS)) {
                                continue;
                            }
                        } catch (InterruptedException e) {
                            return;
                        }
                        byte[] body = batch(ts.plusMillis(m++ * 1_000)).getBytes(StandardCharsets.UTF_8);
                        p.client().publishWith().topic(TelemetryTopic.of(p.code())).qos(MqttQos.AT_LEAST_ONCE)
                                .payload(body).send().whenComplete((ack, error) -> {
                                    p.window().release();
                                    if (error == null) {
                                        acked.increment();
                                    }
                                });
                    }
                }));
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread t : threads) {
                t.join();
            }
        }
    }

    static String batch(Instant first) {
        StringBuilder json = new StringBuilder(80 * SAMPLES_PER_MESSAGE + 16).append("{\"readings\":[");
        for (int s = 0; s < SAMPLES_PER_MESSAGE; s++) {
            if (s > 0) {
                json.append(',');
            }
            json.append("{\"ts\":\"").append(first.plusMillis(s * 100L)).append("\",\"values\":{\"LEL\":1.5,\"O2\":20.9,"
                    + "\"H2S\":0.2,\"CO\":1.0}}");
        }
        return json.append("]}").toString();
    }

    static List<Publisher> connect(int port, List<RegisteredDevice> registered) {
        List<Publisher> publishers = new ArrayList<>();
        for (RegisteredDevice d : registered) {
            String code = d.device().code();
            Mqtt3AsyncClient client = Mqtt3Client.builder().identifier(code).serverHost("127.0.0.1").serverPort(port)
                    .buildAsync();
            client.connectWith().simpleAuth().username(code).password(d.secret().getBytes(StandardCharsets.UTF_8))
                    .applySimpleAuth().send().join();
            publishers.add(new Publisher(code, client, new Semaphore(IN_FLIGHT)));
        }
        return publishers;
    }

    static void disconnect(List<Publisher> publishers) {
        publishers.forEach(p -> p.client().disconnect().join());
    }

    @Test
    void two_hundred_devices() throws Exception {
        clock.fixAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        f = new PermitFixtures(api, holidays);
        Map<String, Object> site = jdbc.sql("select company_id, site_id from device limit 1").query().singleRow();
        List<RegisteredDevice> registered = new ArrayList<>();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < DEVICES; i++) {
            registered.add(devices.register((UUID) site.get("company_id"), (UUID) site.get("site_id"),
                    "BM-" + tag + "-" + i, DeviceKind.GAS_DETECTOR, null));
        }
        List<double[]> results = new ArrayList<>();
        try {
            for (int run = 1; run <= RUNS; run++) {
                results.add(run(run, registered));
            }
        } finally {
            clock.reset();
        }
        saturate(registered);
        String[] names = {"ceiling msg/s", "ceiling readings/s", "broker msg/s under ingest", "stored readings/s",
                "latency p50 ms", "latency p99 ms"};
        for (int i = 0; i < names.length; i++) {
            int column = i;
            double[] sorted = results.stream().mapToDouble(r -> r[column]).sorted().toArray();
            System.out.printf("MQTT BENCH SUMMARY %-26s min %,10.0f  median %,10.0f  max %,10.0f%n", names[i], sorted[0],
                    sorted[sorted.length / 2], sorted[sorted.length - 1]);
        }
    }

    double[] run(int run, List<RegisteredDevice> registered) throws Exception {
        int readingsPerMessage = SAMPLES_PER_MESSAGE * VALUES_PER_SAMPLE;
        Instant ts = clock.instant().minus(Duration.ofDays(1));

        // (a) the ceiling: the same 200 publishers against a bare Moquette (no authentication, no ingest)
        Properties config = new Properties();
        config.setProperty(IConfig.HOST_PROPERTY_NAME, "127.0.0.1");
        int barePort;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            barePort = free.getLocalPort();
        }
        config.setProperty(IConfig.PORT_PROPERTY_NAME, Integer.toString(barePort));
        config.setProperty(IConfig.ALLOW_ANONYMOUS_PROPERTY_NAME, "true");
        config.setProperty(IConfig.PERSISTENCE_ENABLED_PROPERTY_NAME, "false");
        config.setProperty(IConfig.ENABLE_TELEMETRY_NAME, "false");
        config.setProperty(IConfig.NETTY_MAX_BYTES_PROPERTY_NAME, "262144");
        Server bare = new Server();
        bare.startServer(new MemoryConfig(config), List.of(), null, new AcceptAllAuthenticator(),
                new PermitAllAuthorizatorPolicy());
        double ceiling;
        try {
            List<Publisher> publishers = connect(barePort, registered);
            Load load = new Load(publishers, ts, 0);
            Thread.sleep(CEILING_MS);
            long acked = load.acked.sum();
            load.stop();
            ceiling = acked / (CEILING_MS / 1e3);
            disconnect(publishers);
        } finally {
            bare.stopServer();
        }

        // (b) + (c): the embedded broker with the monitoring core behind it, alarm samples while it runs
        String permit = activeHotWork();
        List<RegisteredDevice> detectors = new ArrayList<>();
        for (int i = 0; i < LATENCY_SAMPLES; i++) {
            detectors.add(devices.register(UUID.fromString(f.companyId), UUID.fromString(f.siteId),
                    "AL-" + UUID.randomUUID().toString().substring(0, 8), DeviceKind.GAS_DETECTOR, null));
        }
        List<Publisher> alarmers = connect(broker.port(), detectors);
        List<Publisher> publishers = connect(broker.port(), registered);
        assertThat(writer.awaitWritten(Duration.ofSeconds(30))).isTrue();
        long writtenBefore = writer.counts().written();
        long droppedBefore = writer.counts().dropped();
        long start = System.nanoTime();
        long period = OFFERED == 0 ? 0 : 1_000_000_000L * DEVICES * readingsPerMessage / OFFERED;
        Load load = new Load(publishers, ts.plus(Duration.ofHours(1)), period);
        Thread.sleep(2_000); // warm: lanes and writer busy before the first alarm
        List<Double> latencies = new ArrayList<>();
        for (Publisher alarmer : alarmers) {
            long next = System.nanoTime() + LATENCY_EVERY_MS * 1_000_000;
            latencies.add(alarmToSuspended(alarmer, permit));
            resume(permit);
            long wait = (next - System.nanoTime()) / 1_000_000;
            if (wait > 0) {
                Thread.sleep(wait);
            }
        }
        long ackedAtStop = load.acked.sum();
        long writtenAtStop = writer.counts().written() - writtenBefore;
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        load.stop();
        Thread.sleep(500); // the last PUBACKs
        long published = load.acked.sum();
        assertThat(writer.awaitWritten(Duration.ofSeconds(120))).isTrue();
        double allStoredSeconds = (System.nanoTime() - start) / 1e9;
        long stored = writer.counts().written() - writtenBefore;
        disconnect(alarmers);

        disconnect(publishers);

        latencies.sort(null);
        double p50 = latencies.get(latencies.size() / 2);
        double p99 = latencies.get(Math.min(latencies.size() - 1, (int) Math.ceil(latencies.size() * 0.99) - 1));
        double brokerRate = ackedAtStop / loadSeconds;
        double storedRate = stored / allStoredSeconds;
        System.out.printf("MQTT BENCH run %d: ceiling (bare Moquette, same publishers) %,.0f msg/s = %,.0f readings/s;"
                        + " with ingest %,.0f msg/s PUBACKed during %.1f s, %,d readings stored while publishing"
                        + " (%,.0f/s); all %,d readings (%,d messages x %d) stored %.1f s after the start = %,.0f"
                        + " readings/s (offered %,d/s); dropped %d; alarm->SUSPENDED (n=%d) p50 %.0f ms p99 %.0f ms max %.0f ms%n",
                run, ceiling, ceiling * readingsPerMessage, brokerRate, loadSeconds, writtenAtStop,
                writtenAtStop / loadSeconds, stored, published, readingsPerMessage, allStoredSeconds, storedRate, OFFERED,
                writer.counts().dropped() - droppedBefore, latencies.size(), p50, p99,
                latencies.get(latencies.size() - 1));
        assertThat(stored).isGreaterThanOrEqualTo(published * readingsPerMessage + LATENCY_SAMPLES);
        return new double[] {ceiling, ceiling * readingsPerMessage, brokerRate, storedRate, p50, p99};
    }

    /**
     * (d) after the three runs, the core's own limit: the same publishers as fast as they can for a few seconds
     * (the broker PUBACKs far faster than the core evaluates and stores), then until every reading is stored.
     */
    void saturate(List<RegisteredDevice> registered) throws Exception {
        int readingsPerMessage = SAMPLES_PER_MESSAGE * VALUES_PER_SAMPLE;
        Instant ts = clock.instant().minus(Duration.ofDays(1)).plus(Duration.ofHours(5));
        List<Publisher> publishers = connect(broker.port(), registered);
        assertThat(writer.awaitWritten(Duration.ofSeconds(30))).isTrue();
        long satBefore = writer.counts().written() + writer.counts().dropped();
        long satStart = System.nanoTime();
        Load saturating = new Load(publishers, ts, 0);
        Thread.sleep(SATURATE_MS);
        saturating.stop();
        Thread.sleep(500);
        long satMessages = saturating.acked.sum();
        long satTarget = satMessages * readingsPerMessage;
        while (writer.counts().written() + writer.counts().dropped() - satBefore < satTarget
                && System.nanoTime() - satStart < 300_000_000_000L) {
            Thread.sleep(20);
        }
        double satSeconds = (System.nanoTime() - satStart) / 1e9;
        long satDone = writer.counts().written() + writer.counts().dropped() - satBefore;
        disconnect(publishers);
        System.out.printf("MQTT BENCH saturated: %,d messages PUBACKed in %.0f s (%,.0f readings/s accepted by the"
                        + " broker); %,d of %,d readings stored or dropped %.1f s after the start = %,.0f readings/s;"
                        + " dropped (writer queue full) %,d%n", satMessages, SATURATE_MS / 1e3,
                satTarget / (SATURATE_MS / 1e3), satDone, satTarget, satSeconds, satDone / satSeconds,
                writer.counts().dropped());
    }

    /** Publishes one second-level LEL reading and polls the permit through the API until it is SUSPENDED. */
    double alarmToSuspended(Publisher detector, String permit) throws Exception {
        String body = "{\"ts\":\"" + clock.instant() + "\",\"values\":{\"LEL\":60.0}}";
        long sent = System.nanoTime();
        detector.client().publishWith().topic(TelemetryTopic.of(detector.code())).qos(MqttQos.AT_LEAST_ONCE)
                .payload(body.getBytes(StandardCharsets.UTF_8)).send();
        while (true) {
            String status = ApiClient.read(api.get("leader", "/api/v1/permits/{id}", permit), "$.status");
            if ("SUSPENDED".equals(status)) {
                return (System.nanoTime() - sent) / 1e6;
            }
            if (System.nanoTime() - sent > 10_000_000_000L) {
                throw new AssertionError("permit not suspended within 10 s of the alarm reading");
            }
            Thread.sleep(2);
        }
    }

    /** The guardian acknowledges the alarm, a new passing analysis is recorded, the work resumes (API.md). */
    void resume(String permit) throws Exception {
        String alarm = ApiClient.read(api.get("leader", "/api/v1/permits/{id}", permit), "$.suspension.alarmId");
        clock.advance(Duration.ofSeconds(1));
        api.post(guardianUser, "/api/v1/alarms/{id}/acknowledge", "", alarm).andExpect(status().isOk());
        gasTest(permit, clock.instant()).andExpect(status().isCreated());
        api.post(guardianUser, "/api/v1/permits/{id}/resume", "", permit).andExpect(jsonPath("$.status").value("ACTIVE"));
        clock.advance(Duration.ofSeconds(1));
    }

    // --- an ACTIVE level-2 hot work at the fixtures' site (PermitFixtures.activeHotWork)


    String activeHotWork() throws Exception {
        PermitFixtures.ActiveWork work = f.activeHotWork(clock, "压测焊工", "压测监护");
        guardianUser = work.crew().guardianUser();
        return work.permitId();
    }

    org.springframework.test.web.servlet.ResultActions gasTest(String permit, Instant sampledAt) throws Exception {
        return api.post("analyst", "/api/v1/permits/{id}/gas-tests", """
                {"sampledAt":"%s","samplePoint":"法兰 10 m 内","readings":%s}"""
                .formatted(sampledAt.atOffset(ZoneOffset.ofHours(8)), PermitFixtures.PASSING_GAS), permit);
    }
}
