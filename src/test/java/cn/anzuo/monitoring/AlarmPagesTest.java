package cn.anzuo.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.monitoring.domain.SignedRequests;
import cn.anzuo.permit.PermitFixtures;
import cn.anzuo.permit.domain.HolidayCalendar;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.Unique;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The 报警处置 console, one alarm's page, acknowledging and resolving by form, and the strips of the board. */
@AnzuoTest
class AlarmPagesTest {

    @Autowired MockMvc mvc;
    @Autowired ApiClient api;
    @Autowired HolidayCalendar holidays;
    @Autowired cn.anzuo.support.MutableClock clock;

    PermitFixtures f;

    @BeforeEach
    void fixtures() throws Exception {
        f = new PermitFixtures(api, holidays);
    }

    @AfterEach
    void settle() throws Exception {
        PermitFixtures.acknowledgeOpenAlarms(api);
        clock.reset();
    }

    MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password("anzuo-demo"))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession();
    }

    /** Registers a device of that kind at the demo site; answers its secret. */
    String device(String code, String kind) throws Exception {
        return ApiClient.read(api.post("admin", "/api/v1/devices",
                "{\"code\":\"%s\",\"kind\":\"%s\",\"siteId\":\"%s\"}".formatted(code, kind, f.siteId)), "$.secret");
    }

    /** Posts a device message signed with its secret, as a device does; expects it accepted. */
    void sendSigned(String code, String secret, String path, String body) throws Exception {
        String ts = Long.toString(Instant.now().toEpochMilli());
        String signature = HexFormat.of().formatHex(SignedRequests.hmac(secret, ts, body.getBytes(StandardCharsets.UTF_8)));
        mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body)
                .header("X-Device-Code", code).header("X-Timestamp", ts).header("X-Signature", signature))
                .andExpect(status().isAccepted());
    }

    /** A detector at the demo site reports 52 %LEL: a second-level alarm; answers its device code and the alarm's id. */
    String[] secondLevelAlarm() throws Exception {
        String code = Unique.code("GD");
        sendSigned(code, device(code, "GAS_DETECTOR"), "/api/v1/telemetry", "{\"values\":{\"LEL\":52.0}}");
        List<String> ids = com.jayway.jsonpath.JsonPath.read(api.get("safety",
                "/api/v1/alarms?siteId={s}&status=OPEN&size=200", f.siteId).andReturn().getResponse().getContentAsString(),
                "$.items[?(@.deviceCode == '%s')].id".formatted(code));
        assertThat(ids).hasSize(1);
        return new String[] {code, ids.getFirst()};
    }

    @Test
    void the_safety_officer_sees_acknowledges_and_resolves_an_alarm_with_a_note() throws Exception {
        String[] alarm = secondLevelAlarm();
        MockHttpSession safety = signIn("safety");
        mvc.perform(get("/alarms").session(safety)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>报警处置</h1>")))
                .andExpect(content().string(containsString(alarm[0])))
                .andExpect(content().string(containsString("二级报警")))
                .andExpect(content().string(containsString("52.0 %LEL")))
                .andExpect(content().string(containsString("限值 50.0 %LEL")))
                .andExpect(content().string(containsString("<meta name=\"anzuo-live\" content=\"/live\">")))
                .andExpect(content().string(containsString("data-action=\"acknowledge\"")));
        mvc.perform(get("/alarms").header("HX-Request", "true").session(safety)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString(alarm[0])));

        mvc.perform(post("/alarms/{id}/acknowledge", alarm[1]).param("back", "/alarms").with(csrf()).session(safety))
                .andExpect(redirectedUrlPattern("/alarms?done=*"));
        mvc.perform(get("/alarms/{id}", alarm[1]).session(safety)).andExpect(status().isOk())
                .andExpect(content().string(containsString("已确认")))
                .andExpect(content().string(not(containsString("data-action=\"acknowledge\""))));
        // a second acknowledgement is refused with a message, not an error page
        mvc.perform(post("/alarms/{id}/acknowledge", alarm[1]).with(csrf()).session(safety))
                .andExpect(redirectedUrl("/alarms/" + alarm[1] + "?done=" + alarm[1]));

        mvc.perform(post("/alarms/{id}/resolve", alarm[1]).param("note", " ").with(csrf()).session(safety))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"note-error\"")))
                .andExpect(content().string(containsString("请填写处置说明")));
        mvc.perform(post("/alarms/{id}/resolve", alarm[1]).param("note", "关闭阀门,通风后复测合格").with(csrf()).session(safety))
                .andExpect(redirectedUrl("/alarms/" + alarm[1] + "?done=" + alarm[1]));
        mvc.perform(get("/alarms").param("status", "RESOLVED").session(safety)).andExpect(status().isOk())
                .andExpect(content().string(containsString(alarm[0])));
        mvc.perform(get("/alarms/{id}", alarm[1]).session(safety))
                .andExpect(content().string(containsString("关闭阀门,通风后复测合格")));
    }

    @Test
    void a_camera_alarm_card_names_its_event_and_shows_no_reading_it_does_not_have() throws Exception {
        String code = Unique.code("CAM");
        sendSigned(code, device(code, "CAMERA"), "/api/v1/telemetry/events", "{\"type\":\"SMOKE\"}");

        String strip = mvc.perform(get("/alarms/strip").param("siteId", f.siteId).param("part", "items")
                .session(signIn("safety"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String card = strip.substring(strip.lastIndexOf("<li", strip.indexOf(code)), strip.indexOf("</li>", strip.indexOf(code)));
        assertThat(card).contains("烟火").contains("二级报警").doesNotContain("??").doesNotContain("null")
                .doesNotContain("限值");
    }

    @Test
    void the_board_strip_shows_unresolved_alarms_of_the_site() throws Exception {
        String[] alarm = secondLevelAlarm();
        MockHttpSession safety = signIn("safety");
        mvc.perform(get("/onsite/board/{id}", f.siteId).session(safety))
                .andExpect(content().string(containsString("/alarms/strip?siteId=" + f.siteId)));
        mvc.perform(get("/alarms/strip").param("siteId", f.siteId).session(safety)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"alarm-strip\"")))
                .andExpect(content().string(containsString(alarm[0])));
        mvc.perform(get("/alarms/strip").param("siteId", f.siteId).param("part", "items").session(safety))
                .andExpect(content().string(not(containsString("id=\"alarm-strip\""))))
                .andExpect(content().string(containsString(alarm[0])));
    }

    @Test
    void an_approved_permits_page_shows_the_unacknowledged_alarm_that_keeps_it_from_starting() throws Exception {
        clock.fixAt(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        String[] alarm = secondLevelAlarm();
        PermitFixtures.ActiveWork ready = f.readyHotWork(clock, "看板焊工", "看板监护");
        MockHttpSession leader = signIn("leader");
        mvc.perform(get("/onsite/permits/{id}", ready.permitId()).session(leader)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/alarms/strip?permitId=" + ready.permitId())));
        mvc.perform(get("/alarms/strip").param("permitId", ready.permitId()).param("part", "items").session(leader))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("现场尚未确认的报警")))
                .andExpect(content().string(containsString(alarm[0])))
                .andExpect(content().string(not(containsString("导致本作业暂停的报警"))));
        // acknowledged: the work may start, and the strip no longer holds it up
        api.post("safety", "/api/v1/alarms/{id}/acknowledge", "", alarm[1]).andExpect(status().isOk());
        mvc.perform(get("/alarms/strip").param("permitId", ready.permitId()).param("part", "items").session(leader))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("现场尚未确认的报警"))))
                .andExpect(content().string(not(containsString(alarm[0]))));
    }

    @Test
    void other_roles_and_other_companies_are_refused() throws Exception {
        String[] alarm = secondLevelAlarm();
        MockHttpSession worker = signIn("worker");
        mvc.perform(get("/alarms").session(worker)).andExpect(status().isForbidden());
        // a worker may look at the alarm (a notification may link to it) but not answer it
        mvc.perform(get("/alarms/{id}", alarm[1]).session(worker)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-action=\"acknowledge\""))));
        mvc.perform(post("/alarms/{id}/acknowledge", alarm[1]).with(csrf()).session(worker)).andExpect(status().isForbidden());
        mvc.perform(post("/alarms/{id}/resolve", alarm[1]).param("note", "x").with(csrf()).session(worker))
                .andExpect(status().isForbidden());
        MockHttpSession stranger = signIn("yz-admin");
        mvc.perform(get("/alarms/{id}", alarm[1]).session(stranger)).andExpect(status().isNotFound());
        mvc.perform(post("/alarms/{id}/acknowledge", alarm[1]).with(csrf()).session(stranger)).andExpect(status().isNotFound());
        mvc.perform(get("/alarms/strip").param("siteId", f.siteId).session(stranger)).andExpect(status().isNotFound());
    }
}
