package cn.anzuo.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.permit.domain.HolidayCalendar;
import cn.anzuo.qualification.QualificationReason;
import cn.anzuo.qualification.Qualifications;
import cn.anzuo.shared.TimeWindow;
import cn.anzuo.shared.WorkType;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.Unique;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 10 finding 6 at the permit: disabled sites and workers stop new permits; cancel from the permit page. */
@AnzuoTest
class DisabledRecordsAndCancelTest {

    @Autowired ApiClient api;
    @Autowired MockMvc mvc;
    @Autowired HolidayCalendar holidays;
    @Autowired Qualifications qualifications;

    PermitFixtures f;
    String welder;
    String guardian;
    LocalDate day;

    @BeforeEach
    void crew() throws Exception {
        f = new PermitFixtures(api, holidays);
        welder = f.worker("焊工停", "2.1");
        guardian = f.worker("监护停", "GUARDIAN");
        day = f.workday();
    }

    String hotWork() throws Exception {
        return f.request("HOT_WORK", "LEVEL_2", PermitFixtures.at(day, 9, 0), PermitFixtures.at(day, 11, 0), welder,
                List.of(welder), guardian, null);
    }

    MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(ApiClient.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession();
    }

    @Test
    void a_disabled_site_takes_no_new_permits() throws Exception {
        String site = ApiClient.read(api.post("admin", "/api/v1/sites", """
                {"companyId":"%s","code":"%s","name":"停用区域","latitude":32.26,"longitude":118.79,"radiusMeters":100,"hazardArea":true}"""
                .formatted(f.companyId, Unique.code("OFF"))).andExpect(status().isCreated()), "$.id");
        String request = hotWork().replace(f.siteId, site);
        api.patch("admin", "/api/v1/sites/{id}", "{\"enabled\":false}", site).andExpect(status().isOk());
        api.post("leader", "/api/v1/permits", request)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("SITE_DISABLED"));
        api.patch("admin", "/api/v1/sites/{id}", "{\"enabled\":true}", site).andExpect(status().isOk());
        api.post("leader", "/api/v1/permits", request).andExpect(status().isCreated());
    }

    @Test
    void a_disabled_worker_fails_the_qualification_gate_with_reason_disabled() throws Exception {
        api.put("safety", "/api/v1/workers/{id}", "{\"name\":\"焊工停(改)\",\"phone\":\"13800000000\"}", welder)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("焊工停(改)"))
                .andExpect(jsonPath("$.idNumberMasked").exists());
        api.patch("safety", "/api/v1/workers/{id}", "{\"enabled\":false}", welder)
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));
        assertThat(qualifications.check(UUID.fromString(welder), WorkType.HOT_WORK,
                new TimeWindow(PermitFixtures.at(day, 9, 0).toInstant(), PermitFixtures.at(day, 11, 0).toInstant()))
                .reasons()).containsExactly(QualificationReason.DISABLED);
        api.post("leader", "/api/v1/permits", hotWork())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("QUALIFICATION_INVALID"))
                .andExpect(jsonPath("$.violations[0].reason").value("DISABLED"));
        api.patch("yz-admin", "/api/v1/workers/{id}", "{\"enabled\":true}", welder).andExpect(status().isNotFound());
        api.patch("leader", "/api/v1/workers/{id}", "{\"enabled\":true}", welder).andExpect(status().isForbidden());
    }

    @Test
    void the_applicant_cancels_a_submitted_permit_from_its_page() throws Exception {
        String id = ApiClient.read(api.post("leader", "/api/v1/permits", hotWork()).andExpect(status().isCreated()), "$.id");
        MockHttpSession leader = signIn("leader");
        mvc.perform(get("/permits/" + id).session(leader))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("取消作业票")));
        mvc.perform(post("/permits/" + id + "/cancel").param("reason", " ").session(leader).with(csrf()))
                .andExpect(redirectedUrl("/permits/" + id))
                .andExpect(flash().attribute("flash", "请填写取消原因。"));
        mvc.perform(post("/permits/" + id + "/cancel").param("reason", "改期").session(leader).with(csrf()))
                .andExpect(redirectedUrl("/permits/" + id));
        api.get("leader", "/api/v1/permits/{id}", id).andExpect(jsonPath("$.status").value("CANCELLED"));
        mvc.perform(get("/permits/" + id).session(leader))
                .andExpect(content().string(not(containsString("cancel-reason"))));
    }

    @Test
    void the_cancel_form_is_not_offered_to_an_approver() throws Exception {
        String id = ApiClient.read(api.post("leader", "/api/v1/permits", hotWork()).andExpect(status().isCreated()), "$.id");
        mvc.perform(get("/permits/" + id).session(signIn("unit")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("cancel-reason"))));
    }
}
