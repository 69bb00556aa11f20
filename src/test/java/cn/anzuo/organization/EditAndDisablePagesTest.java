package cn.anzuo.organization;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.IdNumbers;
import cn.anzuo.support.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 10 finding 6 in the pages: edit forms, the disable button, password change and reset. */
@AnzuoTest
class EditAndDisablePagesTest {

    @Autowired MockMvc mvc;
    @Autowired ApiClient api;

    MockHttpSession signIn(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession();
    }

    String newUser() throws Exception {
        String username = Unique.username("pg");
        String companyId = ApiClient.read(api.get("admin", "/api/v1/me"), "$.companyId");
        return ApiClient.read(api.post("admin", "/api/v1/users", """
                {"username":"%s","password":"long-enough","displayName":"页面","companyId":"%s","roles":["WORKER"]}"""
                .formatted(username, companyId)).andExpect(status().isCreated()), "$.username");
    }

    String userId(String username) throws Exception {
        return ApiClient.read(api.get("admin", "/api/v1/users?q=" + username), "$.items[0].id");
    }

    @Test
    void admin_edits_a_user_disables_them_and_the_login_is_refused() throws Exception {
        String username = newUser();
        String id = userId(username);
        MockHttpSession admin = signIn("admin", ApiClient.DEMO_PASSWORD);
        mvc.perform(get("/admin/users").session(admin))
                .andExpect(content().string(containsString("/admin/users/" + id)));
        mvc.perform(get("/admin/users/" + id).session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("编辑用户")))
                .andExpect(content().string(containsString("停用")))
                .andExpect(content().string(containsString("重置密码")));
        mvc.perform(post("/admin/users/" + id).session(admin).with(csrf())
                        .param("displayName", "").param("roles", "WORKER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("field-error")));
        mvc.perform(post("/admin/users/" + id).session(admin).with(csrf())
                        .param("displayName", "新名字").param("roles", "WORKER", "GUARDIAN"))
                .andExpect(redirectedUrl("/admin/users/" + id));
        mvc.perform(post("/admin/users/" + id + "/enabled").session(admin).with(csrf()).param("enabled", "false"))
                .andExpect(redirectedUrl("/admin/users/" + id));
        mvc.perform(get("/admin/users/" + id).session(admin))
                .andExpect(content().string(containsString("已停用")))
                .andExpect(content().string(containsString("新名字")));
        mvc.perform(formLogin("/login").user(username).password("long-enough")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void admin_resets_a_password_and_the_user_changes_it_again() throws Exception {
        String username = newUser();
        MockHttpSession admin = signIn("admin", ApiClient.DEMO_PASSWORD);
        mvc.perform(post("/admin/users/" + userId(username) + "/password").session(admin).with(csrf())
                        .param("newPassword", "from-the-admin"))
                .andExpect(flash().attributeExists("flash"));
        MockHttpSession user = signIn(username, "from-the-admin");
        mvc.perform(get("/me/password").session(user))
                .andExpect(status().isOk()).andExpect(content().string(containsString("当前密码")));
        mvc.perform(post("/me/password").session(user).with(csrf())
                        .param("currentPassword", "not-it").param("newPassword", "my-own-secret"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("当前密码不正确")));
        mvc.perform(post("/me/password").session(user).with(csrf())
                        .param("currentPassword", "from-the-admin").param("newPassword", "my-own-secret"))
                .andExpect(redirectedUrl("/"));
        signIn(username, "my-own-secret");
    }

    @Test
    void an_administrator_cannot_disable_themselves_from_the_page() throws Exception {
        MockHttpSession admin = signIn("admin", ApiClient.DEMO_PASSWORD);
        String id = ApiClient.read(api.get("admin", "/api/v1/me"), "$.id");
        mvc.perform(post("/admin/users/" + id + "/enabled").session(admin).with(csrf()).param("enabled", "false"))
                .andExpect(flash().attribute("flash", containsString("不能停用您自己的账号")));
    }

    @Test
    void admin_edits_a_sites_geofence_and_disables_it() throws Exception {
        String companyId = ApiClient.read(api.get("admin", "/api/v1/me"), "$.companyId");
        String id = ApiClient.read(api.post("admin", "/api/v1/sites", """
                {"companyId":"%s","code":"%s","name":"页面区域","latitude":32.1,"longitude":118.7,"radiusMeters":100}"""
                .formatted(companyId, Unique.code("PG"))).andExpect(status().isCreated()), "$.id");
        MockHttpSession admin = signIn("admin", ApiClient.DEMO_PASSWORD);
        mvc.perform(get("/admin/sites/" + id).session(admin))
                .andExpect(status().isOk()).andExpect(content().string(containsString("编辑作业区域")));
        mvc.perform(post("/admin/sites/" + id).session(admin).with(csrf()).param("name", "页面区域")
                        .param("latitude", "32.3").param("longitude", "118.9").param("radiusMeters", "5"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("field-error")));
        mvc.perform(post("/admin/sites/" + id).session(admin).with(csrf()).param("name", "页面区域")
                        .param("latitude", "32.3").param("longitude", "118.9").param("radiusMeters", "300"))
                .andExpect(redirectedUrl("/admin/sites/" + id));
        mvc.perform(post("/admin/sites/" + id + "/enabled").session(admin).with(csrf()).param("enabled", "false"))
                .andExpect(redirectedUrl("/admin/sites/" + id));
        mvc.perform(get("/admin/sites/" + id).session(admin))
                .andExpect(content().string(containsString("已停用")))
                .andExpect(content().string(containsString("300")));
        mvc.perform(get("/admin/sites/" + id).session(signIn("yz-admin", ApiClient.DEMO_PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void group_admin_renames_a_company_on_its_page() throws Exception {
        String demo = ApiClient.read(api.get("admin", "/api/v1/me"), "$.companyId");
        String id = ApiClient.read(api.post("admin", "/api/v1/companies", """
                {"code":"%s","name":"页面公司","parentId":"%s"}""".formatted(Unique.code("PC"), demo))
                .andExpect(status().isCreated()), "$.id");
        MockHttpSession admin = signIn("admin", ApiClient.DEMO_PASSWORD);
        mvc.perform(get("/admin/companies/" + id).session(admin))
                .andExpect(status().isOk()).andExpect(content().string(containsString("编辑企业")));
        mvc.perform(post("/admin/companies/" + id).session(admin).with(csrf()).param("name", "页面公司二"))
                .andExpect(redirectedUrl("/admin/companies/" + id));
        mvc.perform(get("/admin/companies/" + id).session(signIn("yz-admin", ApiClient.DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_safety_officer_edits_and_disables_a_worker_on_its_page() throws Exception {
        String companyId = ApiClient.read(api.get("admin", "/api/v1/me"), "$.companyId");
        String id = ApiClient.read(api.post("safety", "/api/v1/workers", """
                {"companyId":"%s","name":"页面工人","idNumber":"%s"}""".formatted(companyId, IdNumbers.random()))
                .andExpect(status().isCreated()), "$.id");
        MockHttpSession safety = signIn("safety", ApiClient.DEMO_PASSWORD);
        mvc.perform(get("/qualification/workers/" + id).session(safety))
                .andExpect(content().string(containsString("/qualification/workers/" + id + "/edit")));
        mvc.perform(get("/qualification/workers/" + id + "/edit").session(safety))
                .andExpect(status().isOk()).andExpect(content().string(containsString("身份证号")));
        mvc.perform(post("/qualification/workers/" + id + "/edit").session(safety).with(csrf())
                        .param("name", "页面工人乙").param("phone", "13900000000"))
                .andExpect(redirectedUrl("/qualification/workers/" + id));
        mvc.perform(post("/qualification/workers/" + id + "/edit/enabled").session(safety).with(csrf())
                        .param("enabled", "false"))
                .andExpect(redirectedUrl("/qualification/workers/" + id + "/edit"));
        mvc.perform(get("/qualification/workers/" + id + "/edit").session(safety))
                .andExpect(content().string(containsString("已停用")));
        mvc.perform(get("/qualification/workers/" + id + "/edit").session(signIn("worker", ApiClient.DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
    }
}
