package cn.anzuo.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.analytics.domain.DailyFacts;
import cn.anzuo.organization.Organization;
import cn.anzuo.qualification.Qualifications;
import cn.anzuo.qualification.WorkerView;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;

/** Every dashboard figure but the certified-work rate drills down to the records of its span (issue #14). */
@AnzuoTest
class KpiDrillPageTest {

    /** A span of its own (no other test counts facts in 2011) so the lists hold only what this class adds. */
    static final String SPAN = "from=2011-06-01&to=2011-06-30";

    @Autowired ApiClient api;
    @Autowired DailyFacts facts;
    @Autowired Organization organization;
    @Autowired Qualifications qualifications;

    UUID demo;
    WorkerView trained;

    @BeforeEach
    void facts() {
        demo = organization.companyByCode("DEMO").orElseThrow().id();
        UUID safety = organization.usersWithRole(demo, cn.anzuo.shared.security.Role.SAFETY_OFFICER).getFirst().id();
        trained = qualifications.workersOf(demo).getFirst();
        // idempotent by nature: a user is active on a day or not
        facts.active(demo, LocalDate.parse("2011-06-10"), safety);
        facts.trained(demo, LocalDate.parse("2011-06-11"), trained.id());
        facts.trained(demo, LocalDate.parse("2011-07-01"), qualifications.workersOf(demo).getLast().id());
    }

    @Test
    void the_cards_link_alarms_hazards_users_and_training_to_their_lists_of_the_span() throws Exception {
        String html = page("safety", "/dashboard?" + SPAN);
        String here = "?companyId=" + demo + "&amp;from=2011-06-01&amp;to=2011-06-30&amp;includeSubsidiaries=false";
        assertThat(html).contains(
                "id=\"drill-meanAlarmAckSeconds\" href=\"/dashboard/alarms" + here + "\"",
                "id=\"drill-hazardReports\" href=\"/hazards?companyId=" + demo + "&amp;from=2011-06-01&amp;to=2011-06-30\"",
                "id=\"drill-hazardClosureHours\" href=\"/hazards?companyId=" + demo
                        + "&amp;from=2011-06-01&amp;to=2011-06-30&amp;closed=true\"",
                "id=\"drill-activeMobileUserRate\" href=\"/dashboard/active-users" + here + "\"",
                "id=\"drill-trainingCompletionRate\" href=\"/dashboard/trained-workers" + here + "\"",
                "id=\"drill-approvalCompletenessRate\" href=\"/permits?scope=all")
                .doesNotContain("id=\"drill-certifiedWorkRate\"");
    }

    @Test
    void the_active_users_and_the_trained_workers_are_those_counted_in_the_span() throws Exception {
        String users = page("safety", "/dashboard/active-users?" + SPAN);
        assertThat(users).contains("活跃的移动端用户", "共 1 条", ">safety<");
        String workers = page("safety", "/dashboard/trained-workers?" + SPAN);
        assertThat(workers).contains("完成培训的人员", "共 1 条", trained.name(),
                "href=\"/qualification/workers/" + trained.id() + "\"");
        assertThat(page("safety", "/dashboard/trained-workers?from=2011-05-01&to=2011-05-31"))
                .contains("该时段没有记录", "共 0 条");
    }

    @Test
    void the_alarm_list_of_a_span_without_alarms_says_so() throws Exception {
        assertThat(page("safety", "/dashboard/alarms?" + SPAN)).contains("已确认的报警", "该时段没有记录");
    }

    @Test
    void the_lists_keep_the_dashboards_roles_and_companies() throws Exception {
        for (String list : new String[] {"alarms", "active-users", "trained-workers"}) {
            api.mvc().perform(get("/dashboard/" + list).session(signIn("worker"))).andExpect(status().isForbidden());
            api.mvc().perform(get("/dashboard/" + list + "?companyId={c}", demo).session(signIn("yz-safety")))
                    .andExpect(status().isNotFound());
        }
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
