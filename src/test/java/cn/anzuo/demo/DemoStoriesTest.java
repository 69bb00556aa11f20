package cn.anzuo.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.permit.onsite.domain.Checkpoints;
import cn.anzuo.organization.Organization;
import cn.anzuo.organization.SiteView;
import cn.anzuo.organization.demo.DemoAccounts;
import cn.anzuo.permit.domain.ApprovalStep;
import cn.anzuo.permit.domain.WorkPermit;
import cn.anzuo.permit.domain.WorkPermitRepository;
import cn.anzuo.shared.security.Role;
import java.time.Instant;
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
    @Autowired WorkPermitRepository permits;

    static final Set<String> DEMO_SITES = Set.of("TF-01", "PU-02", "WH-03", "MS-04", "YZ-TF");

    /** A demo story's permit by its location, whatever the shared test clock has done to its status since. */
    WorkPermit story(String company, String location) {
        UUID id = organization.companyByCode(company).orElseThrow().id();
        return permits.search(Set.of(id), "", "", "", Instant.EPOCH, Instant.parse("2999-01-01T00:00:00Z")).stream()
                .filter(p -> p.location().equals(location)).findFirst().orElseThrow();
    }

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
            for (SiteView site : organization.sitesOf(Set.of(id), "").stream()
                    .filter(s -> DEMO_SITES.contains(s.code())).toList()) {
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
    void the_subsidiary_height_permit_goes_through_three_steps_starting_with_the_foreman() {
        WorkPermit height = story("DEMO-YZ", "T-3 储罐顶部平台");
        assertThat(height.approvalSteps()).extracting(ApprovalStep::role)
                .containsExactly(Role.WORK_LEADER, Role.SAFETY_OFFICER, Role.PLANT_LEADER);
        assertThat(organization.user(height.applicantId()).orElseThrow().username()).isEqualTo("yz-leader");
    }

    @Test
    void an_excavation_was_approved_by_safety_and_waits_for_the_department() {
        WorkPermit excavation = story("DEMO", "仓库西侧消防管线");
        assertThat(excavation.approvalSteps()).extracting(ApprovalStep::role)
                .containsExactly(Role.SAFETY_OFFICER, Role.DEPT_APPROVER);
        assertThat(excavation.approvalSteps().getFirst().status()).isEqualTo(ApprovalStep.StepStatus.APPROVED);
    }

    @Test
    void an_approved_hot_work_names_the_demo_worker_and_guardian_for_check_in() {
        WorkPermit hotWork = story("DEMO", "T-207 顶部呼吸阀法兰");
        assertThat(hotWork.approvalSteps()).allMatch(step -> step.status() == ApprovalStep.StepStatus.APPROVED);
        UUID worker = organization.usersWithRole(hotWork.companyId(), Role.WORKER).stream()
                .filter(u -> u.username().equals("worker")).findFirst().orElseThrow().workerId();
        UUID guardian = organization.usersWithRole(hotWork.companyId(), Role.GUARDIAN).stream()
                .filter(u -> u.username().equals("guardian")).findFirst().orElseThrow().workerId();
        assertThat(hotWork.workerIds()).contains(worker);
        assertThat(hotWork.guardianId()).isEqualTo(guardian);
    }
}
