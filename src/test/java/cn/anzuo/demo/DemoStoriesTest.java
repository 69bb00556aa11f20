package cn.anzuo.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.onsite.domain.Checkpoints;
import cn.anzuo.organization.Organization;
import cn.anzuo.organization.SiteView;
import cn.anzuo.organization.demo.DemoAccounts;
import cn.anzuo.qualification.Qualifications;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 10 finding 5: a newcomer walks every role's story without an administrator's set-up first. */
@AnzuoTest
class DemoStoriesTest {

    @Autowired MockMvc mvc;
    @Autowired ApiClient api;
    @Autowired Organization organization;
    @Autowired Qualifications qualifications;
    @Autowired Checkpoints checkpoints;

    @Test
    void login_page_lists_every_demo_account_with_its_roles() throws Exception {
        var page = mvc.perform(get("/login")).andExpect(status().isOk());
        for (DemoAccounts.Account account : DemoAccounts.ALL) {
            page.andExpect(content().string(containsString(">" + account.username() + "<")));
            api.token(account.username());
        }
        page.andExpect(content().string(containsString("配送电单位")));
        assertThat(DemoAccounts.ALL).hasSize(19);
    }

    @Test
    void every_demo_site_has_a_checkpoint_for_check_in() {
        for (String company : List.of("DEMO", "DEMO-YZ")) {
            UUID id = organization.companyByCode(company).orElseThrow().id();
            for (SiteView site : organization.sitesOf(Set.of(id), "")) {
                assertThat(checkpoints.ofSite(site.id())).as(site.code()).isNotEmpty();
            }
        }
    }

    @Test
    void the_subsidiary_has_a_crew_with_a_guardian_linked_to_its_users() {
        UUID yz = organization.companyByCode("DEMO-YZ").orElseThrow().id();
        assertThat(qualifications.workersOf(yz)).hasSizeGreaterThanOrEqualTo(6)
                .extracting(w -> w.name()).contains("沈阳", "许亮", "秦勇");
    }

    @Test
    void the_subsidiary_height_permit_waits_for_the_first_of_three_steps() throws Exception {
        List<Map<String, Object>> steps = ApiClient.read(api.get("yz-foreman", "/api/v1/permits/pending-my-approval")
                .andExpect(status().isOk()), "$[?(@.type=='HEIGHT')].approvalSteps[*]");
        assertThat(steps).extracting(s -> s.get("role")).containsExactly("WORK_LEADER", "SAFETY_OFFICER", "PLANT_LEADER");
        assertThat(steps.getFirst().get("status")).isEqualTo("PENDING");
    }

    @Test
    void an_excavation_waits_for_the_department_after_safety_approved() throws Exception {
        List<Map<String, Object>> steps = ApiClient.read(api.get("dept", "/api/v1/permits/pending-my-approval")
                .andExpect(status().isOk()), "$[?(@.type=='EXCAVATION')].approvalSteps[*]");
        assertThat(steps).extracting(s -> s.get("role")).containsExactly("SAFETY_OFFICER", "DEPT_APPROVER");
        assertThat(steps).extracting(s -> s.get("status")).containsExactly("APPROVED", "PENDING");
    }

    @Test
    void an_approved_hot_work_waits_for_the_demo_worker_to_check_in() throws Exception {
        api.get("worker", "/api/v1/permits?status=APPROVED&type=HOT_WORK")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.location=='T-207 顶部呼吸阀法兰')].workers[0].name").value("郑海"));
    }
}
