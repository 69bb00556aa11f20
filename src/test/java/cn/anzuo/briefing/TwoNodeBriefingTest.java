package cn.anzuo.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.briefing.domain.MorningBriefings;
import cn.anzuo.shared.security.Role;
import cn.anzuo.support.ClusterNodes;
import cn.anzuo.support.MutableClock;
import cn.anzuo.support.TestClockConfig;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application contexts on one H2 file database (two nodes of a cluster), scheduling off: both run the
 * briefing job at the same instant, concurrently, and each company's briefing is sent exactly once — one row,
 * one inbox item per reader, one robot delivery — however the two nodes interleave.
 */
class TwoNodeBriefingTest {

    static final int COMPANIES = 12;
    @TempDir
    Path folder;

    final ClusterNodes nodes = new ClusterNodes();

    @AfterEach
    void stopNodes() {
        nodes.close();
    }

    @Test
    void two_nodes_running_the_job_at_once_send_each_briefing_exactly_once() throws Exception {
        String url = ClusterNodes.h2File(folder);
        // one after the other: the first migrates the schema
        ConfigurableApplicationContext first = nodes.h2(url, new Class<?>[] {TestClockConfig.class});
        ConfigurableApplicationContext second = nodes.h2(url, new Class<?>[] {TestClockConfig.class});
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        for (int i = 0; i < COMPANIES; i++) {
            BriefingFixtures plant = new BriefingFixtures(jdbc, "Asia/Shanghai", null);
            plant.user(Role.SAFETY_OFFICER);
            plant.user(Role.PLANT_LEADER);
            plant.wecomRobot();
        }
        Instant morning = Instant.parse("2026-11-30T23:45:00Z"); // 07:45 on 2026-12-01 in Shanghai
        first.getBean(MutableClock.class).fixAt(morning);
        second.getBean(MutableClock.class).fixAt(morning);

        List<List<MorningBriefings.Sent>> runs = ClusterNodes.atOnce(List.of(first, second),
                node -> node.getBean(MorningBriefings.class)::sendDue);
        assertThat(runs.stream().mapToInt(List::size).sum()).isEqualTo(COMPANIES);

        assertThat(count(jdbc, "select count(*) from daily_briefing where briefing_date = date '2026-11-30'"))
                .isEqualTo(COMPANIES);
        assertThat(count(jdbc, "select count(*) from notification where kind = 'DAILY_BRIEFING'"))
                .isEqualTo(2L * COMPANIES);
        assertThat(count(jdbc, "select count(*) from notification_delivery where channel = 'WECOM'"))
                .isEqualTo(COMPANIES);
        // and a rerun on either node adds nothing
        assertThat(second.getBean(MorningBriefings.class).sendDue()).isEmpty();
        assertThat(first.getBean(MorningBriefings.class).sendDue()).isEmpty();
        assertThat(count(jdbc, "select count(*) from notification where kind = 'DAILY_BRIEFING'"))
                .isEqualTo(2L * COMPANIES);
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
