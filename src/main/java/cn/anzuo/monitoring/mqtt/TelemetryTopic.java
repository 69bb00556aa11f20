package cn.anzuo.monitoring.mqtt;

import java.util.Optional;

/** {@code anzuo/devices/{code}/telemetry}: the one topic a device publishes to (API.md). */
final class TelemetryTopic {

    static final String PREFIX = "anzuo/devices/";
    static final String SUFFIX = "/telemetry";
    /** What Anzuo nodes subscribe to on a customer's broker: one shared group, so each message reaches one node. */
    static final String SHARED_FILTER = "$share/anzuo/" + PREFIX + "+" + SUFFIX;

    private TelemetryTopic() {
    }

    static String of(String deviceCode) {
        return PREFIX + deviceCode + SUFFIX;
    }

    /** The device code in a telemetry topic; empty for any other topic or a code with MQTT wildcards. */
    static Optional<String> deviceCode(String topic) {
        if (topic == null || !topic.startsWith(PREFIX) || !topic.endsWith(SUFFIX)) {
            return Optional.empty();
        }
        int end = topic.length() - SUFFIX.length();
        if (end <= PREFIX.length()) {
            return Optional.empty();
        }
        String code = topic.substring(PREFIX.length(), end);
        return plainCode(code) ? Optional.of(code) : Optional.empty();
    }

    /** A code that cannot widen a topic: no level separator, no wildcards. */
    static boolean plainCode(String code) {
        return code != null && !code.isEmpty() && code.indexOf('/') < 0 && code.indexOf('+') < 0
                && code.indexOf('#') < 0;
    }
}
