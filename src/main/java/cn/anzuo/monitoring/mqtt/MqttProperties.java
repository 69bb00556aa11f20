package cn.anzuo.monitoring.mqtt;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code anzuo.mqtt.*}: the embedded broker (default), or a customer's broker when {@code brokerUrl} is set.
 *
 * @param enabled false: no MQTT at all (HTTP telemetry only)
 * @param host where the embedded broker listens
 * @param port the embedded broker's port; 0 picks a free one (tests)
 * @param brokerUrl {@code tcp://host:1883} or {@code ssl://host:8883}: subscribe there instead of embedding a broker
 * @param username for the customer's broker
 * @param password for the customer's broker
 * @param ingestLanes readings of one device stay in order on one lane; lanes run in parallel
 * @param laneCapacity readings queued per lane before the broker's hand-off waits
 * @param maxMessageBytes the largest PUBLISH accepted (a gateway batch of 1,000 readings fits)
 */
@ConfigurationProperties("anzuo.mqtt")
record MqttProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("0.0.0.0") String host,
        @DefaultValue("1883") int port,
        String brokerUrl,
        String username,
        String password,
        @DefaultValue("8") int ingestLanes,
        @DefaultValue("10000") int laneCapacity,
        @DefaultValue("262144") int maxMessageBytes) {
}
