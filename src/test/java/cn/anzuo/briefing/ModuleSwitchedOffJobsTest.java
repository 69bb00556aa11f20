package cn.anzuo.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.briefing.domain.MorningBriefings;
import cn.anzuo.monitoring.AlarmEscalated;
import cn.anzuo.monitoring.domain.AlarmEscalations;
import cn.anzuo.organization.CompanyModules;
import cn.anzuo.organization.OptionalModule;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.security.Role;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.MutableClock;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Scheduled jobs skip a company that switched the job's module off (ADR 0071) and pick it up again once it is
 * back on: the morning briefing (analytics) and the alarm escalation (monitoring). Uses the briefing's plant
 * built row by row, so the shared demo company is not touched.
 */
@AnzuoTest
class ModuleSwitchedOffJobsTest {

    static final Instant AT = Instant.parse("2026-12-01T02:00:00Z"); // 07:30 in Kolkata

    @Autowired JdbcClient jdbc;
    @Autowired MorningBriefings briefings;
    @Autowired AlarmEscalations escalations;
    @Autowired CompanyModules modules;
    @Autowired MutableClock clock;

    BriefingFixtures plant;
    CurrentUser admin;

    @BeforeEach
    void plant() {
        plant = new BriefingFixtures(jdbc, "Asia/Kolkata", null);
        plant.user(Role.SAFETY_OFFICER);
        admin = new CurrentUser(plant.user(Role.COMPANY_ADMIN), "t", "t", plant.companyId, Set.of(Role.COMPANY_ADMIN), null);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    void switchModule(OptionalModule module, boolean on) {
        modules.change(admin, plant.companyId, Map.of(module, on));
    }

    @Test
    void the_morning_briefing_skips_a_company_without_analytics_and_is_sent_once_it_is_on_again() {
        clock.fixAt(AT);
        switchModule(OptionalModule.ANALYTICS, false);
        assertThat(briefings.sendDue(List.of(plant.companyId))).isEmpty();

        switchModule(OptionalModule.ANALYTICS, true);
        assertThat(briefings.sendDue(List.of(plant.companyId)))
                .containsExactly(new MorningBriefings.Sent(plant.companyId, LocalDate.parse("2026-11-30"), 1));
    }

    @Test
    void an_unacknowledged_alarm_is_not_escalated_without_monitoring_and_is_once_it_is_on_again() {
        UUID alarmId = UUID.randomUUID();
        jdbc.sql("""
                        insert into alarm (id, company_id, site_id, device_id, device_code, metric, level, raised_at, status)
                        values (?, ?, ?, ?, 'X', 'LEL', 'LEVEL_1', ?, 'OPEN')""")
                .params(alarmId, plant.companyId, plant.siteId, plant.deviceId, Timestamp.from(AT)).update();
        clock.fixAt(AT.plusSeconds(10 * 60));
        try {
            switchModule(OptionalModule.MONITORING, false);
            assertThat(escalations.run()).extracting(AlarmEscalated::alarmId).doesNotContain(alarmId);

            switchModule(OptionalModule.MONITORING, true);
            assertThat(escalations.run()).extracting(AlarmEscalated::alarmId).contains(alarmId);
        } finally {
            jdbc.sql("update alarm set status = 'RESOLVED' where id = ?").param(alarmId).update();
        }
    }
}
