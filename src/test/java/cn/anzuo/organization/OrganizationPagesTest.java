package cn.anzuo.organization;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The pages: login, home, admin forms with inline errors, htmx fragments, security headers. */
@AnzuoTest
class OrganizationPagesTest {

    @Autowired MockMvc mvc;

    MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password("anzuo-demo"))
                .andExpect(redirectedUrl("/"))
                .andReturn().getRequest().getSession();
    }

    @Test
    void login_page_is_chinese_and_has_a_strict_content_security_policy() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("登录安作")))
                .andExpect(header().string("Content-Security-Policy", allOf(
                        containsString("script-src 'self'"), not(containsString("unsafe-inline")))))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void pages_need_a_login() throws Exception {
        mvc.perform(get("/admin/sites")).andExpect(status().is3xxRedirection());
    }

    @Test
    void wrong_password_returns_to_the_login_page_with_a_message() throws Exception {
        mvc.perform(formLogin("/login").user(Unique.username("nobody")).password("wrong-one"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void leader_sees_a_chinese_home_page_with_name_and_company() throws Exception {
        mvc.perform(get("/").session(signIn("leader")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("您好,李强")))
                .andExpect(content().string(containsString("示范化工有限公司")))
                .andExpect(content().string(containsString("作业负责人")))
                .andExpect(content().string(not(containsString("/admin/sites"))));
    }

    @Test
    void admin_sees_admin_entry_points_in_english_when_asked() throws Exception {
        mvc.perform(get("/").session(signIn("admin")).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Hello, 王建国")))
                .andExpect(content().string(containsString("/admin/sites")));
    }

    @Test
    void worker_gets_403_on_admin_pages() throws Exception {
        mvc.perform(get("/admin/sites").session(signIn("worker"))).andExpect(status().isForbidden());
    }

    @Test
    void site_form_shows_the_message_beside_the_wrong_field_and_keeps_the_input() throws Exception {
        MockHttpSession admin = signIn("admin");
        String html = mvc.perform(get("/admin/sites/new").session(admin)).andReturn().getResponse().getContentAsString();
        String companyId = html.replaceAll("(?s).*<option value=\"([0-9a-f-]{36})\" selected.*", "$1");
        mvc.perform(post("/admin/sites").session(admin).with(csrf())
                        .param("companyId", companyId).param("code", "PU-09").param("name", "加氢装置")
                        .param("latitude", "132.5").param("longitude", "118.79").param("radiusMeters", "150"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("latitude-error")))
                .andExpect(content().string(containsString("不能大于 90")))
                .andExpect(content().string(containsString("加氢装置")));
        String code = Unique.code("PU");
        mvc.perform(post("/admin/sites").session(admin).with(csrf())
                        .param("companyId", companyId).param("code", code).param("name", "加氢装置")
                        .param("latitude", "32.5").param("longitude", "118.79").param("radiusMeters", "150"))
                .andExpect(redirectedUrl("/admin/sites"));
        mvc.perform(post("/admin/sites").session(admin).with(csrf())
                        .param("companyId", companyId).param("code", code).param("name", "重复")
                        .param("latitude", "32.5").param("longitude", "118.79").param("radiusMeters", "150"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("code-error")))
                .andExpect(content().string(containsString("本企业已有编码为")));
    }

    @Test
    void a_form_post_without_csrf_token_is_refused() throws Exception {
        mvc.perform(post("/admin/sites").session(signIn("admin")).param("code", "X"))
                .andExpect(status().isForbidden());
    }

    @Test
    void htmx_search_returns_only_the_results_fragment() throws Exception {
        mvc.perform(get("/admin/sites").param("q", "罐区").header("HX-Request", "true").session(signIn("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("一号罐区")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(not(containsString("常减压装置"))));
    }

    @Test
    void users_and_companies_and_policy_pages_render() throws Exception {
        MockHttpSession admin = signIn("admin");
        mvc.perform(get("/admin/users").session(admin)).andExpect(content().string(containsString("leader")));
        mvc.perform(get("/admin/companies").session(admin)).andExpect(content().string(containsString("DEMO-YZ")));
        mvc.perform(get("/admin/policy").session(admin)).andExpect(content().string(containsString("20:00")));
        mvc.perform(get("/admin/users/new").session(admin)).andExpect(status().isOk());
        mvc.perform(get("/admin/companies/new").session(admin)).andExpect(status().isOk());
    }

    @Test
    void user_form_reports_short_password_and_missing_roles() throws Exception {
        MockHttpSession admin = signIn("admin");
        String html = mvc.perform(get("/admin/users/new").session(admin)).andReturn().getResponse().getContentAsString();
        String companyId = html.replaceAll("(?s).*<option value=\"([0-9a-f-]{36})\" selected.*", "$1");
        mvc.perform(post("/admin/users").session(admin).with(csrf())
                        .param("companyId", companyId).param("username", Unique.username("p"))
                        .param("displayName", "测试").param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("password-error")))
                .andExpect(content().string(containsString("至少选择一项")));
    }

    @Test
    void static_assets_and_htmx_are_served_locally() throws Exception {
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
        mvc.perform(get("/css/app.css")).andExpect(status().isOk());
    }

    @Test
    void unknown_page_is_404() throws Exception {
        mvc.perform(get("/no/such/page").session(signIn("leader"))).andExpect(status().isNotFound());
    }
}
