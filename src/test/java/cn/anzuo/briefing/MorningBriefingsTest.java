package cn.anzuo.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.briefing.domain.MorningBriefings;
import cn.anzuo.shared.security.Role;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.MutableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The job: at 07:30 company time (here Asia/Kolkata, +05:30) the briefing of yesterday reaches the inbox of the
 * safety officers and plant leaders and the company's group robot, once; a run after a long outage catches up.
 */
@AnzuoTest
class MorningBriefingsTest {

    /** 07:29 and 07:30 on 2026-12-01 in Kolkata. */
    static final Instant BEFORE = Instant.parse("2026-12-01T01:59:00Z");
    static final Instant AT = Instant.parse("2026-12-01T02:00:00Z");
    static final LocalDate YESTERDAY = LocalDate.parse("2026-11-30");

    @Autowired JdbcClient jdbc;
    @Autowired MorningBriefings briefings;
    @Autowired MutableClock clock;

    BriefingFixtures plant;
    UUID safetyOfficer;
    UUID plantLeader;
    UUID auditor;

    @BeforeEach
    void plantInKolkata() {
        plant = new BriefingFixtures(jdbc, "Asia/Kolkata", null);
        safetyOfficer = plant.user(Role.SAFETY_OFFICER);
        plantLeader = plant.user(Role.PLANT_LEADER);
        auditor = plant.user(Role.AUDITOR);
        plant.wecomRobot();
        plant.alarm("2026-11-30T10:00+05:30");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    List<MorningBriefings.Sent> run(Instant at) {
        clock.fixAt(at);
        return briefings.sendDue(List.of(plant.companyId));
    }

    @Test
    void nothing_is_sent_at_07_29_company_time() {
        assertThat(run(BEFORE)).isEmpty();
        assertThat(inboxItems()).isZero();
        assertThat(deliveries()).isZero();
    }

    @Test
    void at_07_30_company_time_yesterdays_briefing_goes_to_safety_officers_plant_leaders_and_the_group_robot() {
        assertThat(run(AT)).containsExactly(new MorningBriefings.Sent(plant.companyId, YESTERDAY, 2));

        assertThat(jdbc.sql("select user_id from notification where kind = 'DAILY_BRIEFING' and company_id = ?")
                .param(plant.companyId).query(UUID.class).list()).containsExactlyInAnyOrder(safetyOfficer, plantLeader);
        assertThat(jdbc.sql("select body from notification_delivery where company_id = ? and channel = 'WECOM'")
                .param(plant.companyId).query(String.class).single())
                .isEqualTo("2026-11-30：作业票 0 张，其中验收关闭 0 张、暂停 0 张；报警 1 次；违章 0 起；0 本证书即将到期；隐患上报 0 条。");
    }

    @Test
    void a_rerun_the_same_morning_sends_nothing_more() {
        run(AT);
        assertThat(run(AT.plusSeconds(300))).isEmpty();
        assertThat(inboxItems()).isEqualTo(2);
        assertThat(deliveries()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from daily_briefing where company_id = ?").param(plant.companyId)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_node_down_at_07_30_catches_up_later_that_day() {
        assertThat(run(Instant.parse("2026-12-01T12:45:00Z"))) // 18:15 in Kolkata
                .containsExactly(new MorningBriefings.Sent(plant.companyId, YESTERDAY, 2));
        assertThat(inboxItems()).isEqualTo(2);
    }

    @Test
    void the_next_morning_sends_the_next_day() {
        run(AT);
        assertThat(run(AT.plusSeconds(86_400)))
                .containsExactly(new MorningBriefings.Sent(plant.companyId, YESTERDAY.plusDays(1), 2));
        assertThat(inboxItems()).isEqualTo(4);
    }

    private long inboxItems() {
        return jdbc.sql("select count(*) from notification where kind = 'DAILY_BRIEFING' and company_id = ?")
                .param(plant.companyId).query(Long.class).single();
    }

    private long deliveries() {
        return jdbc.sql("select count(*) from notification_delivery where company_id = ?").param(plant.companyId)
                .query(Long.class).single();
    }
}
