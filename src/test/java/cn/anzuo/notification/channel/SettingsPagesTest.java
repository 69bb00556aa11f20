package cn.anzuo.notification.channel;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The admin's pages for alarm thresholds and notification channels: errors beside the fields, secrets never shown. */
@AnzuoTest
class SettingsPagesTest {

    @Autowired MockMvc mvc;

    MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(ApiClient.DEMO_PASSWORD))
                .andReturn().getRequest().getSession();
    }

    @Test
    void thresholds_refuse_an_inverted_pair_and_keep_gb_t_50493_until_saved() throws Exception {
        MockHttpSession admin = signIn("admin");
        mvc.perform(get("/admin/thresholds").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("GB/T 50493-2019")));
        mvc.perform(post("/admin/thresholds").session(admin).with(csrf()).param("lelLevel1", "50").param("lelLevel2", "25")
                        .param("h2sLevel1", "10").param("h2sLevel2", "20").param("coLevel1", "30").param("coLevel2", "60")
                        .param("o2Low", "19.5").param("o2High", "23.5"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("op-refusal")));
        mvc.perform(post("/admin/thresholds").session(admin).with(csrf()).param("lelLevel1", "").param("lelLevel2", "50")
                        .param("h2sLevel1", "10").param("h2sLevel2", "20").param("coLevel1", "30").param("coLevel2", "60")
                        .param("o2Low", "19.5").param("o2High", "23.5"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("has-error")));
        mvc.perform(get("/admin/thresholds").session(signIn("safety"))).andExpect(status().isForbidden());
    }

    @Test
    void channels_page_saves_robots_masks_secrets_and_marks_a_bad_webhook() throws Exception {
        MockHttpSession admin = signIn("admin");
        mvc.perform(post("/admin/channels").session(admin).with(csrf()).param("dingtalkUrl", "ftp://x"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("has-error")));
        mvc.perform(post("/admin/channels").session(admin).with(csrf())
                        .param("dingtalkUrl", "https://oapi.dingtalk.com/robot/send?access_token=abc")
                        .param("dingtalkSecret", "SECverysecret99"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/channels").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("••••99")))
                .andExpect(content().string(not(containsString("SECverysecret99"))));
        mvc.perform(post("/admin/channels").session(admin).with(csrf())).andExpect(status().is3xxRedirection());
    }
}
