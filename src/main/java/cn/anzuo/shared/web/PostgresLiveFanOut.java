package cn.anzuo.shared.web;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Live hints across the nodes of a cluster (ADR 0081): PostgreSQL {@code NOTIFY} on a channel every node
 * {@code LISTEN}s to. One dedicated connection per node, outside the pool, owned by one thread that sends the hints
 * this node published and delivers those of the other nodes to this node's pages. A hint carries the id of the node
 * that sent it, and a node skips its own: that node delivered it already, at the commit.
 *
 * <p>Best effort, like every hint: while the connection is down (a restart of the database) hints are dropped, and
 * the thread reconnects with a growing pause; the pages poll meanwhile.
 */
class PostgresLiveFanOut implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PostgresLiveFanOut.class);
    /** PostgreSQL refuses a payload of 8,000 bytes or more; hints are far smaller, a longer one is not sent. */
    static final int MAX_PAYLOAD_BYTES = 7_900;
    static final int QUEUE = 10_000;
    static final Duration POLL = Duration.ofMillis(50);
    static final Duration MAX_PAUSE = Duration.ofSeconds(10);

    private final LiveHub hub;
    private final String url;
    private final String username;
    private final String password;
    private final String channel;
    private final String node = UUID.randomUUID().toString();
    private final BlockingQueue<String> outgoing = new LinkedBlockingQueue<>(QUEUE);
    private volatile boolean running;
    private volatile boolean listening;
    private Thread thread;

    PostgresLiveFanOut(LiveHub hub, String url, String username, String password, String channel) {
        this.hub = hub;
        this.url = url;
        this.username = username;
        this.password = password;
        this.channel = channel;
    }

    /** Queues a hint of this node for the others; never blocks the committing thread. */
    void send(LiveHint hint) {
        String payload = node + "|" + hint.encode();
        if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES || !outgoing.offer(payload)) {
            log.debug("Live hint not sent to the cluster: {}", hint);
        }
    }

    @Override
    public void start() {
        running = true;
        hub.forwardTo(this::send);
        thread = Thread.ofPlatform().name("live-fan-out").daemon().start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        hub.forwardTo(hint -> {});
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** This node's id in the payloads it sends. */
    String node() {
        return node;
    }

    /** Whether the node listens now (for tests and health): hints of other nodes reach its pages. */
    boolean listening() {
        return listening;
    }

    private void run() {
        Duration pause = Duration.ofMillis(500);
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, username, password)) {
                connection.setAutoCommit(true);
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + channel);
                }
                listening = true;
                pause = Duration.ofMillis(500);
                log.info("Live hints shared with the cluster on PostgreSQL channel {}", channel);
                loop(connection);
            } catch (SQLException e) {
                if (running) {
                    log.warn("Live fan-out connection lost ({}); reconnecting in {} ms", e.getMessage(), pause.toMillis());
                }
            } finally {
                listening = false;
            }
            if (!sleep(pause)) {
                return;
            }
            pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
        }
    }

    private void loop(Connection connection) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        try (PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            while (running) {
                String payload;
                while ((payload = outgoing.poll()) != null) {
                    notify.setString(1, channel);
                    notify.setString(2, payload);
                    notify.execute();
                }
                PGNotification[] received = pg.getNotifications((int) POLL.toMillis());
                if (received == null) {
                    continue;
                }
                for (PGNotification notification : received) {
                    receive(notification.getParameter());
                }
            }
        }
    }

    /** A hint of another node, to this node's pages; this node's own hints come back too and are skipped. */
    void receive(String payload) {
        int bar = payload.indexOf('|');
        if (bar < 0 || payload.substring(0, bar).equals(node)) {
            return;
        }
        LiveHint.decode(payload.substring(bar + 1)).ifPresent(hub::deliver);
    }

    private boolean sleep(Duration pause) {
        try {
            Thread.sleep(pause);
            return running;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
