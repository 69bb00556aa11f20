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
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

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
        assertThat(loads).as("outside a transaction and a request: every time").hasValue(4);
    }

    @Test
    void within_a_request_a_value_read_without_writing_is_loaded_once_and_a_save_forgets_it() throws Exception {
        AtomicInteger loads = new AtomicInteger();
        inRequest(() -> {
            TransactionMemo.remember("key", loads::incrementAndGet);
            TransactionMemo.remember("key", loads::incrementAndGet);
            assertThat(loads).as("the page's reads outside transactions").hasValue(1);

            TransactionTemplate readOnly = new TransactionTemplate(transactions);
            readOnly.setReadOnly(true);
            readOnly.executeWithoutResult(status -> TransactionMemo.remember("key", loads::incrementAndGet));
            assertThat(loads).as("a read-only transaction in the request shares the request's memo").hasValue(1);

            inTransaction.executeWithoutResult(status -> TransactionMemo.remember("key", loads::incrementAndGet));
            assertThat(loads).as("a writing transaction in the request reads afresh").hasValue(2);

            TransactionMemo.forget(); // what a save of any aggregate in the request does
            TransactionMemo.remember("key", loads::incrementAndGet);
            assertThat(loads).as("after a save in the request").hasValue(3);
        });
        inRequest(() -> TransactionMemo.remember("key", loads::incrementAndGet));
        assertThat(loads).as("the next request reads again").hasValue(4);
    }

    @Test
    void within_a_request_a_policy_change_saved_in_the_request_is_seen_by_its_later_reads() throws Exception {
        int before = window();
        CurrentUser admin = new CurrentUser(UUID.randomUUID(), "memo-admin", "memo-admin", company,
                java.util.Set.of(cn.anzuo.shared.security.Role.COMPANY_ADMIN), null);
        try {
            inRequest(() -> {
                assertThat(window()).isEqualTo(before);
                administration.changePolicy(admin, company, new PolicySettings(before + 3, null, null, null, null,
                        null, null, null, null, null, null, null));
                assertThat(window()).as("read after the save, outside its transaction").isEqualTo(before + 3);
            });
        } finally {
            jdbc.sql("update company set check_in_window_minutes = ? where id = ?").params(before, company).update();
        }
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

    /** Runs {@code work} as a request's handler does: behind the memo's filter, with the request bound. */
    void inRequest(Runnable work) throws Exception {
        RequestAttributes outer = RequestContextHolder.getRequestAttributes();
        new MockFilterChain(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) {
                RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
                try {
                    work.run();
                } finally {
                    RequestContextHolder.setRequestAttributes(outer);
                }
            }
        }, new TransactionMemo.RequestScope())
                .doFilter(new MockHttpServletRequest(), new MockHttpServletResponse());
    }

    int window() {
        return organization.policy(company).checkInWindowMinutes();
    }
}
