package cn.anzuo.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The cluster fan-out's rules without a database: the payload, and who delivers a hint (ADR 0081). */
class LiveFanOutTest {

    final List<LiveHint> sent = new ArrayList<>();
    final List<String> delivered = new ArrayList<>();
    final UUID user = UUID.randomUUID();

    LiveHub hub = new LiveHub() {
        @Override
        public void deliver(LiveHint hint) {
            delivered.add(hint.event() + ":" + hint.data());
            super.deliver(hint);
        }
    };

    @Test
    void a_hint_travels_as_text_and_comes_back_the_same() {
        LiveHint hint = new LiveHint(LiveHint.Audience.SITE, UUID.randomUUID(), "refresh", "a|b");
        assertThat(LiveHint.decode(hint.encode())).contains(hint);
    }

    @Test
    void a_text_that_is_not_a_hint_is_ignored() {
        assertThat(LiveHint.decode("X|" + UUID.randomUUID() + "|inbox|1")).isEmpty();
        assertThat(LiveHint.decode("U|not-an-id|inbox|1")).isEmpty();
        assertThat(LiveHint.decode("U|inbox")).isEmpty();
        assertThat(LiveHint.decode(null)).isEmpty();
    }

    @Test
    void a_hint_published_on_this_node_is_delivered_here_once_and_handed_to_the_cluster() {
        hub.forwardTo(sent::add);
        hub.toUser(user, "inbox", "42");
        assertThat(delivered).containsExactly("inbox:42");
        assertThat(sent).containsExactly(new LiveHint(LiveHint.Audience.USER, user, "inbox", "42"));
    }

    @Test
    void the_fan_out_delivers_hints_of_other_nodes_and_skips_its_own() {
        PostgresLiveFanOut fanOut = new PostgresLiveFanOut(hub, "jdbc:postgresql://unused/x", "", "", "anzuo_live");
        LiveHint hint = new LiveHint(LiveHint.Audience.USER, user, "inbox", "7");
        fanOut.receive(UUID.randomUUID() + "|" + hint.encode());
        assertThat(delivered).containsExactly("inbox:7");

        delivered.clear();
        fanOut.receive(ownPayload(fanOut, hint)); // this node's own NOTIFY, handed back by PostgreSQL
        assertThat(delivered).isEmpty();
    }

    /** What the fan-out would NOTIFY for the hint: its node id first. */
    private static String ownPayload(PostgresLiveFanOut fanOut, LiveHint hint) {
        return fanOut.node() + "|" + hint.encode();
    }
}
