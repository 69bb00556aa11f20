package cn.anzuo.permit;

import static cn.anzuo.permit.PermitFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.permit.domain.HolidayCalendar;
import cn.anzuo.permit.domain.PermitApprovals;
import cn.anzuo.permit.domain.PermitApprovals.DecideApproval;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.security.Role;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Twenty approvers racing on one step: exactly one decision is stored, the others get 409 or 403. */
@AnzuoTest
class ConcurrentApprovalTest {

    @Autowired ApiClient api;
    @Autowired HolidayCalendar holidays;
    @Autowired PermitApprovals approvals;
    @Autowired JdbcClient jdbc;

    @Test
    void twenty_threads_approving_the_same_step_store_exactly_one_decision() throws Exception {
        PermitFixtures f = new PermitFixtures(api, holidays);
        String welder = f.worker("并发焊工", "2.1");
        String guardian = f.worker("并发监护", "GUARDIAN");
        LocalDate day = f.workday();
        UUID permit = UUID.fromString(ApiClient.read(api.post("leader", "/api/v1/permits",
                f.request("HOT_WORK", "LEVEL_2", at(day, 9, 0), at(day, 10, 0), welder, List.of(welder), guardian, null))
                .andExpect(status().isCreated()), "$.id"));

        List<CurrentUser> approvers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            approvers.add(new CurrentUser(UUID.randomUUID(), "unit" + i, "审批人" + i, UUID.fromString(f.companyId),
                    Set.of(Role.UNIT_APPROVER), null));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        List<Future<?>> futures = new ArrayList<>();
        for (CurrentUser approver : approvers) {
            futures.add(pool.submit(() -> {
                start.await();
                String outcome;
                try {
                    approvals.decide(approver, permit, new DecideApproval(true, "同意", null, null, null));
                    outcome = "200";
                } catch (OptimisticLockingFailureException e) {
                    outcome = "409";
                } catch (BusinessProblem e) {
                    outcome = String.valueOf(cn.anzuo.shared.web.ProblemStatus.of(e).value());
                }
                outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();

        assertThat(outcomes.get("200")).hasValue(1);
        assertThat(outcomes.keySet()).isSubsetOf("200", "409", "403");
        assertThat(jdbc.sql("select count(*) from approval_step where work_permit = ? and decided_by is not null")
                .param(permit).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select status from work_permit where id = ?").param(permit).query(String.class).single())
                .isEqualTo("APPROVED");
    }
}
