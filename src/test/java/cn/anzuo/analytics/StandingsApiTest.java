package cn.anzuo.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.analytics.domain.DailyFacts;
import cn.anzuo.analytics.domain.KpiDefinitions.Counter;
import cn.anzuo.organization.Organization;
import cn.anzuo.permit.PermitFixtures;
import cn.anzuo.permit.domain.HolidayCalendar;
import cn.anzuo.qualification.GateRefusal;
import cn.anzuo.qualification.Qualifications;
import cn.anzuo.shared.WorkType;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.Unique;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * API.md {@code GET /kpis/ranking} and {@code GET /compliance-stars}: the order and ties of the ranking on facts
 * written here, and the star rules on permits closed in a month long past (no other test or demo data is there).
 */
@AnzuoTest
class StandingsApiTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired ApiClient api;
    @Autowired DailyFacts facts;
    @Autowired Organization organization;
    @Autowired Qualifications qualifications;
    @Autowired ComplianceStars stars;
    @Autowired HolidayCalendar holidays;
    @Autowired JdbcClient jdbc;

    UUID company(String name, UUID parent) throws Exception {
        return UUID.fromString(ApiClient.read(api.post("admin", "/api/v1/companies", """
                {"code":"%s","name":"%s","parentId":"%s"}""".formatted(Unique.code("RK"), name, parent))
                .andExpect(status().isCreated()), "$.id"));
    }

    void fact(UUID company, String day, Counter counter, double amount) {
        facts.add(company, LocalDate.parse(day), counter, amount);
    }

    @Test
    void subsidiaries_rank_by_score_with_their_own_subsidiaries_and_equal_scores_share_a_rank() throws Exception {
        UUID demo = organization.companyByCode("DEMO").orElseThrow().id();
        UUID group = company("排名集团", demo);
        UUID a = company("A 甲厂", group);
        UUID aBelow = company("A1 甲厂一车间", a);
        UUID b = company("B 乙厂", group);
        UUID c = company("C 丙厂", group);
        // A with its own subsidiary: 4 closed permits, 2 complete → data 0.5 → 12.5
        fact(a, "2013-04-10", Counter.PERMITS_CLOSED, 2);
        fact(a, "2013-04-10", Counter.PERMITS_CLOSED_COMPLETE, 2);
        fact(aBelow, "2013-05-10", Counter.PERMITS_CLOSED, 2);
        // B alone: 4 closed, 2 complete → 12.5, tied with A
        fact(b, "2013-06-30", Counter.PERMITS_CLOSED, 4);
        fact(b, "2013-06-30", Counter.PERMITS_CLOSED_COMPLETE, 2);
        fact(b, "2013-07-01", Counter.PERMITS_CLOSED_COMPLETE, 2); // the next quarter: not in the span
        // C: every started permit fully approved → compliance 40; approvals 60 → 30 min year on year → speed 20
        fact(c, "2013-04-01", Counter.PERMITS_STARTED, 1);
        fact(c, "2013-04-01", Counter.PERMITS_STARTED_FULLY_APPROVED, 1);
        fact(c, "2013-04-01", Counter.PERMITS_APPROVED, 1);
        fact(c, "2013-04-01", Counter.APPROVAL_MINUTES, 30);
        fact(c, "2012-04-01", Counter.PERMITS_APPROVED, 1);
        fact(c, "2012-04-01", Counter.APPROVAL_MINUTES, 60);

        api.get("admin", "/api/v1/kpis/ranking?parentId={p}&from=2013-04-01&to=2013-06-30", group)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].companyId").value(c.toString()))
                .andExpect(jsonPath("$[0].score").value(60.0))
                .andExpect(jsonPath("$[0].rank").value(1))
                .andExpect(jsonPath("$[0].kpis.approvalCompletenessRate").value(1.0))
                .andExpect(jsonPath("$[0].kpis.previous.meanApprovalMinutes").value(60.0))
                .andExpect(jsonPath("$[1].name").value("A 甲厂"))
                .andExpect(jsonPath("$[1].score").value(12.5))
                .andExpect(jsonPath("$[1].rank").value(2))
                .andExpect(jsonPath("$[1].kpis.dataCompletenessRate").value(0.5))
                .andExpect(jsonPath("$[2].name").value("B 乙厂"))
                .andExpect(jsonPath("$[2].rank").value(2));
    }

    @Test
    void the_ranking_refuses_what_the_caller_may_not_see_and_bad_spans() throws Exception {
        UUID demo = organization.companyByCode("DEMO").orElseThrow().id();
        api.get("yz-safety", "/api/v1/kpis/ranking?parentId={p}", demo).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
        api.get("admin", "/api/v1/kpis/ranking?from=2013-05-01&to=2013-04-01").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        api.get("admin", "/api/v1/kpis/ranking?from=2013-13-01").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        api.get("worker", "/api/v1/kpis/ranking").andExpect(status().isForbidden());
        api.get("worker", "/api/v1/compliance-stars").andExpect(status().isForbidden());
        api.get("yz-safety", "/api/v1/compliance-stars?companyId={c}", demo).andExpect(status().isNotFound());
        api.get("safety", "/api/v1/compliance-stars?month=2014-3").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
    }

    @Test
    void the_ranking_and_the_stars_export_as_excel_and_pdf() throws Exception {
        for (String path : List.of("/api/v1/kpis/ranking.xlsx", "/api/v1/compliance-stars.xlsx?month=2014-03")) {
            byte[] xlsx = api.get("admin", path).andExpect(status().isOk())
                    .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                    .andReturn().getResponse().getContentAsByteArray();
            assertThat(xlsx).startsWith('P', 'K');
        }
        for (String path : List.of("/api/v1/kpis/ranking.pdf", "/api/v1/compliance-stars.pdf?month=2014-03")) {
            byte[] pdf = api.get("admin", path).andExpect(status().isOk())
                    .andExpect(content().contentType("application/pdf"))
                    .andReturn().getResponse().getContentAsByteArray();
            assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        }
    }

    /** A permit closed at {@code closedAt} (Shanghai time) naming the people, written as the permit module stores it. */
    void closed(PermitFixtures f, String closedAt, String leader, String guardian, String... workers) {
        UUID id = UUID.randomUUID();
        Instant at = LocalDateTime.parse(closedAt).atZone(SHANGHAI).toInstant();
        UUID applicant = jdbc.sql("select id from app_user where username = 'leader'").query(UUID.class).single();
        jdbc.sql("""
                insert into work_permit (id, company_id, number, work_type, level, status, site_id, location, content,
                    planned_start, planned_end, leader_id, guardian_id, applicant_id, expedite, created_at, version)
                values (?, ?, ?, 'HOT_WORK', 'LEVEL_2', 'CLOSED', ?, '罐区', '焊接', ?, ?, ?, ?, ?, false, ?, 1)""")
                .params(id, UUID.fromString(f.companyId), Unique.code("DH"), UUID.fromString(f.siteId),
                        Timestamp.from(at.minusSeconds(7200)), Timestamp.from(at.minusSeconds(600)),
                        UUID.fromString(leader), UUID.fromString(guardian), applicant,
                        Timestamp.from(at.minusSeconds(9000)))
                .update();
        for (int i = 0; i < workers.length; i++) {
            jdbc.sql("insert into permit_worker (work_permit, worker_id, seq, planned_start) values (?, ?, ?, ?)")
                    .params(id, UUID.fromString(workers[i]), i, Timestamp.from(at.minusSeconds(7200))).update();
        }
        jdbc.sql("""
                insert into permit_transition (work_permit, seq, occurred_at, action, from_status, to_status, actor_system)
                values (?, 1, ?, 'ACCEPT', 'COMPLETED', 'CLOSED', 'TEST')""").params(id, Timestamp.from(at)).update();
    }

    void violation(String worker, UUID company, String at) {
        jdbc.sql("""
                insert into worker_violation (id, worker_id, company_id, kind, sanction, at, recorded_by)
                values (?, ?, ?, 'NO_PPE', 'WARNING', ?, ?)""")
                .params(UUID.randomUUID(), UUID.fromString(worker), company,
                        Timestamp.from(LocalDateTime.parse(at).atZone(SHANGHAI).toInstant()), UUID.randomUUID())
                .update();
    }

    @Test
    void stars_have_no_violation_and_no_gate_refusal_that_month_and_the_most_closed_permits() throws Exception {
        var f = new PermitFixtures(api, holidays);
        UUID company = UUID.fromString(f.companyId);
        Map<String, String> p = new java.util.LinkedHashMap<>();
        for (String role : List.of("leader", "guardian", "w1", "w2", "guardian2", "w3", "w5", "w6", "w4")) {
            p.put(role, f.worker(Unique.personName("星"), "2.1", "GUARDIAN"));
        }
        closed(f, "2014-03-10T10:00", p.get("leader"), p.get("guardian"), p.get("w1"), p.get("w2"));
        closed(f, "2014-03-11T10:00", p.get("leader"), p.get("guardian"), p.get("w1"), p.get("leader"));
        closed(f, "2014-03-12T10:00", p.get("leader"), p.get("guardian2"), p.get("w3"), p.get("w6"));
        // the month is Shanghai's: 00:10 on 1 March counts (UTC still says February), 00:30 on 1 April does not
        closed(f, "2014-03-01T00:10", p.get("w5"), p.get("guardian2"), p.get("w5"));
        closed(f, "2014-04-01T00:30", p.get("w4"), p.get("guardian2"), p.get("w4"));
        violation(p.get("w1"), company, "2014-03-20T09:00");
        violation(p.get("w2"), company, "2014-02-28T23:00"); // February's violation does not spoil March
        qualifications.recordGateRefusals(List.of(new GateRefusal(UUID.fromString(p.get("guardian2")),
                WorkType.HOT_WORK, "EXPIRED", LocalDateTime.parse("2014-03-31T23:59").atZone(SHANGHAI).toInstant())));

        List<ComplianceStar> march = stars.of(company, YearMonth.of(2014, 3));

        // leader 3 (once per permit although also named as a worker), guardian 2, then w2, w3, w5, w6 with 1: the
        // fifth place is tied, so six stars; w1 (violation) and guardian2 (refused at the gate) are not stars
        assertThat(march).extracting(s -> s.workerId().toString()).startsWith(p.get("leader"), p.get("guardian"))
                .containsExactlyInAnyOrder(p.get("leader"), p.get("guardian"), p.get("w2"), p.get("w3"), p.get("w5"),
                        p.get("w6"));
        assertThat(march).extracting(ComplianceStar::score).containsExactly(3L, 2L, 1L, 1L, 1L, 1L);
        assertThat(march).extracting(ComplianceStar::rank).containsExactly(1, 2, 3, 3, 3, 3);
        // April: March's violation and refusal are forgotten; only April's permit counts
        assertThat(stars.of(company, YearMonth.of(2014, 4))).extracting(s -> s.workerId().toString())
                .containsExactlyInAnyOrder(p.get("w4"), p.get("guardian2"));

        api.get("safety", "/api/v1/compliance-stars?month=2014-03").andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(6))
                .andExpect(jsonPath("$[0].workerId").value(p.get("leader")))
                .andExpect(jsonPath("$[0].score").value(3))
                .andExpect(jsonPath("$[0].reasons[0]").value("本月参与完工验收的作业票 3 张"))
                .andExpect(jsonPath("$[0].reasons.length()").value(3));
    }

    @Test
    void a_refusal_at_the_qualification_gate_is_remembered_for_the_stars() throws Exception {
        var f = new PermitFixtures(api, holidays);
        String uncertified = f.worker(Unique.personName("拒"));
        String guardian = f.worker(Unique.personName("监"), "GUARDIAN");
        var start = java.time.OffsetDateTime.now(SHANGHAI).plusDays(3).withHour(9).withMinute(0);
        Instant before = Instant.now().minusSeconds(3600 * 24 * 400);
        api.post("leader", "/api/v1/permits", f.request("HOT_WORK", "LEVEL_2", start, start.plusHours(2), uncertified,
                        List.of(uncertified), guardian, null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("QUALIFICATION_INVALID"));

        assertThat(qualifications.workersRefusedAtGate(UUID.fromString(f.companyId), before,
                Instant.now().plusSeconds(3600 * 24 * 400))).contains(UUID.fromString(uncertified));
    }
}
