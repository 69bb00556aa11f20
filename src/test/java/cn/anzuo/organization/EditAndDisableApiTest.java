package cn.anzuo.organization;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** Issue 10 finding 6: users, sites and companies are edited and disabled, never deleted; passwords change. */
@AnzuoTest
class EditAndDisableApiTest {

    @Autowired ApiClient api;

    String demoId() throws Exception {
        return ApiClient.read(api.get("admin", "/api/v1/me"), "$.companyId");
    }

    String newUser(String companyId, String password, String... roles) throws Exception {
        String username = Unique.username("ed");
        api.post("admin", "/api/v1/users", """
                {"username":"%s","password":"%s","displayName":"试用","companyId":"%s","roles":[%s]}"""
                .formatted(username, password, companyId, String.join(",", java.util.Arrays.stream(roles)
                        .map(r -> "\"" + r + "\"").toList()))).andExpect(status().isCreated());
        return username;
    }

    String idOf(String username) throws Exception {
        return ApiClient.read(api.get(username, "/api/v1/me"), "$.id");
    }

    ResultActions tokenFor(String username, String password) throws Exception {
        return api.mvc().perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password)));
    }

    @Test
    void admin_edits_a_users_name_roles_and_email() throws Exception {
        String username = newUser(demoId(), "long-enough", "WORKER");
        api.token(username, "long-enough");
        api.put("admin", "/api/v1/users/{id}", """
                {"displayName":"改名","roles":["GUARDIAN","WORKER"],"email":"x@demo.anzuo.cn"}""", idOf(username))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("改名"))
                .andExpect(jsonPath("$.roles[0]").value("GUARDIAN"))
                .andExpect(jsonPath("$.email").value("x@demo.anzuo.cn"))
                .andExpect(jsonPath("$.enabled").value(true));
    }

    @Test
    void a_disabled_user_cannot_get_a_token_nor_use_an_earlier_one_until_enabled_again() throws Exception {
        String username = newUser(demoId(), "long-enough", "WORKER");
        api.token(username, "long-enough");
        String id = idOf(username);
        api.patch("admin", "/api/v1/users/{id}", "{\"enabled\":false}", id)
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));
        tokenFor(username, "long-enough").andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("BAD_CREDENTIALS"));
        api.get(username, "/api/v1/me").andExpect(status().isUnauthorized());
        api.patch("admin", "/api/v1/users/{id}", "{\"enabled\":true}", id).andExpect(status().isOk());
        api.get(username, "/api/v1/me").andExpect(status().isOk());
    }

    @Test
    void an_administrator_cannot_disable_their_own_account() throws Exception {
        api.patch("admin", "/api/v1/users/{id}", "{\"enabled\":false}", idOf("admin"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CANNOT_DISABLE_SELF"));
    }

    @Test
    void a_company_admin_cannot_grant_group_admin_by_editing() throws Exception {
        String yz = ApiClient.read(api.get("yz-admin", "/api/v1/me"), "$.companyId");
        String username = newUser(yz, "long-enough", "WORKER");
        api.token(username, "long-enough");
        api.put("yz-admin", "/api/v1/users/{id}", "{\"displayName\":\"甲\",\"roles\":[\"GROUP_ADMIN\"]}", idOf(username))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ROLE_NOT_GRANTABLE"));
    }

    @Test
    void another_companys_user_answers_404_and_a_worker_gets_403() throws Exception {
        String username = newUser(demoId(), "long-enough", "WORKER");
        api.token(username, "long-enough");
        String id = idOf(username);
        api.put("yz-admin", "/api/v1/users/{id}", "{\"displayName\":\"甲\",\"roles\":[\"WORKER\"]}", id)
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("NOT_FOUND"));
        api.patch("yz-admin", "/api/v1/users/{id}", "{\"enabled\":false}", id).andExpect(status().isNotFound());
        api.patch("worker", "/api/v1/users/{id}", "{\"enabled\":false}", id).andExpect(status().isForbidden());
    }

    @Test
    void users_change_their_own_password_with_the_current_one() throws Exception {
        String username = newUser(demoId(), "long-enough", "WORKER");
        api.token(username, "long-enough");
        api.put(username, "/api/v1/me/password", "{\"currentPassword\":\"wrong-one\",\"newPassword\":\"brand-new-1\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("WRONG_PASSWORD"));
        api.put(username, "/api/v1/me/password", "{\"currentPassword\":\"long-enough\",\"newPassword\":\"short\"}")
                .andExpect(status().is4xxClientError());
        api.put(username, "/api/v1/me/password", "{\"currentPassword\":\"long-enough\",\"newPassword\":\"brand-new-1\"}")
                .andExpect(status().isNoContent());
        tokenFor(username, "long-enough").andExpect(status().isUnauthorized());
        tokenFor(username, "brand-new-1").andExpect(status().isOk());
    }

    @Test
    void an_administrator_resets_a_forgotten_password() throws Exception {
        String username = newUser(demoId(), "long-enough", "WORKER");
        api.token(username, "long-enough");
        api.put("admin", "/api/v1/users/{id}/password", "{\"newPassword\":\"reset-by-admin\"}", idOf(username))
                .andExpect(status().isNoContent());
        tokenFor(username, "reset-by-admin").andExpect(status().isOk());
        api.put("worker", "/api/v1/users/{id}/password", "{\"newPassword\":\"reset-by-admin\"}", idOf(username))
                .andExpect(status().isForbidden());
    }

    @Test
    void admin_moves_a_sites_geofence_and_keeps_its_code() throws Exception {
        String code = Unique.code("ST");
        String id = ApiClient.read(api.post("admin", "/api/v1/sites", """
                {"companyId":"%s","code":"%s","name":"旧名","latitude":32.1,"longitude":118.7,"radiusMeters":100,"hazardArea":true}"""
                .formatted(demoId(), code)).andExpect(status().isCreated()), "$.id");
        api.put("admin", "/api/v1/sites/{id}", """
                {"name":"新名","latitude":32.2,"longitude":118.8,"radiusMeters":250,"hazardArea":false}""", id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.name").value("新名"))
                .andExpect(jsonPath("$.radiusMeters").value(250))
                .andExpect(jsonPath("$.hazardArea").value(false));
        api.put("admin", "/api/v1/sites/{id}", """
                {"name":"新名","latitude":99,"longitude":118.8,"radiusMeters":250}""", id)
                .andExpect(status().is4xxClientError());
        api.patch("admin", "/api/v1/sites/{id}", "{\"enabled\":false}", id)
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));
        api.patch("yz-admin", "/api/v1/sites/{id}", "{\"enabled\":true}", id).andExpect(status().isNotFound());
    }

    @Test
    void a_disabled_company_locks_out_its_users_and_nobody_disables_their_own() throws Exception {
        String company = ApiClient.read(api.post("admin", "/api/v1/companies", """
                {"code":"%s","name":"停用测试公司","parentId":"%s"}""".formatted(Unique.code("CO"), demoId()))
                .andExpect(status().isCreated()), "$.id");
        String username = newUser(company, "long-enough", "WORKER");
        tokenFor(username, "long-enough").andExpect(status().isOk());
        api.put("admin", "/api/v1/companies/{id}", "{\"name\":\"改名公司\"}", company)
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("改名公司"));
        api.patch("admin", "/api/v1/companies/{id}", "{\"enabled\":false}", company)
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));
        tokenFor(username, "long-enough").andExpect(status().isUnauthorized());
        api.patch("admin", "/api/v1/companies/{id}", "{\"enabled\":true}", company).andExpect(status().isOk());
        tokenFor(username, "long-enough").andExpect(status().isOk());

        api.patch("admin", "/api/v1/companies/{id}", "{\"enabled\":false}", demoId())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CANNOT_DISABLE_OWN_COMPANY"));
        api.patch("yz-admin", "/api/v1/companies/{id}", "{\"enabled\":false}", company).andExpect(status().isForbidden());
    }

    @Test
    void the_openapi_document_describes_the_new_endpoints() throws Exception {
        api.mvc().perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/users/{id}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/users/{id}'].patch").exists())
                .andExpect(jsonPath("$.paths['/api/v1/users/{id}/password'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/me/password'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/sites/{id}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/sites/{id}'].patch").exists())
                .andExpect(jsonPath("$.paths['/api/v1/companies/{id}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/companies/{id}'].patch").exists())
                .andExpect(jsonPath("$.paths['/api/v1/workers/{id}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/workers/{id}'].patch").exists());
    }
}
