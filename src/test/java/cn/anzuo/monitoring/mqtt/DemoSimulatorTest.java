package cn.anzuo.monitoring.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/** The demo plant's detectors publish over the embedded broker as themselves and their readings are stored. */
@SpringBootTest(properties = {"anzuo.demo.enabled=true", "anzuo.scheduling.enabled=false",
        "anzuo.demo.simulator.enabled=true"})
@DirtiesContext // closed after the test: its simulator would go on raising alarms at the demo sites of the shared database
class DemoSimulatorTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_demo_detectors_report_over_mqtt() {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(jdbc.queryForObject("""
                select count(distinct r.device_id) from telemetry_reading r join device d on d.id = r.device_id
                where d.code like '%-GD1' and r.metric = 'O2'""", Long.class)).isPositive());
    }
}
