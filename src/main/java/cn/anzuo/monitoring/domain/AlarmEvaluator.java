package cn.anzuo.monitoring.domain;

import cn.anzuo.monitoring.AlarmLevel;
import cn.anzuo.monitoring.AlarmRaised;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides, for each reading, whether an alarm opens, rises to the second level, or clears — without a
 * database round trip for the ordinary reading. What it knows per device and metric (no open alarm, or
 * an open one at some level) is cached and re-read after a few seconds; the database only hears of a
 * change, and the unique open key makes it the judge when two nodes see the same change at once.
 * The decision never waits for readings to be stored.
 */
@Component
public class AlarmEvaluator {

    static final Duration KNOWN_FOR = Duration.ofSeconds(10);

    private record Key(UUID deviceId, String metric) {}

    /** {@code alarm} null: no open alarm. */
    private record Known(AlarmBook.OpenAlarm alarm, Instant until) {}

    private final AlarmBook book;
    private final ThresholdSettings thresholds;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Map<Key, Known> known = new ConcurrentHashMap<>();
    private final Map<Key, Object> locks = new ConcurrentHashMap<>();

    AlarmEvaluator(AlarmBook book, ThresholdSettings thresholds, ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.book = book;
        this.thresholds = thresholds;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Evaluates one gas reading; returns the alarm it opened or raised, if any. */
    public Optional<AlarmRaised> reading(DeviceRegistry.Device device, Metric metric, double value, Instant at) {
        Optional<Thresholds.Breach> breach = thresholds.of(device.companyId()).breach(metric, value);
        Key key = new Key(device.id(), metric.name());
        Known now = fresh(key);
        if (breach.isPresent()) {
            Thresholds.Breach b = breach.get();
            if (now != null && now.alarm() != null && !now.alarm().cleared() && !b.level().above(now.alarm().level())) {
                return Optional.empty(); // already open at this level or higher
            }
            return change(key, device, metric.name(), value, b.threshold(), b.level(), at, null);
        }
        if (now != null && (now.alarm() == null || now.alarm().cleared())) {
            return Optional.empty(); // normal and known to be normal
        }
        synchronized (lock(key)) {
            Optional<AlarmBook.OpenAlarm> open = book.open(device.id(), metric.name());
            open.filter(a -> !a.cleared()).ifPresent(a -> book.cleared(a.id(), at));
            remember(key, open.map(a -> new AlarmBook.OpenAlarm(a.id(), a.level(), true)).orElse(null));
        }
        return Optional.empty();
    }

    /** A camera event: an alarm of its type at its level, unless one of that type is open already. */
    public Optional<AlarmRaised> cameraEvent(DeviceRegistry.Device device, CameraEvent type, Instant at, byte[] snapshot) {
        return change(new Key(device.id(), type.name()), device, type.name(), null, null, type.level(), at, snapshot);
    }

    private Optional<AlarmRaised> change(Key key, DeviceRegistry.Device device, String metric, Double value,
            Double threshold, AlarmLevel level, Instant at, byte[] snapshot) {
        synchronized (lock(key)) {
            for (int attempt = 0; attempt < 3; attempt++) {
                // each attempt in its own transaction: on PostgreSQL a refused insert spoils the transaction it ran in
                Optional<Optional<AlarmRaised>> decided = transaction.execute(
                        status -> attempt(key, device, metric, value, threshold, level, at, snapshot));
                if (decided != null && decided.isPresent()) {
                    return decided.get();
                }
            }
            return Optional.empty();
        }
    }

    /** Empty when another node opened the alarm between our look and our insert: look again. */
    private Optional<Optional<AlarmRaised>> attempt(Key key, DeviceRegistry.Device device, String metric, Double value,
            Double threshold, AlarmLevel level, Instant at, byte[] snapshot) {
        Optional<AlarmBook.OpenAlarm> open = book.open(device.id(), metric);
        if (open.isEmpty()) {
            Optional<UUID> opened = book.insert(device, metric, value, threshold, level, at, snapshot);
            if (opened.isEmpty()) {
                return Optional.empty();
            }
            remember(key, new AlarmBook.OpenAlarm(opened.get(), level, false));
            return Optional.of(Optional.of(publish(new AlarmRaised(opened.get(), device.companyId(), device.siteId(),
                    device.code(), metric, value, threshold, level, at, false))));
        }
        AlarmBook.OpenAlarm alarm = open.get();
        if (level.above(alarm.level()) && book.raise(alarm.id(), level, value, threshold, at)) {
            remember(key, new AlarmBook.OpenAlarm(alarm.id(), level, false));
            return Optional.of(Optional.of(publish(new AlarmRaised(alarm.id(), device.companyId(), device.siteId(),
                    device.code(), metric, value, threshold, level, at, true))));
        }
        if (alarm.cleared()) {
            book.breachedAgain(alarm.id());
        }
        remember(key, new AlarmBook.OpenAlarm(alarm.id(), alarm.level(), false));
        return Optional.of(Optional.empty());
    }

    private AlarmRaised publish(AlarmRaised event) {
        events.publishEvent(event);
        return event;
    }

    /** Forgets what is known about an alarm's device and metric (it was resolved: the next breach opens a new one). */
    public void forget(UUID deviceId, String metric) {
        known.remove(new Key(deviceId, metric));
    }

    private Known fresh(Key key) {
        Known k = known.get(key);
        return k == null || k.until().isBefore(Instant.now()) ? null : k;
    }

    private void remember(Key key, AlarmBook.OpenAlarm alarm) {
        known.put(key, new Known(alarm, Instant.now().plus(KNOWN_FOR)));
    }

    private Object lock(Key key) {
        return locks.computeIfAbsent(key, k -> new Object());
    }
}
