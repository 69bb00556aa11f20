package cn.anzuo.monitoring.mqtt;

import cn.anzuo.monitoring.DeviceCredentials;
import org.springframework.beans.factory.ObjectProvider;
import io.moquette.broker.Server;
import io.moquette.broker.config.IConfig;
import io.moquette.broker.config.MemoryConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The embedded Moquette broker (docs/adr/0058): devices connect with their code and secret, publish to their own
 * topic, and every accepted reading goes to {@link IngestLanes}. No anonymous access, no persistence (a device
 * re-sends what was not acknowledged), no phoning home.
 */
final class EmbeddedBroker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedBroker.class);

    private final MqttProperties properties;
    private final ObjectProvider<DeviceCredentials> credentials;
    private final IngestLanes lanes;
    private volatile Server server;

    EmbeddedBroker(MqttProperties properties, ObjectProvider<DeviceCredentials> credentials, IngestLanes lanes) {
        this.properties = properties;
        this.credentials = credentials;
        this.lanes = lanes;
    }

    @Override
    public synchronized void start() {
        Properties config = new Properties();
        config.setProperty(IConfig.HOST_PROPERTY_NAME, properties.host());
        config.setProperty(IConfig.PORT_PROPERTY_NAME, Integer.toString(properties.port()));
        config.setProperty(IConfig.ALLOW_ANONYMOUS_PROPERTY_NAME, "false");
        config.setProperty(IConfig.PERSISTENCE_ENABLED_PROPERTY_NAME, "false");
        config.setProperty(IConfig.ENABLE_TELEMETRY_NAME, "false");
        config.setProperty(IConfig.NETTY_MAX_BYTES_PROPERTY_NAME, Integer.toString(properties.maxMessageBytes()));
        Server started = null;
        for (int attempt = 1; started == null; attempt++) {
            Server candidate = new Server();
            try {
                candidate.startServer(new MemoryConfig(config), List.of(new TelemetryInterceptor(lanes)), null,
                        new DeviceAuthenticator(credentials), new DeviceTopicPolicy());
                started = candidate;
            } catch (IOException e) {
                throw new UncheckedIOException("The embedded MQTT broker did not start", e);
            } catch (java.util.ConcurrentModificationException e) {
                // Moquette 0.17 shares static start-up state between brokers of one JVM (several test contexts):
                // a start racing another one fails this way; try again once it is over
                if (attempt >= 3) {
                    throw e;
                }
                log.warn("Embedded MQTT broker start raced another broker in this JVM; retrying ({})", e.toString());
                try {
                    candidate.stopServer();
                } catch (RuntimeException ignored) {
                    // it did not start
                }
            }
        }
        server = started;
        log.info("Embedded MQTT broker listening on {}:{}", properties.host(), started.getPort());
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stopServer();
            server = null;
        }
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }

    /** The port it listens on (the bound one when configured with 0). */
    int port() {
        Server current = server;
        if (current == null) {
            throw new IllegalStateException("The embedded MQTT broker is not running");
        }
        return current.getPort();
    }
}
