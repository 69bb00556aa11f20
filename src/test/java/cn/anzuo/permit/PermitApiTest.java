package cn.anzuo.permit;

import static cn.anzuo.permit.PermitFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.permit.domain.HolidayCalendar;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

/** API.md "Permits" (create, read, list, approvals): every rule and error code of this scope. */
@AnzuoTest
class PermitApiTest {

    static final String PNG = "data:image/png;base64,"
            + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    @Autowired ApiClient api;
    @Autowired HolidayCalendar holidays;

    PermitFixtures f;
    String welder;
    String guardian;
    LocalDate day;

    @BeforeEach
    void crew() throws Exception {
        f = new PermitFixtures(api, holidays);
        welder = f.worker("焊工甲", "2.1");
        guardian = f.worker("监护甲", "GUARDIAN");
        day = f.workday();
    }

    ResultActions apply(String json) throws Exception {
        return api.post("leader", "/api/v1/permits", json);
    }

    String hotWork(String level, OffsetDateTime start, OffsetDateTime end, String extra) throws Exception {
        return f.request("HOT_WORK", level, start, end, welder, List.of(welder), guardian, extra);
    }

    String created(String json) throws Exception {
        return ApiClient.read(apply(json).andExpect(status().isCreated()), "$.id");
    }

    @Test
    void level_2_hot_work_by_day_is_numbered_and_waits_for_the_unit_approver() throws Exception {
        apply(hotWork("LEVEL_2", at(day, 9, 0), at(day, 11, 0), null))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number", matchesPattern("DH-" + day.toString().replace("-", "") + "-\\d{4}")))
                .andExpect(jsonPath("$.status").value("PENDING_APPROVAL"))
                .andExpect(jsonPath("$.level").value("LEVEL_2"))
                .andExpect(jsonPath("$.requestedLevel").value("LEVEL_2"))
                .andExpect(jsonPath("$.plannedStart").value(at(day, 9, 0).format(
                        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX"))))
                .andExpect(jsonPath("$.leader.name").value("焊工甲"))
                .andExpect(jsonPath("$.guardian.name").value("监护甲"))
                .andExpect(jsonPath("$.approvalSteps[0].seq").value(1))
                .andExpect(jsonPath("$.approvalSteps[0].role").value("UNIT_APPROVER"))
                .andExpect(jsonPath("$.approvalSteps[0].status").value("PENDING"))
                .andExpect(jsonPath("$.expedite").value(false));
    }

    @Test
    void hot_work_at_night_is_upgraded_one_level_and_says_why() throws Exception {
        apply(hotWork("LEVEL_2", at(day, 19, 0), at(day, 21, 0), null))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.level").value("LEVEL_1"))
                .andExpect(jsonPath("$.requestedLevel").value("LEVEL_2"))
                .andExpect(jsonPath("$.levelReason", matchesPattern(".*夜间.*二级→一级.*")))
                .andExpect(jsonPath("$.approvalSteps[0].role").value("SAFETY_OFFICER"));
    }

    @Test
    void upgraded_hot_work_gets_the_8_hour_cap_of_its_new_level() throws Exception {
        apply(hotWork("LEVEL_2", at(day, 14, 0), at(day, 23, 0), null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("VALIDITY_EXCEEDED"))
                .andExpect(jsonPath("$.maxHours").value(8));
    }

    @Test
    void each_validity_cap_is_enforced() throws Exception {
        apply(hotWork("LEVEL_1", at(day, 8, 0), at(day, 16, 1), null))
                .andExpect(jsonPath("$.code").value("VALIDITY_EXCEEDED"));
        apply(hotWork("LEVEL_1", at(day, 8, 0), at(day, 16, 0), null)).andExpect(status().isCreated());
        String climber = f.worker("架子工", "3.1");
        String height = f.request("HEIGHT", null, at(day, 8, 0), at(day.plusDays(7), 8, 1), climber, List.of(climber),
                f.worker("监护乙", "GUARDIAN"), "\"heightMeters\":12");
        apply(height).andExpect(jsonPath("$.code").value("VALIDITY_EXCEEDED")).andExpect(jsonPath("$.maxHours").value(168));
        String confined = f.request("CONFINED_SPACE", null, at(day, 8, 0), at(day.plusDays(1), 8, 1), welder,
                List.of(welder), guardian, null);
        apply(confined).andExpect(jsonPath("$.maxHours").value(24));
    }

    @Test
    void invalid_windows_are_refused() throws Exception {
        apply(hotWork("LEVEL_2", at(day, 11, 0), at(day, 11, 0), null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("INVALID_WINDOW"));
        OffsetDateTime past = OffsetDateTime.now(PermitFixtures.SHANGHAI).minusMinutes(11);
        apply(hotWork("LEVEL_2", past, past.plusHours(1), null)).andExpect(jsonPath("$.code").value("INVALID_WINDOW"));
    }

    @Test
    void hot_work_without_level_is_LEVEL_REQUIRED_and_height_without_metres_too() throws Exception {
        apply(hotWork(null, at(day, 9, 0), at(day, 10, 0), null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("LEVEL_REQUIRED"));
        String climber = f.worker("架子工乙", "3.2");
        apply(f.request("HEIGHT", null, at(day, 9, 0), at(day, 10, 0), climber, List.of(climber), guardian, null))
                .andExpect(jsonPath("$.code").value("LEVEL_REQUIRED"));
        apply(f.request("HEIGHT", null, at(day, 9, 0), at(day, 10, 0), climber, List.of(climber), guardian,
                "\"heightMeters\":1.5")).andExpect(jsonPath("$.code").value("NOT_HEIGHT_WORK"));
    }

    @Test
    void height_grade_is_computed_with_method_B_and_lifting_grade_from_the_load() throws Exception {
        String climber = f.worker("架子工丙", "3.1");
        apply(f.request("HEIGHT", null, at(day, 9, 0), at(day, 10, 0), climber, List.of(climber), guardian,
                "\"heightMeters\":12.5,\"hazardFactors\":[\"WIND_GUST\"]"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.level").value("III"))
                .andExpect(jsonPath("$.levelReason", matchesPattern(".*12\\.5 m.*B 法.*")))
                .andExpect(jsonPath("$.approvalSteps[0].role").value("DEPT_APPROVER"));
        String crane = f.worker("吊车司机", "Q2");
        String otherGuardian = f.worker("监护丙", "GUARDIAN");
        apply(f.request("LIFTING", null, at(day, 13, 0), at(day, 15, 0), crane, List.of(crane), otherGuardian,
                "\"loadTonnes\":120"))
                .andExpect(jsonPath("$.level").value("LEVEL_1"))
                .andExpect(jsonPath("$.approvalSteps[0].role").value("PLANT_LEADER"));
        apply(f.request("LIFTING", null, at(day, 15, 0), at(day, 16, 0), crane, List.of(crane), otherGuardian,
                "\"loadTonnes\":8"))
                .andExpect(jsonPath("$.level").value("LEVEL_3"))
                .andExpect(jsonPath("$.warnings[0]").value("LIGHT_LOAD_NO_PERMIT_REQUIRED"));
        apply(f.request("LIFTING", null, at(day, 9, 0), at(day, 10, 0), crane, List.of(crane), otherGuardian, null))
                .andExpect(jsonPath("$.code").value("LEVEL_REQUIRED"));
    }

    @Test
    void an_unanswered_or_unknown_checklist_item_is_MEASURES_INCOMPLETE() throws Exception {
        String json = hotWork("LEVEL_2", at(day, 9, 0), at(day, 10, 0), null)
                .replace("{\"code\":\"HW-13\",\"applicable\":true},", "");
        apply(json)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("MEASURES_INCOMPLETE"))
                .andExpect(jsonPath("$.missing[0]").value("HW-13"));
        apply(hotWork("LEVEL_2", at(day, 9, 0), at(day, 10, 0), null).replace("\"HW-16\"", "\"XX-99\""))
                .andExpect(jsonPath("$.unknown[0]").value("XX-99"));
    }

    @Test
    void guardian_named_as_worker_is_GUARDIAN_IS_WORKER() throws Exception {
        String both = f.worker("既焊又监", "2.1", "GUARDIAN");
        apply(f.request("HOT_WORK", "LEVEL_2", at(day, 9, 0), at(day, 10, 0), both, List.of(both), both, null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("GUARDIAN_IS_WORKER"));
    }

    @Test
    void guardian_on_an_overlapping_permit_at_another_site_is_GUARDIAN_BUSY() throws Exception {
        created(hotWork("LEVEL_2", at(day, 9, 0), at(day, 11, 0), null));
        String elsewhere = hotWork("LEVEL_2", at(day, 10, 0), at(day, 12, 0), null).replace(f.siteId, f.otherSiteId);
        apply(elsewhere)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("GUARDIAN_BUSY"));
        created(hotWork("LEVEL_2", at(day, 10, 0), at(day, 12, 0), null));
        created(hotWork("LEVEL_2", at(day, 11, 0), at(day, 12, 0), null).replace(f.siteId, f.otherSiteId)
                .replace("\"" + at(day, 11, 0), "\"" + at(day, 12, 0)).replace("\"" + at(day, 12, 0) + "\",\"leader",
                        "\"" + at(day, 13, 0) + "\",\"leader"));
    }

    @Test
    void unqualified_people_are_listed_with_their_reasons() throws Exception {
        String novice = f.worker("学徒");
        String untrained = f.worker("未培训监护");
        apply(f.request("HOT_WORK", "LEVEL_2", at(day, 9, 0), at(day, 10, 0), welder, List.of(welder, novice), untrained, null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("QUALIFICATION_INVALID"))
                .andExpect(jsonPath("$.violations[?(@.workerId == '" + novice + "')].reason").value(hasItem("NO_CERTIFICATE")))
                .andExpect(jsonPath("$.violations[?(@.workerId == '" + untrained + "')].role").value(hasItem("GUARDIAN")))
                .andExpect(jsonPath("$.violations[?(@.workerId == '" + novice + "')].name").value(hasItem("学徒")));
    }

    @Test
    void a_certificate_expiring_before_the_end_blocks_the_permit() throws Exception {
        String id = cn.anzuo.support.IdNumbers.random();
        String shortLived = ApiClient.read(api.post("safety", "/api/v1/workers", """
                {"companyId":"%s","name":"快到期","idNumber":"%s"}""".formatted(f.companyId, id)), "$.id");
        api.post("safety", "/api/v1/workers/{id}/certificates", """
                {"regime":"SPECIAL_OPERATION","itemCode":"3.1","number":"T%s","issuedOn":"2021-01-01","expiresOn":"%s","reviewDueOn":"%s"}"""
                .formatted(id, day, day), shortLived).andExpect(status().isCreated());
        apply(f.request("HEIGHT", null, at(day, 9, 0), at(day.plusDays(1), 11, 0), shortLived, List.of(shortLived),
                guardian, "\"heightMeters\":6"))
                .andExpect(jsonPath("$.code").value("QUALIFICATION_INVALID"))
                .andExpect(jsonPath("$.violations[0].reason").value("EXPIRES_BEFORE_END"));
        apply(f.request("HEIGHT", null, at(day, 9, 0), at(day, 17, 0), shortLived, List.of(shortLived),
                guardian, "\"heightMeters\":6")).andExpect(status().isCreated());
    }

    @Test
    void temporary_power_also_checks_the_leader_for_an_electrician_certificate() throws Exception {
        String electrician = f.worker("电工", "1.2");
        apply(f.request("TEMP_POWER", null, at(day, 9, 0), at(day, 17, 0), welder, List.of(electrician), guardian, null))
                .andExpect(jsonPath("$.code").value("QUALIFICATION_INVALID"))
                .andExpect(jsonPath("$.violations[0].role").value("LEADER"))
                .andExpect(jsonPath("$.violations[0].workerId").value(welder));
        apply(f.request("TEMP_POWER", null, at(day, 9, 0), at(day, 17, 0), electrician, List.of(electrician), guardian, null))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.approvalSteps[0].role").value("POWER_SUPPLIER"));
    }

    @Test
    void unknown_people_and_other_companies_sites_are_refused() throws Exception {
        apply(hotWork("LEVEL_2", at(day, 9, 0), at(day, 10, 0), null).replace("\"guardianId\":\"" + guardian,
                "\"guardianId\":\"" + java.util.UUID.randomUUID()))
                .andExpect(jsonPath("$.code").value("UNKNOWN_WORKER"));
        String yzSite = ApiClient.read(api.get("yz-leader", "/api/v1/sites"), "$.items[0].id");
        apply(hotWork("LEVEL_2", at(day, 9, 0), at(day, 10, 0), null).replace(f.siteId, yzSite))
                .andExpect(status().isNotFound());
    }

    @Test
    void only_work_leaders_apply_and_bad_input_is_400_or_422() throws Exception {
        api.post("worker", "/api/v1/permits", hotWork("LEVEL_2", at(day, 9, 0), at(day, 10, 0), null))
                .andExpect(status().isForbidden());
        apply(hotWork("LEVEL_2", at(day, 9, 0), at(day, 10, 0), null).replace("\"HOT_WORK\"", "\"WELDING\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        apply(hotWork("LEVEL_2", at(day, 9, 0), at(day, 10, 0), null).replace(at(day, 9, 0).toString(), "2026-12-01 09:00"))
                .andExpect(status().isBadRequest());
        apply("{\"type\":\"HOT_WORK\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("workerIds")));
        apply(hotWork("LEVEL_2", at(day, 9, 0), at(day, 10, 0), "\"expedite\":true"))
                .andExpect(jsonPath("$.code").value("EXPEDITE_REASON_REQUIRED"));
    }

    @Test
    void approval_by_the_unit_approver_with_signature_makes_it_APPROVED() throws Exception {
        String id = created(hotWork("LEVEL_2", at(day, 9, 0), at(day, 11, 0), null));
        assertThat(api.idsOfEveryPage("unit", "/api/v1/permits/pending-my-approval?size=200")).contains(id);
        api.post("unit", "/api/v1/permits/{id}/approvals", """
                {"decision":"APPROVE","comment":"措施落实,同意","signature":"%s","latitude":32.2631,"longitude":118.7915}"""
                .formatted(PNG), id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.approvalSteps[0].status").value("APPROVED"))
                .andExpect(jsonPath("$.approvalSteps[0].decidedBy").value("赵明"))
                .andExpect(jsonPath("$.approvalSteps[0].signed").value(true))
                .andExpect(jsonPath("$.approvalSteps[0].signatureSha256").isNotEmpty())
                .andExpect(jsonPath("$.approvalMinutes").isNumber());
        api.post("unit", "/api/v1/permits/{id}/approvals", "{\"decision\":\"APPROVE\"}", id)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("PERMIT_NOT_PENDING"));
    }

    @Test
    void rejection_needs_a_reason_and_ends_the_permit() throws Exception {
        String id = created(hotWork("LEVEL_2", at(day, 9, 0), at(day, 11, 0), null));
        api.post("unit", "/api/v1/permits/{id}/approvals", "{\"decision\":\"REJECT\"}", id)
                .andExpect(jsonPath("$.code").value("REJECTION_REASON_REQUIRED"));
        api.post("unit", "/api/v1/permits/{id}/approvals", "{\"decision\":\"REJECT\",\"comment\":\"未落实盲板隔离\"}", id)
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.rejectionReason").value("未落实盲板隔离"));
    }

    @Test
    void wrong_role_is_NOT_CURRENT_APPROVER_and_bad_signature_is_INVALID_SIGNATURE() throws Exception {
        String id = created(hotWork("LEVEL_2", at(day, 9, 0), at(day, 11, 0), null));
        api.post("dept", "/api/v1/permits/{id}/approvals", "{\"decision\":\"APPROVE\"}", id)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("NOT_CURRENT_APPROVER"));
        api.post("unit", "/api/v1/permits/{id}/approvals", "{\"decision\":\"APPROVE\",\"signature\":\"bm90IGEgcG5n\"}", id)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("INVALID_SIGNATURE"));
        api.get("yz-admin", "/api/v1/permits/{id}", id).andExpect(status().isNotFound());
        api.post("yz-leader", "/api/v1/permits/{id}/approvals", "{\"decision\":\"APPROVE\"}", id)
                .andExpect(status().isNotFound());
    }

    @Test
    void a_group_user_with_the_role_may_not_decide_for_a_subsidiary() throws Exception {
        String yzCompany = ApiClient.read(api.get("yz-admin", "/api/v1/me"), "$.companyId");
        String groupApprover = cn.anzuo.support.Unique.username("grp");
        api.post("admin", "/api/v1/users", """
                {"username":"%s","password":"long-enough","displayName":"集团审批","companyId":"%s","roles":["GROUP_ADMIN","UNIT_APPROVER","SAFETY_OFFICER","PLANT_LEADER"]}"""
                .formatted(groupApprover, f.companyId)).andExpect(status().isCreated());
        api.token(groupApprover, "long-enough");
        String yzSite = ApiClient.read(api.get("yz-leader", "/api/v1/sites"), "$.items[0].id");
        String yzWelder = ApiClient.read(api.post("admin", "/api/v1/workers", """
                {"companyId":"%s","name":"扬州焊工","idNumber":"%s"}""".formatted(yzCompany, cn.anzuo.support.IdNumbers.next())), "$.id");
        String yzGuardian = ApiClient.read(api.post("admin", "/api/v1/workers", """
                {"companyId":"%s","name":"扬州监护","idNumber":"%s"}""".formatted(yzCompany, cn.anzuo.support.IdNumbers.next())), "$.id");
        String json = f.request("EXCAVATION", null, at(day, 9, 0), at(day, 10, 0), yzWelder, List.of(yzWelder), yzGuardian, null)
                .replace(f.siteId, yzSite);
        api.post("admin", "/api/v1/workers/{id}/certificates", """
                {"regime":"GUARDIAN","itemCode":"GUARDIAN","number":"JH-YZ","issuedOn":"2025-01-01","expiresOn":"2030-01-01"}""",
                yzGuardian).andExpect(status().isCreated());
        String id = ApiClient.read(api.post("yz-leader", "/api/v1/permits", json).andExpect(status().isCreated()), "$.id");
        api.get(groupApprover, "/api/v1/permits/{id}", id).andExpect(status().isOk());
        api.post(groupApprover, "/api/v1/permits/{id}/approvals", "{\"decision\":\"APPROVE\"}", id)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("NOT_CURRENT_APPROVER"));
    }

    @Test
    void the_applicant_never_approves_and_nobody_decides_two_steps() throws Exception {
        String unitAndSafety = cn.anzuo.support.Unique.username("dual");
        api.post("admin", "/api/v1/users", """
                {"username":"%s","password":"long-enough","displayName":"兼职审批","companyId":"%s","roles":["SAFETY_OFFICER","PLANT_LEADER","WORK_LEADER"]}"""
                .formatted(unitAndSafety, f.companyId)).andExpect(status().isCreated());
        api.token(unitAndSafety, "long-enough");
        // Excavation: SAFETY_OFFICER then DEPT_APPROVER (Annex B countersign, then approver)
        String digger = f.worker("挖掘工");
        String id = created(f.request("EXCAVATION", null, at(day, 9, 0), at(day, 11, 0), digger, List.of(digger), guardian, null));
        api.post(unitAndSafety, "/api/v1/permits/{id}/approvals", "{\"decision\":\"APPROVE\"}", id)
                .andExpect(jsonPath("$.approvalSteps[0].status").value("APPROVED"))
                .andExpect(jsonPath("$.approvalSteps[1].status").value("PENDING"));
        // the applicant (a leader who also holds an approver role) may not approve their own permit
        String own = ApiClient.read(api.post(unitAndSafety, "/api/v1/permits",
                f.request("HOT_WORK", "SPECIAL", at(day, 14, 0), at(day, 15, 0), welder, List.of(welder),
                        f.worker("监护丁", "GUARDIAN"), null)).andExpect(status().isCreated()), "$.id");
        api.post(unitAndSafety, "/api/v1/permits/{id}/approvals", "{\"decision\":\"APPROVE\"}", own)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("SEPARATION_OF_DUTIES"));
    }

    @Test
    void expedited_permits_open_every_step_at_once() throws Exception {
        String digger = f.worker("挖掘工乙");
        String id = created(f.request("ROAD_CLOSURE", null, at(day, 9, 0), at(day, 11, 0), digger, List.of(digger), guardian,
                "\"expedite\":true,\"expediteReason\":\"消防通道抢修\""));
        api.get("dept", "/api/v1/permits/{id}", id)
                .andExpect(jsonPath("$.expedite").value(true))
                .andExpect(jsonPath("$.approvalSteps[0].status").value("PENDING"))
                .andExpect(jsonPath("$.approvalSteps[1].status").value("PENDING"));
        api.post("dept", "/api/v1/permits/{id}/approvals", "{\"decision\":\"APPROVE\"}", id)
                .andExpect(jsonPath("$.status").value("PENDING_APPROVAL"))
                .andExpect(jsonPath("$.approvalSteps[1].status").value("APPROVED"));
        api.post("safety", "/api/v1/permits/{id}/approvals", "{\"decision\":\"APPROVE\"}", id)
                .andExpect(jsonPath("$.status").value("APPROVED"));
    }

    @Test
    void list_filters_and_catalogue() throws Exception {
        String id = created(hotWork("LEVEL_2", at(day, 9, 0), at(day, 11, 0), null));
        api.get("leader", "/api/v1/permits?status=PENDING_APPROVAL&type=HOT_WORK&siteId=" + f.siteId + "&size=200")
                .andExpect(jsonPath("$.items[*].id", hasItem(id)));
        api.get("leader", "/api/v1/permits?status=NOPE").andExpect(status().isBadRequest());
        api.get("worker", "/api/v1/catalog/work-types")
                .andExpect(jsonPath("$.length()").value(8))
                .andExpect(jsonPath("$[?(@.type == 'HOT_WORK')].levels[*]").value(hasItem("SPECIAL")))
                .andExpect(jsonPath("$[?(@.type == 'HOT_WORK')].measures.length()").value(hasItem(16)))
                .andExpect(jsonPath("$[?(@.type == 'LIFTING')].requiredCertificateItems[*]").value(hasItem("Q2")));
    }
}
