package cn.anzuo.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.archive.domain.SpotChecks;
import cn.anzuo.archive.domain.TraceChain;
import cn.anzuo.permit.domain.HolidayCalendar;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** API.md "Spot checks": ⌈10 %⌉ of the month's closed permits, reproducible, once a month, FAIL → violations. */
@AnzuoTest
class SpotCheckApiTest {

    @Autowired ApiClient api;
    @Autowired HolidayCalendar holidays;
    @Autowired TraceChain chain;
    @Autowired TransactionTemplate tx;

    @Test
    void the_draw_is_a_tenth_rounded_up_and_reproducible() {
        UUID company = UUID.randomUUID();
        List<UUID> population = IntStream.range(0, 23).mapToObj(i -> UUID.randomUUID()).toList();
        List<UUID> drawn = SpotChecks.draw(population, company, YearMonth.of(2026, 11));
        assertThat(drawn).hasSize(3).doesNotHaveDuplicates();
        assertThat(population).containsAll(drawn);
        List<UUID> shuffled = new ArrayList<>(population);
        java.util.Collections.reverse(shuffled);
        assertThat(SpotChecks.draw(shuffled, company, YearMonth.of(2026, 11))).isEqualTo(drawn);
        assertThat(SpotChecks.draw(population.subList(0, 10), company, YearMonth.of(2026, 11))).hasSize(1);
        assertThat(SpotChecks.draw(List.of(), company, YearMonth.of(2026, 11))).isEmpty();
    }

    @Test
    void the_auditor_draws_once_a_month_and_a_failure_warns_the_worker() throws Exception {
        PermitFixtures f = new PermitFixtures(api, holidays);
        String worker = f.worker("抽查焊工", "2.1");
        YearMonth month = YearMonth.of(2001, 1).plusMonths(ThreadLocalRandom.current().nextInt(240));
        UUID company = UUID.fromString(f.companyId);
        List<UUID> closed = IntStream.range(0, 12).mapToObj(i -> UUID.randomUUID()).toList();
        tx.executeWithoutResult(s -> closed.forEach(p -> chain.append(p, company, "CLOSED",
                month.atDay(10).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), "SYSTEM:TEST", Map.of())));

        String body = """
                {"companyId":"%s","month":"%s"}""".formatted(f.companyId, month);
        var drawn = api.post("auditor", "/api/v1/spot-checks", body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.month").value(month.toString()))
                .andExpect(jsonPath("$.population").value(12))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].result").doesNotExist());
        String id = ApiClient.read(drawn, "$.id");
        String permit = ApiClient.read(drawn, "$.items[0].permitId");
        assertThat(List.of(permit, ApiClient.<String>read(drawn, "$.items[1].permitId")))
                .containsExactlyElementsOf(SpotChecks.draw(closed, company, month).stream().map(UUID::toString).toList());

        api.post("auditor", "/api/v1/spot-checks", body).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("SPOT_CHECK_EXISTS"));
        api.post("safety", "/api/v1/spot-checks", body).andExpect(status().isForbidden());

        api.post("auditor", "/api/v1/spot-checks/{id}/items/{p}", """
                {"result":"FAIL","findings":"气体分析记录补填","workerIds":["%s"]}""".formatted(worker), id, permit)
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].result").value("FAIL"));
        api.get("auditor", "/api/v1/violations?companyId={c}&workerId={w}", f.companyId, worker)
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].sanction").value("WARNING"))
                .andExpect(jsonPath("$[0].permitId").value(permit));
    }
}
