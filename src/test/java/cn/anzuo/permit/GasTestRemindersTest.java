package cn.anzuo.permit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.permit.domain.ApprovalStep.Decision;
import cn.anzuo.permit.domain.GasTestReminders;
import cn.anzuo.permit.domain.PermitApplication;
import cn.anzuo.permit.domain.WorkPermit;
import cn.anzuo.permit.domain.SiteEvidence;
import cn.anzuo.permit.domain.WorkPermitRepository;
import cn.anzuo.shared.TimeWindow;
import cn.anzuo.shared.WorkType;
import cn.anzuo.shared.security.Role;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** GB 30871 6.5: active confined-space work is reminded of its gas analysis every 2 hours, once per slot. */
@AnzuoTest
class GasTestRemindersTest {

    @Autowired GasTestReminders reminders;
    @Autowired WorkPermitRepository permits;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void reset() {
        clock.reset();
    }

    List<GasTestDue> dueFor(UUID permit) {
        return reminders.run().stream().filter(d -> d.permitId().equals(permit)).toList();
    }

    UUID activeConfinedSpace(Instant started) {
        UUID company = jdbc.sql("select id from company where code = 'DEMO'").query(UUID.class).single();
        UUID site = jdbc.sql("select id from site where code = 'PU-02' and company_id = ?").param(company).query(UUID.class).single();
        UUID user = jdbc.sql("select id from app_user where username = 'leader'").query(UUID.class).single();
        List<UUID> people = jdbc.sql("select id from worker where company_id = ? order by id limit 2").param(company)
                .query(UUID.class).list();
        WorkPermit permit = WorkPermit.submit(new PermitApplication(company, "SX-TEST-" + UUID.randomUUID().toString().substring(0, 8),
                WorkType.CONFINED_SPACE, null, null, null, site, "E-102 壳程", "清理", new TimeWindow(started,
                started.plus(Duration.ofHours(20))), people.get(0), List.of(people.get(0)), people.get(1), user, null, null,
                null, null, null, List.of(), Set.of(), false, null, List.of(Role.UNIT_APPROVER)), started.minus(Duration.ofHours(1)));
        permit.decide(new Decision(UUID.randomUUID(), "审批", Set.of(Role.UNIT_APPROVER), true, null, null, null, null, null),
                started.minus(Duration.ofMinutes(30)));
        permit.recordCheckIn(started.minus(Duration.ofMinutes(5)));
        permit.start(Actor.user(user), new SiteEvidence(false, List.of(), Set.copyOf(people), false,
                java.time.ZoneOffset.UTC), started);
        return permits.save(permit).id();
    }

    @Test
    void reminded_two_hours_after_start_once_per_slot() {
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        UUID permit = activeConfinedSpace(started);
        clock.fixAt(started.plus(Duration.ofMinutes(119)));
        assertThat(dueFor(permit)).isEmpty();
        clock.fixAt(started.plus(Duration.ofMinutes(121)));
        assertThat(dueFor(permit)).singleElement().satisfies(d -> assertThat(d.slot()).isEqualTo(1));
        assertThat(dueFor(permit)).isEmpty();
        clock.fixAt(started.plus(Duration.ofMinutes(241)));
        assertThat(dueFor(permit)).singleElement().satisfies(d -> assertThat(d.slot()).isEqualTo(2));
    }
}
