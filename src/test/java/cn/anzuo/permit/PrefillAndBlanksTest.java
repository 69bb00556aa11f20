package cn.anzuo.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.permit.domain.HolidayCalendar;
import cn.anzuo.permit.domain.MeasureCatalog;
import cn.anzuo.shared.WorkType;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Issue 10 finding 7: pre-fill never carries a stale location silently; checklist blanks are filled. */
@AnzuoTest
class PrefillAndBlanksTest {

    @Autowired MockMvc mvc;
    @Autowired ApiClient api;
    @Autowired HolidayCalendar holidays;
    @Autowired MeasureCatalog catalog;

    PermitFixtures f;
    String welder;
    String guardian;
    LocalDate day;

    @BeforeEach
    void crew() throws Exception {
        f = new PermitFixtures(api, holidays);
        welder = f.worker("焊工填", "2.1");
        guardian = f.worker("监护填", "GUARDIAN");
        day = f.workday();
    }

    MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(ApiClient.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession();
    }

    MultiValueMap<String, String> draft(String location, String hazards) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("draftId", UUID.randomUUID().toString());
        form.add("type", "HOT_WORK");
        form.add("siteId", f.siteId);
        form.add("date", day.toString());
        form.add("startTime", "09:00");
        form.add("endTime", "11:00");
        form.add("location", location);
        form.add("content", "更换垫片,电焊");
        form.add("level", "LEVEL_2");
        form.add("leaderId", welder);
        form.add("workerIds", welder);
        form.add("guardianId", guardian);
        catalog.of(WorkType.HOT_WORK).forEach(m -> form.add("measures[" + m.code() + "]", "true"));
        form.add("hazards", hazards);
        form.add("emergencyMeasures", "现场配灭火器");
        return form;
    }

    @Test
    void a_new_application_takes_people_from_the_last_permit_but_never_its_location() throws Exception {
        MockHttpSession leader = signIn("leader");
        api.post("leader", "/api/v1/permits", f.request("HOT_WORK", "LEVEL_2", PermitFixtures.at(day, 13, 0),
                PermitFixtures.at(day, 15, 0), welder, List.of(welder), guardian, null)).andExpect(status().isCreated());
        String first = mvc.perform(get("/permits/apply").session(leader)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // Which permit is "last" depends on the shared test clock; whichever it is, people come along, the place does not.
        assertThat(first).doesNotContain("name=\"location\"")
                .contains("name=\"copiedFrom\"", "name=\"workerIds\"", "name=\"guardianId\"");
    }

    @Test
    void copied_text_and_another_equipment_tag_are_flagged_before_submitting() throws Exception {
        MultiValueMap<String, String> form = draft("T-205 储罐顶部", "T-201 出口管线法兰泄漏");
        form.add("copiedFrom", "DH-20261130-0007");
        form.add("copiedLocation", "T-201 出口管线法兰");
        mvc.perform(post("/permits/apply").session(signIn("leader")).with(csrf()).params(form)
                        .param("step", "3").param("to", "4"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("沿用自上一张作业票 DH-20261130-0007")))
                .andExpect(content().string(containsString("提到了 T-201")))
                .andExpect(content().string(containsString("name=\"blanks[HW-02.0]\"")));
    }

    @Test
    void a_fresh_text_for_the_right_place_shows_no_warning() throws Exception {
        mvc.perform(post("/permits/apply").session(signIn("leader")).with(csrf())
                        .params(draft("T-205 储罐顶部", "T-205 顶部法兰泄漏")).param("step", "3").param("to", "4"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("stale-warnings"))));
    }

    @Test
    void the_blanks_of_a_measure_are_filled_in_the_form_and_shown_on_the_permit() throws Exception {
        MockHttpSession leader = signIn("leader");
        MultiValueMap<String, String> form = draft("T-205 储罐顶部", "T-205 顶部法兰泄漏");
        form.add("blanks[HW-02.0]", "2");
        form.add("blanks[HW-08.0]", "4");
        form.add("blanks[HW-08.1]", "2");
        String url = mvc.perform(post("/permits/apply").session(leader).with(csrf()).params(form)
                        .param("step", "4").param("to", "5"))
                .andExpect(redirectedUrlPattern("/permits/*")).andReturn().getResponse().getRedirectedUrl();
        String id = url.substring(url.lastIndexOf('/') + 1);
        api.get("leader", "/api/v1/permits/{id}", id)
                .andExpect(jsonPath("$.measures[?(@.code=='HW-02')].blanks[0]").value("2"));
        mvc.perform(get("/permits/" + id).session(leader))
                .andExpect(content().string(containsString("加盲板（2）块")))
                .andExpect(content().string(containsString("灭火器（4）台,灭火毯（2）块".replace(",", "，"))));
    }

    @Test
    void the_api_takes_blank_values_with_each_answer() throws Exception {
        String request = f.request("HOT_WORK", "LEVEL_2", PermitFixtures.at(day, 9, 0), PermitFixtures.at(day, 11, 0),
                welder, List.of(welder), guardian, null)
                .replace("{\"code\":\"HW-02\",\"applicable\":true}", "{\"code\":\"HW-02\",\"applicable\":true,\"blanks\":[\"3\"]}");
        String id = ApiClient.read(api.post("leader", "/api/v1/permits", request).andExpect(status().isCreated()), "$.id");
        api.get("leader", "/api/v1/permits/{id}", id)
                .andExpect(jsonPath("$.measures[?(@.code=='HW-02')].blanks[0]").value("3"));
        api.post("leader", "/api/v1/permits", request.replace("[\"3\"]", "[\"" + "9".repeat(21) + "\"]"))
                .andExpect(status().is4xxClientError());
    }
}
