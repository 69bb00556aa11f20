package cn.anzuo.archive.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.support.AnzuoTest;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** API.md "Flags", each from a trace built for it. */
@AnzuoTest
class TraceFlagsTest {

    @Autowired TraceChain chain;
    @Autowired TraceFlags flags;
    @Autowired TransactionTemplate tx;

    static final Instant T0 = Instant.parse("2026-11-02T01:00:00Z");

    UUID permit(Object[]... events) {
        UUID id = UUID.randomUUID();
        UUID company = UUID.randomUUID();
        tx.executeWithoutResult(s -> {
            for (Object[] e : events) {
                @SuppressWarnings("unchecked")
                Map<String, Object> data = e.length > 2 ? (Map<String, Object>) e[2] : Map.of();
                chain.append(id, company, (String) e[0], T0.plusSeconds((Integer) e[1]), "SYSTEM:TEST", data);
            }
        });
        return id;
    }

    @Test
    void approvals_seconds_apart_are_flagged_and_minutes_apart_are_not() {
        assertThat(flags.flagsOf(permit(new Object[] {"SUBMITTED", 0}, new Object[] {"APPROVED", 600},
                new Object[] {"APPROVED", 610}))).containsExactly("APPROVED_IN_SECONDS");
        assertThat(flags.flagsOf(permit(new Object[] {"SUBMITTED", 0}, new Object[] {"APPROVED", 600},
                new Object[] {"APPROVED", 1200}))).isEmpty();
    }

    @Test
    void a_gas_test_recorded_over_15_minutes_after_sampling_is_backfilled() {
        assertThat(flags.flagsOf(permit(new Object[] {"GAS_TEST", 1000, Map.of("sampledAt", T0.toString())})))
                .containsExactly("GAS_TEST_BACKFILLED");
        assertThat(flags.flagsOf(permit(new Object[] {"GAS_TEST", 600, Map.of("sampledAt", T0.toString())}))).isEmpty();
    }

    @Test
    void a_check_in_after_the_start_is_late() {
        assertThat(flags.flagsOf(permit(new Object[] {"CHECKED_IN", 0}, new Object[] {"STARTED", 60},
                new Object[] {"CHECKED_IN", 120}))).containsExactly("LATE_CHECK_IN");
        assertThat(flags.flagsOf(permit(new Object[] {"CHECKED_IN", 0}, new Object[] {"STARTED", 60}))).isEmpty();
    }
}
