package cn.anzuo.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.monitoring.domain.AlarmEscalations;
import cn.anzuo.monitoring.domain.DeviceRegistry;
import cn.anzuo.monitoring.domain.ReadingWriter;
import cn.anzuo.monitoring.domain.Telemetry;
import cn.anzuo.monitoring.domain.TelemetryHousekeeping;
import cn.anzuo.organization.Organization;
import cn.anzuo.organization.SiteView;
import cn.anzuo.permit.PermitFixtures;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.MutableClock;
import cn.anzuo.support.Unique;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Escalation after the policy's minutes (default 5), once; readings stored raw, rolled up per minute and purged. */
@AnzuoTest
class AlarmEscalationAndStorageTest {

    @Autowired MutableClock clock;
    @Autowired Devices devices;
    @Autowired DeviceRegistry registry;
    @Autowired Telemetry telemetry;
    @Autowired AlarmEscalations escalations;
    @Autowired TelemetryHousekeeping housekeeping;
    @Autowired ReadingWriter writer;
    @Autowired Organization organization;
    @Autowired JdbcClient jdbc;
    @Autowired ApiClient api;

    DeviceRegistry.Device device;

    @BeforeEach
    void device() {
        clock.fixAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        UUID company = organization.companyByCode("DEMO").orElseThrow().id();
        SiteView site = organization.sitesOf(Set.of(company), "").getFirst();
        String code = Unique.code("ESC");
        devices.register(company, site.id(), code, DeviceKind.GAS_DETECTOR, null);
        device = registry.byCode(code).orElseThrow();
    }

    @AfterEach
    void settle() throws Exception {
        PermitFixtures.acknowledgeOpenAlarms(api);
        clock.reset();
    }

    void send(String values) {
        telemetry.accept(device, ("{\"ts\":\"" + clock.instant() + "\",\"values\":" + values + "}").getBytes(StandardCharsets.UTF_8));
    }

    boolean escalated() {
        return escalations.run().stream().anyMatch(e -> e.deviceCode().equals(device.code()));
    }

    @Test
    void an_alarm_nobody_acknowledged_within_5_minutes_is_escalated_to_the_plant_leaders_once() {
        send("{\"CO\":61}");
        clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        assertThat(escalated()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(escalated()).isTrue();
        assertThat(escalated()).isFalse();
        UUID plant = organization.usersWithRole(device.companyId(), cn.anzuo.shared.security.Role.PLANT_LEADER).getFirst().id();
        String alarm = jdbc.sql("select id from alarm where device_id = ?").param(device.id()).query(String.class).single();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                        "select count(*) from notification where user_id = ? and kind = 'ALARM_ESCALATED' and link = ?")
                .params(plant, "/alarms/" + alarm).query(Long.class).single()).isEqualTo(1));
    }

    @Test
    void readings_are_stored_raw_rolled_up_per_minute_and_purged_after_the_retention() throws Exception {
        // a day ahead: contexts with scheduling on share this database and roll up by the real clock
        clock.fixAt(clock.instant().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES).plusSeconds(5));
        housekeeping.rollUp(); // everything before now is rolled up already
        send("{\"LEL\":1.0}");
        clock.advance(Duration.ofSeconds(10));
        send("{\"LEL\":3.0}");
        clock.advance(Duration.ofSeconds(10));
        send("{\"LEL\":2.0}");
        assertThat(writer.awaitWritten(Duration.ofSeconds(10))).isTrue();
        assertThat(jdbc.sql("select count(*) from telemetry_reading where device_id = ?").param(device.id())
                .query(Long.class).single()).isEqualTo(3);
        clock.advance(Duration.ofSeconds(15)); // past the roll-up's safety lag
        housekeeping.rollUp();
        var minute = jdbc.sql("select samples, min_reading, max_reading, sum_reading from telemetry_minute where device_id = ?")
                .param(device.id()).query((rs, n) -> new double[] {rs.getInt(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)})
                .single();
        assertThat(minute).containsExactly(3, 1.0, 3.0, 6.0);
        housekeeping.rollUp();
        assertThat(jdbc.sql("select count(*) from telemetry_minute where device_id = ?").param(device.id())
                .query(Long.class).single()).isEqualTo(1); // rolled up once

        clock.advance(Duration.ofDays(7).minusMinutes(1));
        housekeeping.purge();
        assertThat(jdbc.sql("select count(*) from telemetry_reading where device_id = ?").param(device.id())
                .query(Long.class).single()).isEqualTo(3);
        clock.advance(Duration.ofMinutes(2));
        housekeeping.purge();
        assertThat(jdbc.sql("select count(*) from telemetry_reading where device_id = ?").param(device.id())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from telemetry_minute where device_id = ?").param(device.id())
                .query(Long.class).single()).isEqualTo(1);
    }
}
