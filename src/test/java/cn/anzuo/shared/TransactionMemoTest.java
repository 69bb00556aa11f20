package cn.anzuo.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.organization.Organization;
import cn.anzuo.organization.domain.CompanyAdministration;
import cn.anzuo.organization.domain.PolicySettings;
import cn.anzuo.shared.security.CurrentUser;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A company's policy is read once per transaction, never longer: a change committed elsewhere is seen by the next
 * transaction, and the transaction's own change is seen at once.
 */
@cn.anzuo.support.AnzuoTest
class TransactionMemoTest {

    @Autowired Organization organization;
    @Autowired CompanyAdministration administration;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;
    TransactionTemplate inTransaction;
    UUID company;

    @BeforeEach
    void demoCompany() {
        inTransaction = new TransactionTemplate(transactions);
        company = jdbc.sql("select id from company where code = 'DEMO'").query(UUID.class).single();
    }

    @Test
    void within_a_transaction_a_value_is_loaded_once_and_outside_one_every_time() {
        AtomicInteger loads = new AtomicInteger();
        inTransaction.executeWithoutResult(status -> {
            assertThat(TransactionMemo.remember("key", loads::incrementAndGet)).isEqualTo(1);
            assertThat(TransactionMemo.remember("key", loads::incrementAndGet)).isEqualTo(1);
        });
        assertThat(loads).hasValue(1);

        inTransaction.executeWithoutResult(status -> TransactionMemo.remember("key", loads::incrementAndGet));
        assertThat(loads).as("the next transaction loads again").hasValue(2);

        TransactionMemo.remember("key", loads::incrementAndGet);
        TransactionMemo.remember("key", loads::incrementAndGet);
        assertThat(loads).as("outside a transaction: every time").hasValue(4);
    }

    @Test
    void a_change_committed_elsewhere_is_seen_by_the_next_transaction() {
        int before = window();
        try {
            inTransaction.executeWithoutResult(status -> assertThat(window()).isEqualTo(before));
            jdbc.sql("update company set check_in_window_minutes = ? where id = ?").params(before + 7, company).update();
            inTransaction.executeWithoutResult(status -> assertThat(window()).isEqualTo(before + 7));
        } finally {
            jdbc.sql("update company set check_in_window_minutes = ? where id = ?").params(before, company).update();
        }
    }

    @Test
    void the_transactions_own_change_is_seen_at_once() {
        int before = window();
        CurrentUser admin = new CurrentUser(UUID.randomUUID(), "memo-admin", "memo-admin", company,
                java.util.Set.of(cn.anzuo.shared.security.Role.COMPANY_ADMIN), null);
        inTransaction.executeWithoutResult(status -> {
            assertThat(window()).isEqualTo(before);
            administration.changePolicy(admin, company, new PolicySettings(before + 5, null, null, null, null, null,
                    null, null, null, null, null, null));
            assertThat(window()).as("read after the save in the same transaction").isEqualTo(before + 5);
            status.setRollbackOnly();
        });
        assertThat(window()).isEqualTo(before);
    }

    int window() {
        return organization.policy(company).checkInWindowMinutes();
    }
}
