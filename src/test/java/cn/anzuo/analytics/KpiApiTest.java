package cn.anzuo.analytics;

import static org.assertj.core.api.Assertions.assertThat;
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

/** API.md {@code GET /kpis}: the JSON, the year-earlier span, the group roll-up, roles and company scope. */
@AnzuoTest
class KpiApiTest {

    @Autowired ApiClient api;
    @Autowired DailyFacts facts;
    @Autowired Organization organization;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired cn.anzuo.qualification.Qualifications qualifications;

    UUID demo;
    UUID yangzhou;

    @BeforeEach
    void companies() {
        demo = organization.companyByCode("DEMO").orElseThrow().id();
        yangzhou = organization.companyByCode("DEMO-YZ").orElseThrow().id();
    }

    void hazardsAndApproval(UUID company, String day, int hazards, double approvalMinutes) {
        LocalDate d = LocalDate.parse(day);
        facts.add(company, d, Counter.HAZARDS_REPORTED, hazards);
        facts.add(company, d, Counter.PERMITS_APPROVED, 1);
        facts.add(company, d, Counter.APPROVAL_MINUTES, approvalMinutes);
        facts.addApproval(company, d, approvalMinutes);
    }

    @Test
    void a_group_rolls_up_the_subsidiaries_it_sees_with_the_year_earlier_figures() throws Exception {
        hazardsAndApproval(demo, "2015-06-10", 2, 10);
        hazardsAndApproval(yangzhou, "2015-06-20", 3, 30);
        hazardsAndApproval(yangzhou, "2014-06-20", 1, 60);
        UUID someone = UUID.randomUUID();
        facts.active(demo, LocalDate.parse("2015-06-10"), someone);
        facts.active(yangzhou, LocalDate.parse("2015-06-11"), someone); // the same person counts once
        facts.active(yangzhou, LocalDate.parse("2015-06-12"), UUID.randomUUID());
        double groupUsers = organization.enabledUserCount(coveredBy(demo));
        String span = "/api/v1/kpis?companyId={c}&from=2015-06-01&to=2015-06-30";

        api.get("admin", span, demo).andExpect(status().isOk())
                .andExpect(jsonPath("$.hazardReports").value(2))
                .andExpect(jsonPath("$.meanApprovalMinutes").value(10.0))
                .andExpect(jsonPath("$.previous.hazardReports").value(0));
        api.get("admin", span + "&includeSubsidiaries=true", demo).andExpect(status().isOk())
                .andExpect(jsonPath("$.hazardReports").value(5))
                .andExpect(jsonPath("$.meanApprovalMinutes").value(20.0))
                .andExpect(jsonPath("$.p90ApprovalMinutes").value(30.0))
                .andExpect(jsonPath("$.previous.hazardReports").value(1))
                .andExpect(jsonPath("$.previous.meanApprovalMinutes").value(60.0))
                .andExpect(jsonPath("$.activeMobileUserRate").value(2 / groupUsers));
        // The safety officer of the group company sees only it: the roll-up adds nothing.
        api.get("safety", span + "&includeSubsidiaries=true", demo).andExpect(status().isOk())
                .andExpect(jsonPath("$.hazardReports").value(2));
        api.get("yz-safety", span, yangzhou).andExpect(jsonPath("$.hazardReports").value(3));
    }

    @Test
    void the_answer_has_every_figure_of_api_md_with_null_where_there_is_no_data() throws Exception {
        String body = api.get("auditor", "/api/v1/kpis?from=1990-01-01&to=1990-01-31").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        for (String rate : new String[] {"certifiedWorkRate", "approvalCompletenessRate", "measureCompletionRate",
                "meanApprovalMinutes", "p90ApprovalMinutes", "meanAlarmAckSeconds", "hazardClosureHours",
                "dataCompletenessRate"}) {
            assertThat(body).contains("\"" + rate + "\":null");
        }
        assertThat(body).contains("\"hazardReports\":0", "\"activeMobileUserRate\":0.0",
                "\"trainingCompletionRate\":0.0", "\"previous\":{"); // the demo company has users and workers
    }

    @Test
    void a_training_recorded_through_the_api_reaches_the_training_completion_rate() throws Exception {
        String workerId = ApiClient.read(api.get("safety", "/api/v1/workers"), "$.items[0].id");
        api.post("safety", "/api/v1/workers/{id}/training", """
                {"course":"动火作业安全培训","kind":"REVIEW","hours":8,"completedOn":"2013-05-05"}""", workerId)
                .andExpect(status().isCreated());
        double workers = qualifications.enabledWorkerCount(java.util.Set.of(demo));

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                api.get("safety", "/api/v1/kpis?from=2013-05-01&to=2013-05-31")
                        .andExpect(jsonPath("$.trainingCompletionRate").value(1 / workers)));
    }

    @Test
    void another_company_is_not_found() throws Exception {
        api.get("yz-safety", "/api/v1/kpis?companyId={c}&from=2015-06-01&to=2015-06-30", demo)
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("NOT_FOUND"));
        api.get("yz-admin", "/api/v1/kpis?companyId={c}&includeSubsidiaries=true", demo)
                .andExpect(status().isNotFound());
        api.post("yz-admin", "/api/v1/kpis/rebuild?companyId={c}", "", demo).andExpect(status().isNotFound());
    }

    @Test
    void only_the_roles_that_steer_safety_read_kpis_and_only_admins_rebuild() throws Exception {
        api.get("worker", "/api/v1/kpis").andExpect(status().isForbidden());
        api.get("leader", "/api/v1/kpis").andExpect(status().isForbidden());
        api.get("plant", "/api/v1/kpis").andExpect(status().isOk());
        api.post("safety", "/api/v1/kpis/rebuild?companyId={c}", "", demo).andExpect(status().isForbidden());
        api.post("yz-admin", "/api/v1/kpis/rebuild?companyId={c}", "", yangzhou).andExpect(status().isOk())
                .andExpect(jsonPath("$.companyId").value(yangzhou.toString()));
    }

    @Test
    void bad_dates_are_refused_with_the_usual_codes() throws Exception {
        api.get("safety", "/api/v1/kpis?from=2015-13-01&to=2015-06-30").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        api.get("safety", "/api/v1/kpis?from=2015-07-01&to=2015-06-30").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
    }

    /** The company and every company below it, as the roll-up covers them (other tests add subsidiaries too). */
    java.util.Set<UUID> coveredBy(UUID root) {
        java.util.Set<UUID> covered = new java.util.LinkedHashSet<>(java.util.List.of(root));
        record Link(UUID id, UUID parentId) {}
        java.util.List<Link> all = jdbc.sql("select id, parent_id from company where enabled")
                .query((rs, n) -> new Link(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Link c : all) {
                if (c.parentId() != null && covered.contains(c.parentId()) && covered.add(c.id())) {
                    grew = true;
                }
            }
        }
        return covered;
    }
}
