package cn.anzuo.monitoring.mqtt;

import cn.anzuo.monitoring.TelemetryIngest;
import java.util.ArrayList;
import org.springframework.beans.factory.ObjectProvider;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands MQTT payloads to {@link TelemetryIngest} off the broker's threads. A device's readings always go to the
 * same lane (hash of its code), so they are evaluated in the order they arrived; lanes run in parallel. A full
 * lane makes the hand-off wait (back-pressure on the broker's interceptor thread, never on its network threads).
 */
final class IngestLanes implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IngestLanes.class);

    private final ObjectProvider<TelemetryIngest> ingest;
    private final List<ThreadPoolExecutor> lanes = new ArrayList<>();
    private final Map<TelemetryIngest.Outcome, LongAdder> outcomes = new EnumMap<>(TelemetryIngest.Outcome.class);
    private final LongAdder failures = new LongAdder();

    IngestLanes(ObjectProvider<TelemetryIngest> ingest, int laneCount, int capacity) {
        this.ingest = ingest;
        for (TelemetryIngest.Outcome outcome : TelemetryIngest.Outcome.values()) {
            outcomes.put(outcome, new LongAdder());
        }
        for (int i = 0; i < Math.max(1, laneCount); i++) {
            String name = "mqtt-ingest-" + i;
            lanes.add(new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(capacity),
                    r -> new Thread(r, name), IngestLanes::waitForRoom));
        }
    }

    /** Queues one payload; {@code afterwards} runs once it was handled (e.g. the PUBACK to a customer's broker). */
    void submit(String deviceCode, byte[] body, Runnable afterwards) {
        lanes.get(Math.floorMod(deviceCode.hashCode(), lanes.size())).execute(() -> {
            try {
                TelemetryIngest.Outcome outcome = ingest.getObject().accept(deviceCode, body);
                outcomes.get(outcome).increment();
                if (outcome != TelemetryIngest.Outcome.ACCEPTED) {
                    log.debug("MQTT telemetry of {} not accepted: {}", deviceCode, outcome);
                }
                afterwards.run();
            } catch (RuntimeException e) {
                failures.increment();
                log.error("MQTT telemetry of {} failed", deviceCode, e);
            }
        });
    }

    void submit(String deviceCode, byte[] body) {
        submit(deviceCode, body, () -> { });
    }

    long count(TelemetryIngest.Outcome outcome) {
        return outcomes.get(outcome).sum();
    }

    long failures() {
        return failures.sum();
    }

    private static void waitForRoom(Runnable task, ThreadPoolExecutor lane) {
        if (lane.isShutdown()) {
            return;
        }
        try {
            lane.getQueue().put(task);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Drains what was queued (up to 10 s) while the database is still there. */
    @Override
    public void close() {
        lanes.forEach(ThreadPoolExecutor::shutdown);
        for (ThreadPoolExecutor lane : lanes) {
            try {
                if (!lane.awaitTermination(10, TimeUnit.SECONDS)) {
                    log.warn("MQTT ingest lane still busy after 10 s; {} readings dropped", lane.shutdownNow().size());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
