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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.organization.Organization;
import cn.anzuo.permit.domain.HolidayCalendar;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.MutableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The holiday calendar as admin-edited data (GB 30871 5.1.1), its API, page and the home-page warning. */
@AnzuoTest
class HolidayCalendarTest {

    @Autowired ApiClient api;
    @Autowired MockMvc mvc;
    @Autowired HolidayCalendar calendar;
    @Autowired Organization organization;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(ApiClient.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession();
    }

    @Test
    void the_shipped_2026_calendar_is_complete_and_a_far_year_is_not() throws Exception {
        api.get("admin", "/api/v1/holidays?year=2026").andExpect(jsonPath("$.complete").value(true))
                .andExpect(jsonPath("$.items[?(@.name == '国庆节')]").isNotEmpty());
        api.get("admin", "/api/v1/holidays?year=2098").andExpect(jsonPath("$.complete").value(false));
        api.get("admin", "/api/v1/holidays?year=99999").andExpect(status().isUnprocessableContent());
    }

    @Test
    void national_days_by_a_root_group_admin_company_days_by_company_admins() throws Exception {
        String day = "{\"date\":\"2099-%s\",\"name\":\"%s\",\"kind\":\"%s\"%s}";
        String id = ApiClient.read(api.post("admin", "/api/v1/holidays",
                        day.formatted("10-01", "国庆节", "HOLIDAY", ",\"national\":true"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.national").value(true)), "$.id");
        api.post("admin", "/api/v1/holidays", day.formatted("10-01", "国庆节", "HOLIDAY", ",\"national\":true"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("HOLIDAY_EXISTS"));
        api.post("yz-admin", "/api/v1/holidays", day.formatted("10-02", "国庆节", "HOLIDAY", ",\"national\":true"))
                .andExpect(status().isForbidden());
        api.post("worker", "/api/v1/holidays", day.formatted("10-02", "厂庆", "HOLIDAY", ""))
                .andExpect(status().isForbidden());
        String own = ApiClient.read(api.post("yz-admin", "/api/v1/holidays", day.formatted("10-05", "厂庆", "HOLIDAY", ""))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.national").value(false)), "$.id");
        api.post("admin", "/api/v1/holidays", "{\"date\":\"2099-10-04\",\"kind\":\"HOLIDAY\"}")
                .andExpect(status().isUnprocessableContent());

        UUID yz = organization.companyByCode("DEMO-YZ").orElseThrow().id();
        UUID demo = organization.companyByCode("DEMO").orElseThrow().id();
        assertThat(calendar.restDay(yz, LocalDate.of(2099, 10, 5))).contains("厂庆");
        assertThat(calendar.restDay(demo, LocalDate.of(2099, 10, 5))).isEmpty();
        api.delete("yz-admin", "/api/v1/holidays/{id}", id).andExpect(status().isForbidden());
        api.delete("yz-admin", "/api/v1/holidays/{id}", own).andExpect(status().isNoContent());
        api.delete("admin", "/api/v1/holidays/{id}", id).andExpect(status().isNoContent());
        api.delete("admin", "/api/v1/holidays/{id}", id).andExpect(status().isNotFound());
    }

    @Test
    void a_weekend_day_worked_instead_is_no_rest_day() throws Exception {
        LocalDate saturday = LocalDate.of(2099, 1, 3);
        UUID demo = organization.companyByCode("DEMO").orElseThrow().id();
        assertThat(calendar.restDay(demo, saturday)).contains("周末");
        api.post("admin", "/api/v1/holidays", "{\"date\":\"2099-01-03\",\"name\":\"元旦调休\",\"kind\":\"WORKDAY\"}")
                .andExpect(status().isCreated());
        assertThat(calendar.restDay(demo, saturday)).isEmpty();
    }

    @Test
    void admins_are_warned_from_october_while_next_years_holidays_are_missing() throws Exception {
        clock.fixAt(Instant.parse("2098-10-15T02:00:00Z"));
        MockHttpSession admin = signIn("admin");
        mvc.perform(get("/").session(admin)).andExpect(content().string(containsString("2099 年节假日安排尚未录入")))
                .andExpect(content().string(containsString("/admin/holidays?year=2099")));
        mvc.perform(get("/").session(signIn("worker")))
                .andExpect(content().string(not(containsString("节假日安排尚未录入"))));
        clock.fixAt(Instant.parse("2098-09-15T02:00:00Z"));
        mvc.perform(get("/").session(admin)).andExpect(content().string(not(containsString("2099 年节假日"))));
    }

    @Test
    void the_page_lists_the_year_and_shows_a_refusal_beside_the_field() throws Exception {
        MockHttpSession admin = signIn("admin");
        mvc.perform(get("/admin/holidays?year=2026").session(admin))
                .andExpect(status().isOk()).andExpect(content().string(containsString("国庆节")));
        mvc.perform(post("/admin/holidays").session(admin).with(csrf()).param("date", "kein-datum").param("name", "x"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("has-error")));
        mvc.perform(post("/admin/holidays").session(admin).with(csrf()).param("date", "2097-05-01").param("name", "劳动节")
                        .param("kind", "HOLIDAY"))
                .andExpect(redirectedUrl("/admin/holidays?year=2097"));
        mvc.perform(get("/admin/holidays?year=2097").session(admin)).andExpect(content().string(containsString("劳动节")));
        mvc.perform(get("/admin/holidays").session(signIn("worker"))).andExpect(status().isForbidden());
    }
}
