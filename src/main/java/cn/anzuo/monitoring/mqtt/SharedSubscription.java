package cn.anzuo.monitoring.mqtt;

import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import com.hivemq.client.mqtt.mqtt5.Mqtt5ClientBuilder;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Telemetry from a customer's broker (docs/adr/0059): an MQTT 5 shared subscription
 * {@code $share/anzuo/anzuo/devices/+/telemetry} at QoS 1, so several Anzuo nodes split the devices' messages and
 * each message reaches one node. The device code comes from the topic (the customer's broker authenticated the
 * device). A message is acknowledged only after it was handled; the client reconnects by itself and subscribes
 * again on every connection.
 */
final class SharedSubscription implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SharedSubscription.class);

    private final MqttProperties properties;
    private final IngestLanes lanes;
    private volatile Mqtt5AsyncClient client;
    private volatile boolean subscribed;

    SharedSubscription(MqttProperties properties, IngestLanes lanes) {
        this.properties = properties;
        this.lanes = lanes;
    }

    @Override
    public synchronized void start() {
        URI url = URI.create(properties.brokerUrl().trim());
        boolean tls = "ssl".equals(url.getScheme()) || "mqtts".equals(url.getScheme());
        int port = url.getPort() > 0 ? url.getPort() : tls ? 8883 : 1883;
        Mqtt5ClientBuilder builder = Mqtt5Client.builder()
                .identifier("anzuo-" + UUID.randomUUID().toString().substring(0, 8))
                .serverHost(url.getHost())
                .serverPort(port)
                .automaticReconnectWithDefaultConfig()
                .addConnectedListener(connected -> subscribe());
        if (tls) {
            builder = builder.sslWithDefaultConfig();
        }
        if (properties.username() != null && !properties.username().isBlank()) {
            builder = builder.simpleAuth()
                    .username(properties.username())
                    .password(Optional.ofNullable(properties.password()).orElse("").getBytes(StandardCharsets.UTF_8))
                    .applySimpleAuth();
        }
        Mqtt5AsyncClient built = builder.buildAsync();
        // Registered before connecting so that nothing the broker sends is missed; acknowledged by hand.
        built.publishes(MqttGlobalPublishFilter.SUBSCRIBED, this::handle, true);
        client = built;
        try {
            built.connectWith().cleanStart(true).keepAlive(30).send().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            // Automatic reconnect keeps trying; Anzuo starts without the customer's broker rather than not at all.
            log.warn("MQTT broker {} not reachable yet; retrying in the background", properties.brokerUrl(), e);
        }
    }

    private void subscribe() {
        Mqtt5AsyncClient current = client;
        if (current == null) {
            return;
        }
        current.subscribeWith()
                .topicFilter(TelemetryTopic.SHARED_FILTER)
                .qos(MqttQos.AT_LEAST_ONCE)
                .send()
                .whenComplete((ack, error) -> {
                    if (error != null) {
                        log.error("MQTT subscription {} refused", TelemetryTopic.SHARED_FILTER, error);
                    } else {
                        subscribed = true;
                        log.info("Subscribed to {} on {}", TelemetryTopic.SHARED_FILTER, properties.brokerUrl());
                    }
                });
    }

    private void handle(Mqtt5Publish publish) {
        Optional<String> code = TelemetryTopic.deviceCode(publish.getTopic().toString());
        if (code.isEmpty()) {
            publish.acknowledge();
            return;
        }
        lanes.submit(code.get(), publish.getPayloadAsBytes(), publish::acknowledge);
    }

    @Override
    public synchronized void stop() {
        Mqtt5AsyncClient current = client;
        client = null;
        if (current != null) {
            try {
                current.disconnect().get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                log.debug("MQTT disconnect", e);
            }
        }
    }

    /** True once the broker granted the shared subscription (on the current or an earlier connection). */
    boolean subscribed() {
        return subscribed;
    }

    @Override
    public boolean isRunning() {
        return client != null;
    }
}
