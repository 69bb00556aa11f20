package cn.anzuo.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.analytics.domain.DailyFacts;
import cn.anzuo.analytics.domain.KpiDefinitions.Counter;
import cn.anzuo.organization.Organization;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;

/** 效果看板: the cards of the four dimensions, the exports, the chart container and its twelve-month JSON. */
@AnzuoTest
class DashboardPageTest {

    static final String SPAN = "from=2010-05-01&to=2010-05-31";

    @Autowired ApiClient api;
    @Autowired DailyFacts facts;
    @Autowired Organization organization;

    /** The facts add up and the database outlives a test: they are added once for the class. */
    static boolean seeded;

    UUID demo;
    UUID yangzhou;

    @BeforeEach
    void facts() {
        demo = organization.companyByCode("DEMO").orElseThrow().id();
        yangzhou = organization.companyByCode("DEMO-YZ").orElseThrow().id();
        if (seeded) {
            return;
        }
        seeded = true;
        // 45 of 50 permits fully approved: 90 %, missed
        facts.add(demo, LocalDate.parse("2010-05-10"), Counter.PERMITS_STARTED, 50);
        facts.add(demo, LocalDate.parse("2010-05-10"), Counter.PERMITS_STARTED_FULLY_APPROVED, 45);
        facts.add(demo, LocalDate.parse("2010-03-10"), Counter.PERMITS_APPROVED, 2);
        facts.add(demo, LocalDate.parse("2010-03-10"), Counter.APPROVAL_MINUTES, 40);
        facts.addApproval(demo, LocalDate.parse("2010-03-10"), 20);
        facts.addApproval(demo, LocalDate.parse("2010-03-10"), 20);
    }

    @Test
    void the_page_shows_the_four_dimensions_cards_with_target_verdict_and_last_year() throws Exception {
        String html = page("safety", "/dashboard?" + SPAN);

        assertThat(html).contains("效果看板", "合规率", "响应速度", "数据可用性", "员工参与度",
                "id=\"kpi-approvalCompletenessRate\"", "90.0 %", "目标 ≥ 98 %", "未达标", "kpi-missed",
                "上年同期 无数据", "id=\"dash-charts\"", "data-trend=\"/dashboard/trend.json?",
                "/webjars/echarts/5.3.1/dist/echarts.min", "/js/dashboard", "/css/dashboard",
                "/api/v1/kpis.xlsx?companyId=" + demo + "&amp;from=2010-05-01&amp;to=2010-05-31",
                "/api/v1/kpis.pdf?", "/permits?scope=all&amp;from=2010-05-01&amp;to=2010-05-31")
                .doesNotContain("name=\"includeSubsidiaries\"");
    }

    @Test
    void the_span_defaults_to_this_month_and_a_group_admin_may_include_subsidiaries() throws Exception {
        String html = page("admin", "/dashboard");

        assertThat(html).contains("name=\"includeSubsidiaries\"", "-01\" required");
    }

    @Test
    void echarts_is_loaded_on_the_dashboard_only() throws Exception {
        assertThat(page("safety", "/briefings")).doesNotContain("echarts", "dashboard.css");
    }

    @Test
    void the_trend_has_twelve_months_up_to_the_span_with_three_rates_and_the_approval_times() throws Exception {
        api.mvc().perform(get("/dashboard/trend.json?" + SPAN).session(signIn("safety")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.months.length()").value(12))
                .andExpect(jsonPath("$.months[0]").value("2009-06"))
                .andExpect(jsonPath("$.months[11]").value("2010-05"))
                .andExpect(jsonPath("$.rates.length()").value(3))
                .andExpect(jsonPath("$.rates[1].key").value("approvalCompletenessRate"))
                .andExpect(jsonPath("$.rates[1].name").value("审批完整率"))
                .andExpect(jsonPath("$.rates[1].values.length()").value(12))
                .andExpect(jsonPath("$.rates[1].values[11]").value(0.9))
                .andExpect(jsonPath("$.rates[1].values[10]").isEmpty())
                .andExpect(jsonPath("$.approvalMinutes[0].key").value("meanApprovalMinutes"))
                .andExpect(jsonPath("$.approvalMinutes[0].values[9]").value(20.0))
                .andExpect(jsonPath("$.approvalMinutes[1].key").value("p90ApprovalMinutes"));
    }

    @Test
    void a_worker_may_not_see_the_dashboard_and_another_company_is_not_found() throws Exception {
        api.mvc().perform(get("/dashboard").session(signIn("worker"))).andExpect(status().isForbidden());
        api.mvc().perform(get("/dashboard/trend.json").session(signIn("worker"))).andExpect(status().isForbidden());
        api.mvc().perform(get("/dashboard?companyId={c}", demo).session(signIn("yz-safety")))
                .andExpect(status().isNotFound());
        api.mvc().perform(get("/dashboard/trend.json?companyId={c}", demo).session(signIn("yz-safety")))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_standings_page_ranks_the_subsidiaries_and_names_the_month_s_stars() throws Exception {
        String html = page("admin", "/dashboard/standings?from=2013-04-01&to=2013-06-30&month=2014-02");
        assertThat(html).contains("排名与合规之星", "示范化工(扬州)新材料有限公司", "示范化工(淮安)精细化学品有限公司",
                "/api/v1/kpis/ranking.xlsx", "/api/v1/compliance-stars.pdf", "2014-02");
        assertThat(page("safety", "/dashboard")).contains("href=\"/dashboard/standings\"");
        api.mvc().perform(get("/dashboard/standings").session(signIn("worker"))).andExpect(status().isForbidden());
    }

    @Test
    void the_home_page_offers_the_dashboard_tile_to_the_safety_officer() throws Exception {
        assertThat(page("safety", "/")).contains("href=\"/dashboard\"", "效果看板");
        assertThat(page("worker", "/")).doesNotContain("href=\"/dashboard\"");
    }

    private String page(String user, String path) throws Exception {
        return api.mvc().perform(get(path).session(signIn(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) api.mvc().perform(SecurityMockMvcRequestBuilders.formLogin("/login")
                .user(username).password(ApiClient.DEMO_PASSWORD)).andReturn().getRequest().getSession();
    }
}
