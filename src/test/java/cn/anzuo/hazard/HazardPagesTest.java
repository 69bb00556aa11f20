package cn.anzuo.hazard;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.Unique;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** 隐患上报 pages: report with photo in one form post, the officer assigns, the assignee fixes, the officer closes. */
@AnzuoTest
class HazardPagesTest {

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    @Autowired MockMvc mvc;
    @Autowired ApiClient api;
    @Autowired JdbcClient jdbc;

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

    MockMultipartFile photo() {
        return new MockMultipartFile("photo", "p.jpg", "image/jpeg", JPEG);
    }

    String reportedDescription(String location) {
        String id = location.substring("/hazards/".length(), location.indexOf('?'));
        return jdbc.sql("select description from hazard where id = ?").param(UUID.fromString(id)).query(String.class).single();
    }

    @Test
    void the_home_tile_opens_the_report_form_with_a_live_camera_and_the_officer_gets_the_list_tile() throws Exception {
        String home = mvc.perform(get("/").session(signIn("worker"))).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("href=\"/hazards/new\"").doesNotContain("href=\"/hazards\"");
        assertThat(mvc.perform(get("/").session(signIn("safety"))).andReturn().getResponse().getContentAsString())
                .contains("href=\"/hazards/new\"", "href=\"/hazards\"", "隐患整改");
        mvc.perform(get("/hazards/new").session(signIn("worker"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("accept=\"image/*\" capture=\"environment\"")))
                .andExpect(content().string(containsString("name=\"chip\" value=\"ppe\"")));
    }

    @Test
    void a_photo_alone_is_a_report_and_a_chip_gives_it_words() throws Exception {
        MockHttpSession worker = signIn("worker");
        String site = ApiClient.read(api.get("worker", "/api/v1/sites"), "$.items[0].id");
        String photoOnly = mvc.perform(multipart("/hazards/new").file(photo()).session(worker).with(csrf())
                        .param("siteId", site).param("description", ""))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(reportedDescription(photoOnly)).isEqualTo("现场隐患,详见照片");
        String page = mvc.perform(get(photoOnly).session(worker)).andReturn().getResponse().getContentAsString();
        String img = page.replaceAll("(?s).*<img class=\"hazard-photo\" src=\"([^\"]+)\".*", "$1");
        assertThat(img).startsWith("/hazards/photos/");
        mvc.perform(get(img).session(worker)).andExpect(status().isOk())
                .andExpect(content().contentType("image/jpeg"));
        mvc.perform(get(img).session(signIn("yz-safety"))).andExpect(status().isNotFound());
        String chip = mvc.perform(multipart("/hazards/new").file(photo()).session(worker).with(csrf())
                        .param("siteId", site).param("chip", "leak"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(reportedDescription(chip)).isEqualTo("跑冒滴漏");
        String both = mvc.perform(multipart("/hazards/new").session(worker).with(csrf())
                        .param("siteId", site).param("chip", "fire").param("description", "二号罐区灭火器过期"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(reportedDescription(both)).isEqualTo("消防器材缺失:二号罐区灭火器过期");
    }

    @Test
    void neither_photo_nor_words_is_refused_beside_the_camera_button() throws Exception {
        MockHttpSession worker = signIn("worker");
        String site = ApiClient.read(api.get("worker", "/api/v1/sites"), "$.items[0].id");
        mvc.perform(multipart("/hazards/new").session(worker).with(csrf()).param("siteId", site).param("chip", "nonsense"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("请拍照,或写明隐患")));
        mvc.perform(multipart("/hazards/new").file(photo()).session(worker).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("请选择地点")));
    }

    @Test
    void the_form_preselects_the_site_of_the_latest_check_in_or_report() throws Exception {
        String username = Unique.username("reporter");
        String companyId = ApiClient.read(api.get("worker", "/api/v1/me"), "$.companyId");
        String userId = ApiClient.read(api.post("admin", "/api/v1/users", """
                {"username":"%s","password":"long-enough","displayName":"上报人","companyId":"%s","roles":["WORKER"]}"""
                .formatted(username, companyId)), "$.id");
        MockHttpSession reporter = (MockHttpSession) mvc.perform(formLogin("/login").user(username).password("long-enough"))
                .andReturn().getRequest().getSession();
        String sites = api.get("worker", "/api/v1/sites").andReturn().getResponse().getContentAsString();
        String first = ApiClient.read(api.get("worker", "/api/v1/sites"), "$.items[0].id");
        String second = ApiClient.read(api.get("worker", "/api/v1/sites"), "$.items[1].id");
        assertThat(sites).contains(second);
        assertThat(newForm(reporter)).contains(first).doesNotContain("data-usual");

        mvc.perform(multipart("/hazards/new").file(photo()).session(reporter).with(csrf()).param("siteId", second))
                .andExpect(status().is3xxRedirection());
        assertThat(newForm(reporter)).containsPattern(selected(second)).contains("data-usual=\"true\"");

        // a later check-in (on a demo permit) outweighs the earlier report
        var permit = jdbc.sql("select id, site_id from work_permit where site_id <> ? and company_id = ? limit 1")
                .params(UUID.fromString(second), UUID.fromString(companyId)).query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class)}).single();
        jdbc.sql("""
                insert into check_in (id, permit_id, worker_id, user_id, method, checked_in_at, latitude, longitude,
                                      accuracy_meters, distance_meters) values (?, ?, ?, ?, 'QR', ?, 0, 0, 5, 0)""")
                .params(UUID.randomUUID(), permit[0], UUID.randomUUID(), UUID.fromString(userId),
                        Timestamp.from(jdbc.sql("select max(reported_at) from hazard where reported_by = ?")
                                .param(UUID.fromString(userId)).query(Timestamp.class).single().toInstant()
                                .plus(1, ChronoUnit.MINUTES)))
                .update();
        assertThat(newForm(reporter)).containsPattern(selected(permit[1].toString()));
    }

    private String newForm(MockHttpSession session) throws Exception {
        return mvc.perform(get("/hazards/new").session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static String selected(String siteId) {
        return "value=\"" + siteId + "\"[^>]*selected";
    }

    @Test
    void the_list_narrows_to_the_days_reported_or_closed_as_the_dashboard_drills_in() throws Exception {
        MockHttpSession safety = signIn("safety");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String site = ApiClient.read(api.get("worker", "/api/v1/sites"), "$.items[0].id");
        api.post("worker", "/api/v1/hazards", "{\"siteId\":\"%s\",\"description\":\"跨度内的隐患\"}".formatted(site));
        mvc.perform(get("/hazards?from={d}&to={d}", today, today).session(safety)).andExpect(status().isOk())
                .andExpect(content().string(containsString("跨度内的隐患")))
                .andExpect(content().string(containsString(today + " 至 " + today + " 上报的隐患")));
        mvc.perform(get("/hazards?from=2010-01-01&to=2010-01-31").session(safety))
                .andExpect(content().string(containsString("暂无隐患")));
        mvc.perform(get("/hazards?from={d}&to={d}&closed=true", today, today).session(safety))
                .andExpect(content().string(containsString("关闭的隐患")));
    }
}
