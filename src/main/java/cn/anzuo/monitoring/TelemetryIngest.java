package cn.anzuo.monitoring;

/**
 * Where transports hand in telemetry of a device that has already proved who it is (the MQTT broker
 * authenticated it at CONNECT, or the customer's broker did). The body is the API.md JSON: one
 * reading {@code {"ts","values":{…}}} or a gateway batch {@code {"readings":[…]}}.
 */
public interface TelemetryIngest {

    /** Evaluates and stores the readings; never throws for bad input, answers what happened instead. */
    Outcome accept(String deviceCode, byte[] body);

    enum Outcome {
        ACCEPTED,
        UNKNOWN_DEVICE,
        MALFORMED,
        UNKNOWN_METRIC,
        INVALID_READING,
        /** The device's company has switched monitoring off (ADR 0071): the readings are dropped. */
        MODULE_DISABLED
    }
}
