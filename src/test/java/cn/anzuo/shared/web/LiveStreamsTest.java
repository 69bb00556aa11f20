package cn.anzuo.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class LiveStreamsTest {

    private final List<String> pushed = new ArrayList<>();

    @AfterEach
    void clear() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void outside_a_transaction_the_push_happens_at_once() {
        LiveStreams.afterCommit(() -> pushed.add("now"));
        assertThat(pushed).containsExactly("now");
    }

    @Test
    void inside_a_transaction_the_push_waits_for_the_commit() {
        TransactionSynchronizationManager.initSynchronization();
        LiveStreams.afterCommit(() -> pushed.add("after commit"));
        assertThat(pushed).isEmpty();

        TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
        assertThat(pushed).containsExactly("after commit");
    }

    @Test
    void a_rolled_back_change_is_never_pushed() {
        TransactionSynchronizationManager.initSynchronization();
        LiveStreams.afterCommit(() -> pushed.add("after commit"));

        TransactionSynchronizationManager.getSynchronizations()
                .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
        assertThat(pushed).isEmpty();
    }

    @Test
    void a_stream_is_counted_until_all_are_closed() {
        LiveStreams<UUID> streams = new LiveStreams<>();
        UUID site = UUID.randomUUID();
        streams.subscribe(site);
        streams.subscribe(site);
        streams.push(site, "refresh", "x");
        assertThat(streams.open(site)).isEqualTo(2);

        streams.closeAll();
        assertThat(streams.open(site)).isZero();
    }
}
