package cn.anzuo.monitoring.mqtt;

import cn.anzuo.monitoring.DeviceCredentials;
import org.springframework.beans.factory.ObjectProvider;
import io.moquette.broker.Server;
import io.moquette.broker.config.IConfig;
import io.moquette.broker.config.MemoryConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ConcurrentModificationException;
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
    private static final Duration BIND_WAIT = Duration.ofSeconds(10);

    private volatile Server server;
    private volatile int boundPort;

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
        Server started = new Server();
        try {
            started.startServer(new MemoryConfig(config), List.of(new TelemetryInterceptor(lanes)), null,
                    new DeviceAuthenticator(credentials), new DeviceTopicPolicy());
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded MQTT broker did not start", e);
        }
        server = started;
        boundPort = awaitBoundPort(started);
        log.info("Embedded MQTT broker listening on {}:{}", properties.host(), boundPort);
    }

    /**
     * Moquette 0.17 records the bound port from a Netty thread into a plain HashMap once the bind completes, and its
     * getPort() writes to the same map: asked too early it returns 0 or throws ConcurrentModificationException.
     */
    private int awaitBoundPort(Server started) {
        long deadline = System.nanoTime() + BIND_WAIT.toNanos();
        while (true) {
            try {
                int port = started.getPort();
                if (port != 0) {
                    return port;
                }
            } catch (ConcurrentModificationException bindCompletingNow) {
                // the bind listener is writing the port at this moment: ask again
            }
            if (System.nanoTime() > deadline) {
                started.stopServer();
                server = null;
                throw new IllegalStateException("The embedded MQTT broker did not bind within " + BIND_WAIT);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the embedded MQTT broker was binding", e);
            }
        }
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
        if (server == null) {
            throw new IllegalStateException("The embedded MQTT broker is not running");
        }
        return boundPort;
    }
}
