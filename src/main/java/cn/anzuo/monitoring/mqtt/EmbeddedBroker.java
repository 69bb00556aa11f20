package cn.anzuo.monitoring.mqtt;

import cn.anzuo.monitoring.DeviceCredentials;
import org.springframework.beans.factory.ObjectProvider;
import io.moquette.broker.Server;
import io.moquette.broker.config.IConfig;
import io.moquette.broker.config.MemoryConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
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
    private static final Duration BIND_WAIT = Duration.ofSeconds(30);

    private volatile Server server;
    private volatile int boundPort;

    EmbeddedBroker(MqttProperties properties, ObjectProvider<DeviceCredentials> credentials, IngestLanes lanes) {
        this.properties = properties;
        this.credentials = credentials;
        this.lanes = lanes;
    }

    @Override
    public synchronized void start() {
        int port = freePort(properties.host(), properties.port());
        Properties config = new Properties();
        config.setProperty(IConfig.HOST_PROPERTY_NAME, properties.host());
        config.setProperty(IConfig.PORT_PROPERTY_NAME, Integer.toString(port));
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
        awaitListening(started, port);
        boundPort = port;
        log.info("Embedded MQTT broker listening on {}:{}", properties.host(), port);
    }

    /**
     * The port to give Moquette: the configured one after checking that nothing else listens there (Moquette binds
     * asynchronously and only logs a failure), or for 0 a free one chosen here. Moquette 0.17's getPort() is not
     * asked: it writes to the plain HashMap its Netty thread fills when the bind completes, and under load that race
     * lost the entry (the broker "did not bind within 10 s" while listening).
     */
    private static int freePort(String host, int configured) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(host, configured));
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded MQTT broker cannot listen on " + host + ":" + configured
                    + " (set anzuo.mqtt.port, or anzuo.mqtt.enabled=false): " + e.getMessage(), e);
        }
    }

    /** Waits until a TCP connection to the broker's port is accepted. */
    private void awaitListening(Server started, int port) {
        String host = "0.0.0.0".equals(properties.host()) ? "127.0.0.1" : properties.host();
        long deadline = System.nanoTime() + BIND_WAIT.toNanos();
        while (true) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress(host, port), 500);
                return;
            } catch (IOException notYet) {
                // not bound yet: try again
            }
            if (System.nanoTime() > deadline) {
                started.stopServer();
                server = null;
                throw new IllegalStateException("The embedded MQTT broker did not listen on port " + port
                        + " within " + BIND_WAIT);
            }
            try {
                Thread.sleep(20);
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
