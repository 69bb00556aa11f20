package cn.anzuo.permit;

import static cn.anzuo.permit.PermitFixtures.at;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** 我要作业 shows FATIGUE beside the crew and SIMOPS conflicts beside the work point; approvers see the sketch. */
@AnzuoTest
class FatigueAndSimopsPagesTest {

    @Autowired MockMvc mvc;
    @Autowired ApiClient api;
    @Autowired HolidayCalendar holidays;
    @Autowired MeasureCatalog catalog;

    PermitFixtures f;
    String welder;
    String guardian;
    LocalDate day;
    double lat;
    double lon;

    @BeforeEach
    void crew() throws Exception {
        f = new PermitFixtures(api, holidays);
        welder = f.worker("夜焊甲", "2.1");
        guardian = f.worker("夜监甲", "GUARDIAN");
        day = f.workday();
        lat = PermitFixtures.SITE_LAT + ThreadLocalRandom.current().nextDouble(0.001, 0.03);
        lon = PermitFixtures.SITE_LON + ThreadLocalRandom.current().nextDouble(0.001, 0.03);
    }

    MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(ApiClient.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession();
    }

    MultiValueMap<String, String> draft(LocalDate date, String start, String end) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("draftId", UUID.randomUUID().toString());
        form.add("type", "HOT_WORK");
        form.add("siteId", f.siteId);
        form.add("date", date.toString());
        form.add("startTime", start);
        form.add("endTime", end);
        form.add("location", "T-301 管廊");
        form.add("content", "动火焊接");
        form.add("level", "LEVEL_2");
        form.add("leaderId", welder);
        form.add("workerIds", welder);
        form.add("guardianId", guardian);
        catalog.of(WorkType.HOT_WORK).forEach(m -> form.add("measures[" + m.code() + "]", "true"));
        form.add("hazards", "火灾");
        form.add("emergencyMeasures", "灭火器 2 具");
        return form;
    }

    MockHttpServletRequestBuilder submit(MockHttpSession session, MultiValueMap<String, String> form) {
        return post("/permits/apply").session(session).with(csrf()).params(form).param("step", "4").param("to", "5");
    }

    String hotWorkApi(LocalDate date, int fromHour, int toHour, String extra) throws Exception {
        return ApiClient.read(api.post("leader", "/api/v1/permits", f.request("HOT_WORK", "LEVEL_2", at(date, fromHour, 0),
                at(date, toHour, 0), welder, List.of(welder), guardian, extra))
                .andExpect(status().isCreated()), "$.id");
    }

    @Test
    void a_tired_welder_is_named_beside_the_crew_with_the_reason_in_chinese() throws Exception {
        for (int night = 0; night < 3; night++) {
            api.post("leader", "/api/v1/permits", f.request("HOT_WORK", "LEVEL_2", at(day.plusDays(night), 22, 0),
                    at(day.plusDays(night + 1), 2, 0), welder, List.of(welder), guardian, null))
                    .andExpect(status().isCreated());
        }
        mvc.perform(submit(signIn("leader"), draft(day.plusDays(3), "21:00", "23:00")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("夜焊甲(作业人员):连续夜间作业,须休息后再安排高风险夜间作业")))
                .andExpect(content().string(containsString("name=\"step\" value=\"3\"")));
    }

    @Test
    void a_conflict_is_shown_beside_the_point_and_ticking_it_lets_the_permit_through() throws Exception {
        String first = hotWorkApi(day, 9, 11, "\"latitude\":%s,\"longitude\":%s".formatted(lat, lon));
        String number = ApiClient.read(api.get("leader", "/api/v1/permits/{id}", first), "$.number");
        welder = f.worker("焊工戊", "2.1");
        MockHttpSession leader = signIn("leader");
        MultiValueMap<String, String> form = draft(day, "10:00", "12:00");
        form.add("latitude", String.valueOf(lat + 0.00005)); // about 5.6 m north
        form.add("longitude", String.valueOf(lon));
        mvc.perform(submit(leader, form))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("交叉作业冲突")))
                .andExpect(content().string(containsString(number)))
                .andExpect(content().string(containsString("name=\"relatedPermitIds\" value=\"" + first + "\"")))
                .andExpect(content().string(containsString("name=\"step\" value=\"2\"")));
        form.add("relatedPermitIds", first);
        String second = mvc.perform(submit(leader, form))
                .andExpect(redirectedUrlPattern("/permits/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(second).session(leader))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("sketch-reach")))
                .andExpect(content().string(containsString(number)))
                .andExpect(content().string(containsString("已列为关联")))
                .andExpect(content().string(containsString("6 米")));
    }

    @Test
    void a_half_point_is_a_field_error_on_the_place_screen() throws Exception {
        MultiValueMap<String, String> form = draft(day, "09:00", "11:00");
        form.add("latitude", String.valueOf(lat));
        mvc.perform(post("/permits/apply").session(signIn("leader")).with(csrf()).params(form)
                        .param("step", "2").param("to", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("纬度与经度须同时填写")))
                .andExpect(content().string(containsString("name=\"step\" value=\"2\"")));
    }

    @Test
    void the_policy_page_edits_fatigue_nights() throws Exception {
        mvc.perform(get("/admin/policy").session(signIn("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"fatigueNights\"")))
                .andExpect(content().string(containsString("连续夜间作业多少晚后禁止次晚高风险作业")));
    }
}
