package cn.anzuo.organization;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.Unique;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** API.md "Organisation": every endpoint, role, company boundary and error code. */
@AnzuoTest
class OrganizationApiTest {

    @Autowired ApiClient api;

    String demoId;
    String yangzhouId;
    String demoSiteId;

    @BeforeEach
    void ids() throws Exception {
        demoId = ApiClient.read(api.get("admin", "/api/v1/me"), "$.companyId");
        yangzhouId = ApiClient.read(api.get("yz-admin", "/api/v1/me"), "$.companyId");
        demoSiteId = ApiClient.read(api.get("admin", "/api/v1/sites?companyId=" + demoId), "$.items[0].id");
    }

    String siteJson(String companyId, String code) {
        return """
                {"companyId":"%s","code":"%s","name":"二号罐区","latitude":32.2631,"longitude":118.7915,"radiusMeters":120,"hazardArea":true}
                """.formatted(companyId, code);
    }

    @Nested
    class Companies {

        @Test
        void group_admin_creates_a_subsidiary_in_the_own_subtree() throws Exception {
            String code = Unique.code("SUB");
            api.post("admin", "/api/v1/companies", """
                    {"code":"%s","name":"示范化工(连云港)有限公司","parentId":"%s"}""".formatted(code, demoId))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.code").value(code))
                    .andExpect(jsonPath("$.parentId").value(demoId));
        }

        @Test
        void root_admin_may_leave_the_parent_out() throws Exception {
            api.post("admin", "/api/v1/companies", """
                    {"code":"%s","name":"新子公司"}""".formatted(Unique.code("SUB")))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.parentId").value(demoId));
        }

        @Test
        void taken_code_is_409_COMPANY_CODE_TAKEN() throws Exception {
            api.post("admin", "/api/v1/companies", """
                    {"code":"DEMO-YZ","name":"重复","parentId":"%s"}""".formatted(demoId))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("COMPANY_CODE_TAKEN"));
        }

        @Test
        void without_group_admin_role_it_is_403_FORBIDDEN() throws Exception {
            api.post("yz-admin", "/api/v1/companies", """
                    {"code":"%s","name":"越权","parentId":"%s"}""".formatted(Unique.code("X"), yangzhouId))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        }

        @Test
        void list_shows_only_visible_companies_in_the_list_envelope() throws Exception {
            api.get("yz-admin", "/api/v1/companies")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").value(1))
                    .andExpect(jsonPath("$.page").value(0))
                    .andExpect(jsonPath("$.size").value(20))
                    .andExpect(jsonPath("$.items[0].code").value("DEMO-YZ"));
            api.get("admin", "/api/v1/companies")
                    .andExpect(jsonPath("$.items[*].code", hasItem("DEMO-YZ")))
                    .andExpect(jsonPath("$.items[*].code", hasItem("DEMO")));
        }

        @Test
        void another_company_is_404_and_the_group_admin_sees_subsidiaries() throws Exception {
            api.get("yz-admin", "/api/v1/companies/{id}", demoId)
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("NOT_FOUND"));
            api.get("admin", "/api/v1/companies/{id}", yangzhouId).andExpect(status().isOk());
        }

        @Test
        void policy_defaults_then_partial_update() throws Exception {
            String code = Unique.code("POL");
            String id = ApiClient.read(api.post("admin", "/api/v1/companies", """
                    {"code":"%s","name":"规则测试"}""".formatted(code)), "$.id");
            api.get("admin", "/api/v1/companies/{id}/policy", id)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.checkInWindowMinutes").value(30))
                    .andExpect(jsonPath("$.expiryReminderDays").value(15))
                    .andExpect(jsonPath("$.nightStart").value("20:00"))
                    .andExpect(jsonPath("$.nightEnd").value("06:00"))
                    .andExpect(jsonPath("$.allowUnverifiedCertificates").value(true))
                    .andExpect(jsonPath("$.approvalEscalationMinutes").value(30));
            api.put("admin", "/api/v1/companies/{id}/policy", """
                    {"checkInWindowMinutes":45,"nightStart":"21:30"}""", id)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.checkInWindowMinutes").value(45))
                    .andExpect(jsonPath("$.nightStart").value("21:30"))
                    .andExpect(jsonPath("$.expiryReminderDays").value(15));
            api.put("admin", "/api/v1/companies/{id}/policy", """
                    {"allowUnverifiedCertificates":false}""", id)
                    .andExpect(jsonPath("$.checkInWindowMinutes").value(45))
                    .andExpect(jsonPath("$.allowUnverifiedCertificates").value(false));
        }

        @Test
        void policy_out_of_range_is_422_with_the_field_and_wrong_type_is_400() throws Exception {
            api.put("admin", "/api/v1/companies/{id}/policy", """
                    {"checkInWindowMinutes":0}""", demoId)
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                    .andExpect(jsonPath("$.errors[0].field").value("checkInWindowMinutes"))
                    .andExpect(jsonPath("$.errors[0].code").value("Min"));
            api.put("admin", "/api/v1/companies/{id}/policy", """
                    {"nightStart":"25:99"}""", demoId)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
            api.put("admin", "/api/v1/companies/{id}/policy", """
                    {"checkInWindowMinutes":"thirty"}""", demoId)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        }

        @Test
        void worker_may_not_change_policy_and_other_company_policy_is_404() throws Exception {
            api.put("worker", "/api/v1/companies/{id}/policy", "{}", demoId)
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("FORBIDDEN"));
            api.put("yz-admin", "/api/v1/companies/{id}/policy", "{\"expiryReminderDays\":20}", demoId)
                    .andExpect(status().isNotFound());
        }

        @Test
        void malformed_id_in_the_path_is_400() throws Exception {
            api.get("admin", "/api/v1/companies/not-a-uuid")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        }
    }

    @Nested
    class Sites {

        @Test
        void company_admin_creates_a_site_with_geofence() throws Exception {
            String code = Unique.code("TF");
            api.post("admin", "/api/v1/sites", siteJson(demoId, code))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.id").isNotEmpty())
                    .andExpect(jsonPath("$.code").value(code))
                    .andExpect(jsonPath("$.radiusMeters").value(120))
                    .andExpect(jsonPath("$.hazardArea").value(true));
        }

        @Test
        void worker_creating_a_site_is_403() throws Exception {
            api.post("worker", "/api/v1/sites", siteJson(demoId, Unique.code("TF")))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        }

        @Test
        void duplicate_code_in_the_company_is_409_SITE_CODE_TAKEN() throws Exception {
            api.post("admin", "/api/v1/sites", siteJson(demoId, "TF-01"))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("SITE_CODE_TAKEN"));
        }

        @Test
        void another_companys_site_is_404() throws Exception {
            api.get("yz-leader", "/api/v1/sites/{id}", demoSiteId)
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("NOT_FOUND"));
            api.get("leader", "/api/v1/sites/{id}", demoSiteId).andExpect(status().isOk());
            api.get("yz-leader", "/api/v1/sites?companyId=" + demoId).andExpect(status().isNotFound());
            api.post("yz-admin", "/api/v1/sites", siteJson(demoId, Unique.code("TF")))
                    .andExpect(status().isNotFound());
        }

        @Test
        void invalid_geofence_is_422_with_each_field() throws Exception {
            api.post("admin", "/api/v1/sites", """
                    {"companyId":"%s","code":"bad code","name":"","latitude":91,"longitude":200,"radiusMeters":0}
                    """.formatted(demoId))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                    .andExpect(jsonPath("$.errors[*].field", hasItem("latitude")))
                    .andExpect(jsonPath("$.errors[*].field", hasItem("longitude")))
                    .andExpect(jsonPath("$.errors[*].field", hasItem("radiusMeters")))
                    .andExpect(jsonPath("$.errors[*].field", hasItem("code")))
                    .andExpect(jsonPath("$.errors[*].field", hasItem("name")));
        }

        @Test
        void wrong_type_and_broken_json_are_400_MALFORMED_REQUEST() throws Exception {
            api.post("admin", "/api/v1/sites", """
                    {"companyId":"%s","code":"X1","name":"n","latitude":"north","longitude":1,"radiusMeters":10}
                    """.formatted(demoId))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
            api.post("admin", "/api/v1/sites", "{ not json")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        }

        @Test
        void list_defaults_to_the_own_company() throws Exception {
            api.get("yz-leader", "/api/v1/sites")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[*].code", hasItem("YZ-TF")))
                    .andExpect(jsonPath("$.items[*].code", not(hasItem("TF-01"))));
        }
    }

    @Nested
    class Users {

        String userJson(String username, String password, String companyId, String roles) {
            return """
                    {"username":"%s","password":"%s","displayName":"张三","companyId":"%s","roles":%s}
                    """.formatted(username, password, companyId, roles);
        }

        @Test
        void company_admin_creates_a_user_with_several_roles() throws Exception {
            String username = Unique.username("u");
            api.post("yz-admin", "/api/v1/users", userJson(username, "long-enough", yangzhouId, "[\"WORK_LEADER\",\"GUARDIAN\"]"))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.username").value(username))
                    .andExpect(jsonPath("$.companyId").value(yangzhouId))
                    .andExpect(jsonPath("$.roles[*]", hasItem("GUARDIAN")))
                    .andExpect(jsonPath("$.password").doesNotExist());
            api.token(username, "long-enough");
        }

        @Test
        void short_password_is_422_on_the_password_field() throws Exception {
            api.post("admin", "/api/v1/users", userJson(Unique.username("u"), "short", demoId, "[\"WORKER\"]"))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                    .andExpect(jsonPath("$.errors[0].field").value("password"));
        }

        @Test
        void taken_username_is_409_USERNAME_TAKEN() throws Exception {
            api.post("admin", "/api/v1/users", userJson("leader", "long-enough", demoId, "[\"WORKER\"]"))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("USERNAME_TAKEN"));
        }

        @Test
        void unknown_role_is_400_MALFORMED_REQUEST() throws Exception {
            api.post("admin", "/api/v1/users", userJson(Unique.username("u"), "long-enough", demoId, "[\"KING\"]"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        }

        @Test
        void company_admin_may_not_create_users_elsewhere_or_grant_group_admin() throws Exception {
            api.post("yz-admin", "/api/v1/users", userJson(Unique.username("u"), "long-enough", demoId, "[\"WORKER\"]"))
                    .andExpect(status().isNotFound());
            api.post("yz-admin", "/api/v1/users", userJson(Unique.username("u"), "long-enough", yangzhouId, "[\"GROUP_ADMIN\"]"))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("ROLE_NOT_GRANTABLE"));
        }

        @Test
        void group_admin_creates_users_in_a_subsidiary() throws Exception {
            api.post("admin", "/api/v1/users", userJson(Unique.username("u"), "long-enough", yangzhouId, "[\"SAFETY_OFFICER\"]"))
                    .andExpect(status().isCreated());
        }

        @Test
        void worker_creating_a_user_is_403() throws Exception {
            api.post("worker", "/api/v1/users", userJson(Unique.username("u"), "long-enough", demoId, "[\"WORKER\"]"))
                    .andExpect(status().isForbidden());
        }

        String linkedUserJson(String companyId, String workerId) {
            return """
                    {"username":"%s","password":"long-enough","displayName":"张三","companyId":"%s","roles":["WORKER"],"workerId":"%s"}
                    """.formatted(Unique.username("u"), companyId, workerId);
        }

        String newDemoWorker() throws Exception {
            return ApiClient.read(api.post("admin", "/api/v1/workers", """
                    {"companyId":"%s","name":"%s","idNumber":"%s"}
                    """.formatted(demoId, Unique.personName("陈"), cn.anzuo.support.IdNumbers.next()))
                    .andExpect(status().isCreated()), "$.id");
        }

        @Test
        void a_user_can_only_be_linked_to_an_existing_worker_of_the_users_own_company() throws Exception {
            String demoWorker = newDemoWorker();
            api.post("yz-admin", "/api/v1/users", linkedUserJson(yangzhouId, demoWorker))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("NOT_FOUND"));
            api.post("admin", "/api/v1/users", linkedUserJson(yangzhouId, demoWorker))
                    .andExpect(status().isNotFound());
            api.post("admin", "/api/v1/users", linkedUserJson(demoId, java.util.UUID.randomUUID().toString()))
                    .andExpect(status().isNotFound());
            api.post("admin", "/api/v1/users", linkedUserJson(demoId, demoWorker))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.workerId").value(demoWorker));
        }

        @Test
        void a_worker_is_linked_to_one_user_only() throws Exception {
            String demoWorker = newDemoWorker();
            api.post("admin", "/api/v1/users", linkedUserJson(demoId, demoWorker)).andExpect(status().isCreated());
            api.post("admin", "/api/v1/users", linkedUserJson(demoId, demoWorker))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("WORKER_ALREADY_LINKED"));
        }

        @Test
        void users_of_another_company_are_404() throws Exception {
            String id = ApiClient.read(api.get("admin", "/api/v1/me"), "$.id");
            api.get("yz-admin", "/api/v1/users/{id}", id).andExpect(status().isNotFound());
            api.get("admin", "/api/v1/users/{id}", id).andExpect(status().isOk());
        }
    }

    @Test
    void unknown_api_path_is_404_problem_and_wrong_method_is_405() throws Exception {
        api.get("admin", "/api/v1/no-such-thing")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
        api.put("admin", "/api/v1/sites", "{}")
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.code").value("METHOD_NOT_ALLOWED"));
    }
}
