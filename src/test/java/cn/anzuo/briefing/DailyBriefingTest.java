package cn.anzuo.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.briefing.domain.BriefingFigures;
import cn.anzuo.briefing.domain.DailyFigures;
import cn.anzuo.permit.PermitStatus;
import cn.anzuo.shared.WorkType;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The figures of one hand-built day in company time (Asia/Shanghai), and the API that shows them. */
@AnzuoTest
class DailyBriefingTest {

    static final LocalDate DAY = LocalDate.parse("2026-11-30");

    @Autowired JdbcClient jdbc;
    @Autowired BriefingFigures figures;
    @Autowired ApiClient api;

    BriefingFixtures plant;

    @BeforeEach
    void handBuiltDay() {
        UUID demo = jdbc.sql("select id from company where code = 'DEMO'").query(UUID.class).single();
        plant = new BriefingFixtures(jdbc, "Asia/Shanghai", demo);
        // permits: final statuses only, which no time rule changes while the test runs (a live permit whose planned
        // end has passed in real time is expired by the permit module); planned window overlaps 2026-11-30 (+08:00) → counted; one the day before, one starting at midnight after
        plant.permit("HOT_WORK", "COMPLETED", "2026-11-30T08:00+08:00", "2026-11-30T12:00+08:00");
        plant.permit("HOT_WORK", "CLOSED", "2026-11-30T13:00+08:00", "2026-11-30T17:00+08:00");
        plant.permit("CONFINED_SPACE", "CANCELLED", "2026-11-29T22:00+08:00", "2026-11-30T02:00+08:00");
        plant.permit("HEIGHT", "CLOSED", "2026-11-29T08:00+08:00", "2026-11-29T12:00+08:00");
        plant.permit("HEIGHT", "PENDING_APPROVAL", "2026-12-01T00:00+08:00", "2026-12-01T04:00+08:00");
        // alarms: both edges of the company's day count, the instants just outside do not
        plant.alarm("2026-11-30T00:00+08:00");
        plant.alarm("2026-11-30T23:59:59+08:00");
        plant.alarm("2026-11-29T23:59:59+08:00");
        plant.alarm("2026-12-01T00:00+08:00");
        // 2026-11-30T10:00Z is still the 30th in UTC but already 2026-12-01 in Shanghai: not counted
        plant.violation("2026-11-30T09:00+08:00");
        plant.violation("2026-11-30T18:00Z");
        // certificates: reminder window is the 15 days after the day, i.e. 2026-12-01 … 2026-12-15
        plant.certificate("2026-12-01", false);
        plant.certificate("2026-12-15", false);
        plant.certificate("2026-12-16", false);
        plant.certificate("2026-11-30", false);
        plant.certificate("2026-12-05", true);
        plant.hazard("2026-11-30T16:30+08:00");
        plant.hazard("2026-11-29T16:30+08:00");
    }

    @Test
    void figures_of_a_day_count_what_happened_between_midnight_and_midnight_company_time() {
        DailyFigures day = figures.of(plant.companyId, DAY);

        assertThat(day.date()).isEqualTo(DAY);
        assertThat(day.permits()).isEqualTo(3);
        assertThat(day.byStatus()).containsEntry(PermitStatus.COMPLETED, 1L).containsEntry(PermitStatus.CLOSED, 1L)
                .containsEntry(PermitStatus.CANCELLED, 1L).containsEntry(PermitStatus.PENDING_APPROVAL, 0L)
                .hasSize(PermitStatus.values().length);
        assertThat(day.byType()).containsEntry(WorkType.HOT_WORK, 2L).containsEntry(WorkType.CONFINED_SPACE, 1L)
                .containsEntry(WorkType.HEIGHT, 0L).hasSize(WorkType.values().length);
        assertThat(day.alarms()).isEqualTo(2);
        assertThat(day.violations()).isEqualTo(1);
        assertThat(day.expiringCertificates()).isEqualTo(2);
        assertThat(day.hazards()).isEqualTo(1);
    }

    @Test
    void api_answers_the_documented_shape_with_a_text_in_the_callers_language() throws Exception {
        api.get("admin", "/api/v1/briefings/daily?companyId={c}&date=2026-11-30", plant.companyId)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value("2026-11-30"))
                .andExpect(jsonPath("$.permits.byStatus.COMPLETED").value(1))
                .andExpect(jsonPath("$.permits.byStatus.EXPIRED").value(0))
                .andExpect(jsonPath("$.permits.byType.HOT_WORK").value(2))
                .andExpect(jsonPath("$.alarms").value(2))
                .andExpect(jsonPath("$.violations").value(1))
                .andExpect(jsonPath("$.expiringCertificates").value(2))
                .andExpect(jsonPath("$.hazards").value(1))
                .andExpect(jsonPath("$.text").value(
                        "2026-11-30：作业票 3 张，其中验收关闭 1 张、暂停 0 张；报警 2 次；违章 1 起；2 本证书即将到期；隐患上报 1 条。"))
                .andExpect(jsonPath("$.length()").value(7))
                .andExpect(jsonPath("$.permits.length()").value(2));
        api.mvc().perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/v1/briefings/daily?companyId={c}&date=2026-11-30", plant.companyId)
                        .header("Authorization", "Bearer " + api.token("admin")).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.text").value("2026-11-30: 3 permits, 1 closed and 0 suspended; 2 alarms; "
                        + "1 violations; 2 certificates expiring soon; 1 hazards reported."));
    }

    @Test
    void another_companys_briefing_is_not_found() throws Exception {
        // the safety officer of the parent company sees only their own company
        api.get("safety", "/api/v1/briefings/daily?companyId={c}&date=2026-11-30", plant.companyId)
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
    }

    @Test
    void a_missing_or_malformed_date_is_a_bad_request() throws Exception {
        api.get("safety", "/api/v1/briefings/daily").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        api.get("safety", "/api/v1/briefings/daily?date=30.11.2026").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
    }

    @Test
    void only_the_morning_meeting_roles_read_the_briefing() throws Exception {
        api.get("safety", "/api/v1/briefings/daily?date=2026-11-30").andExpect(status().isOk());
        api.get("plant", "/api/v1/briefings/daily?date=2026-11-30").andExpect(status().isOk());
        api.get("auditor", "/api/v1/briefings/daily?date=2026-11-30").andExpect(status().isOk());
        api.get("leader", "/api/v1/briefings/daily?date=2026-11-30").andExpect(status().isForbidden());
    }

    @Test
    void printable_page_shows_the_day_with_a_date_picker() throws Exception {
        String html = api.mvc().perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/briefings?companyId={c}&date=2026-11-30", plant.companyId)
                        .session(signIn("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("type=\"date\"", "value=\"2026-11-30\"", "晨会通报", "报警 2 次", "动火作业");
    }

    @Test
    void the_date_picker_swaps_only_the_days_part_for_htmx() throws Exception {
        String fragment = api.mvc().perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/briefings?companyId={c}&date=2026-11-30", plant.companyId).header("HX-Request", "true")
                        .session(signIn("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("id=\"briefing-text\"", "报警 2 次").doesNotContain("<html", "type=\"date\"");
    }

    private org.springframework.mock.web.MockHttpSession signIn(String username) throws Exception {
        return (org.springframework.mock.web.MockHttpSession) api.mvc().perform(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
                                .formLogin("/login").user(username).password(ApiClient.DEMO_PASSWORD))
                .andReturn().getRequest().getSession();
    }
}
