package cn.anzuo.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class LiveHubTest {

    private final List<String> pushed = new ArrayList<>();

    @AfterEach
    void clear() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void outside_a_transaction_the_push_happens_at_once() {
        LiveHub.afterCommit(() -> pushed.add("now"));
        assertThat(pushed).containsExactly("now");
    }

    @Test
    void inside_a_transaction_the_push_waits_for_the_commit() {
        TransactionSynchronizationManager.initSynchronization();
        LiveHub.afterCommit(() -> pushed.add("after commit"));
        assertThat(pushed).isEmpty();

        TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
        assertThat(pushed).containsExactly("after commit");
    }

    @Test
    void a_rolled_back_change_is_never_pushed() {
        TransactionSynchronizationManager.initSynchronization();
        LiveHub.afterCommit(() -> pushed.add("after commit"));

        TransactionSynchronizationManager.getSynchronizations()
                .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
        assertThat(pushed).isEmpty();
    }

    @Test
    void streams_are_counted_until_all_are_closed() {
        LiveHub hub = new LiveHub();
        UUID user = UUID.randomUUID();
        UUID company = UUID.randomUUID();
        hub.open(user, company, null);
        hub.open(user, company, UUID.randomUUID());
        hub.toCompany(company, "alarm", "x");
        assertThat(hub.open()).isEqualTo(2);

        hub.closeAll();
        assertThat(hub.open()).isZero();
    }
}
