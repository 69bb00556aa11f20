package cn.anzuo.hazard;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** 隐患上报 pages: report with photo in one form post, the officer assigns, the assignee fixes, the officer closes. */
@AnzuoTest
class HazardPagesTest {

    @Autowired MockMvc mvc;

    MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(ApiClient.DEMO_PASSWORD))
                .andReturn().getRequest().getSession();
    }

    @Test
    void a_worker_reports_with_a_photo_and_the_hazard_is_assigned_fixed_and_closed() throws Exception {
        MockHttpSession worker = signIn("worker");
        mvc.perform(get("/hazards/new").session(worker)).andExpect(status().isOk())
                .andExpect(content().string(containsString("capture=\"environment\"")));
        String site = ApiClient.read(new ApiClient(mvc).get("worker", "/api/v1/sites"), "$.items[0].id");
        MockMultipartFile photo = new MockMultipartFile("photo", "p.jpg", "image/jpeg",
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'});
        mvc.perform(multipart("/hazards/new").file(photo).session(worker).with(csrf()).param("siteId", site)
                        .param("description", ""))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("has-error")));
        String location = mvc.perform(multipart("/hazards/new").file(photo).session(worker).with(csrf())
                        .param("siteId", site).param("description", "楼梯扶手松动"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String id = location.substring("/hazards/".length(), location.indexOf('?'));
        MockHttpSession safety = signIn("safety");
        mvc.perform(get("/hazards/{id}", id).session(safety)).andExpect(content().string(containsString("assign-form")));
        String leader = ApiClient.read(new ApiClient(mvc).get("leader", "/api/v1/me"), "$.id");
        mvc.perform(post("/hazards/{id}/assign", id).session(safety).with(csrf()).param("assigneeUserId", leader)
                .param("dueOn", java.time.LocalDate.now().plusDays(3).toString())).andExpect(status().is3xxRedirection());
        MockHttpSession leaderSession = signIn("leader");
        mvc.perform(post("/hazards/{id}/fix", id).session(leaderSession).with(csrf()).param("note", ""))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("has-error")));
        mvc.perform(post("/hazards/{id}/fix", id).session(leaderSession).with(csrf()).param("note", "已紧固"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/hazards/{id}/verify", id).session(safety).with(csrf()).param("accepted", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/hazards/{id}", id).session(worker)).andExpect(content().string(containsString("已关闭")));
        mvc.perform(post("/hazards/{id}/verify", id).session(safety).with(csrf()).param("accepted", "true"))
                .andExpect(status().isConflict());
    }
}
