package cn.anzuo.archive;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The auditor's 月度抽查 page: draw a month once, see it drawn; other roles are refused. */
@AnzuoTest
class SpotCheckPagesTest {

    @Autowired MockMvc mvc;

    MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(ApiClient.DEMO_PASSWORD))
                .andReturn().getRequest().getSession();
    }

    @Test
    void the_auditor_draws_a_month_once_and_sees_the_draw() throws Exception {
        MockHttpSession auditor = signIn("auditor");
        String month = "1999-05"; // before SpotCheckApiTest's random months (2001–2020), and nothing closed then
        mvc.perform(get("/audit/spot-checks").param("month", month).session(auditor)).andExpect(status().isOk())
                .andExpect(content().string(containsString("尚未抽查")))
                .andExpect(content().string(containsString("data-action=\"draw\"")));

        mvc.perform(post("/audit/spot-checks").param("month", month).session(auditor).with(csrf()))
                .andExpect(redirectedUrl("/audit/spot-checks?month=" + month))
                .andExpect(flash().attribute("flash", "已抽取 0 张(共 0 张已关闭)"));
        mvc.perform(get("/audit/spot-checks").param("month", month).session(auditor)).andExpect(status().isOk())
                .andExpect(content().string(containsString("已关闭 0 张,抽取 0 张")))
                .andExpect(content().string(not(containsString("data-action=\"draw\""))));

        mvc.perform(post("/audit/spot-checks").param("month", month).session(auditor).with(csrf()))
                .andExpect(flash().attribute("flash", "该月已抽查过,每月只抽一次"));
    }

    @Test
    void only_auditors_open_the_spot_check_page() throws Exception {
        mvc.perform(get("/audit/spot-checks").session(signIn("safety"))).andExpect(status().isForbidden());
        mvc.perform(get("/").session(signIn("auditor"))).andExpect(content().string(containsString("/audit/spot-checks")));
    }
}
