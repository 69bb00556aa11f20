package cn.anzuo.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.support.AnzuoTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;

/**
 * ADR 0091: the work that reaches H2 runs on platform threads. On virtual threads a node hung under load, its two
 * carriers busy with threads looping on a lock whose holder could not get a carrier.
 */
@AnzuoTest
class PlatformThreadsTest {

    @Autowired @Qualifier("applicationTaskExecutor") AsyncTaskExecutor listeners;

    @Test
    void event_listeners_run_on_platform_threads() throws Exception {
        assertThat(listeners.submit(() -> Thread.currentThread().isVirtual()).get(10, TimeUnit.SECONDS)).isFalse();
    }
}
