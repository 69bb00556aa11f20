package cn.anzuo.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.anzuo.support.AnzuoTest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** ADR 0095: on PostgreSQL the registry's stamps commit without waiting for the WAL flush; nothing else does. */
@AnzuoTest
class OutboxBookkeepingTest {

    @Autowired EventPublicationRepository publications;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void the_registrys_stamps_do_not_wait_for_the_disk_and_other_transactions_still_do() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        String processing = tx.execute(s -> {
            publications.markProcessing(UUID.randomUUID());
            return synchronousCommit();
        });
        String completed = tx.execute(s -> {
            publications.markCompleted(UUID.randomUUID(), Instant.now());
            return synchronousCommit();
        });
        String failed = tx.execute(s -> {
            publications.markFailed(UUID.randomUUID());
            return synchronousCommit();
        });
        String after = tx.execute(s -> synchronousCommit());
        assumeTrue(after != null, "H2 has no synchronous_commit: its commits are written before the answer (ADR 0020)");
        assertThat(processing).isEqualTo("off");
        assertThat(completed).isEqualTo("off");
        assertThat(failed).isEqualTo("on");
        assertThat(after).isEqualTo("on");
    }

    /** The setting of the current transaction on PostgreSQL, null on H2. */
    private String synchronousCommit() {
        String product = jdbc.sql("select 1").query((rs, n) -> rs.getStatement().getConnection().getMetaData()
                .getDatabaseProductName()).single();
        return product.toLowerCase().contains("postgres")
                ? jdbc.sql("select current_setting('synchronous_commit')").query(String.class).single() : null;
    }
}
