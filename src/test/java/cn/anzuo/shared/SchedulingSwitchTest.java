package cn.anzuo.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.support.AnzuoTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/**
 * {@code anzuo.scheduling.enabled=false} (a node that only serves requests, and the shared test context, which moves
 * its clock) schedules no job at all. Spring Modulith's moments, on by default, brought their own
 * {@code @EnableScheduling}, and every job ran on such a node: the time rules' sweep raced the benchmark that swept
 * by hand.
 */
@AnzuoTest
class SchedulingSwitchTest {

    @Autowired ApplicationContext context;

    @Test
    void a_node_with_scheduling_switched_off_runs_no_scheduled_job() {
        assertThat(context.getBeansOfType(ScheduledTaskHolder.class).values().stream()
                .flatMap(holder -> holder.getScheduledTasks().stream())
                .map(ScheduledTask::toString))
                .isEmpty();
    }
}
