package cn.anzuo.permit.weather;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.permit.PermitFixtures;
import cn.anzuo.permit.domain.HolidayCalendar;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.MutableClock;
import cn.anzuo.support.Unique;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * API.md "Risk rules" (Weather): recording an observation (403, 404, 400), WEATHER_BLOCKED at submission, start and
 * resume, the heat warning, and the suspension of active outdoor work. Every test works at a fresh site of its
 * own, so its weather stops nobody else's permits in the shared database.
 */
@AnzuoTest
class WeatherApiTest {

    @Autowired ApiClient api;
    @Autowired HolidayCalendar holidays;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    PermitFixtures f;
    String site;

    @BeforeEach
    void setUp() throws Exception {
        clock.fixAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        f = new PermitFixtures(api, holidays);
        site = newSite(true);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String newSite(boolean outdoor) throws Exception {
        return ApiClient.read(api.post("admin", "/api/v1/sites", """
                {"companyId":"%s","code":"%s","name":"露天区","latitude":32.2631,"longitude":118.7915,
                 "radiusMeters":150,"hazardArea":false,"outdoor":%s}""".formatted(f.companyId, Unique.code("WX"), outdoor))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outdoor").value(outdoor)), "$.id");
    }

    OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.ofHours(8));
    }

    ResultActions weather(String user, String siteId, int wind, String celsius) throws Exception {
        return api.post(user, "/api/v1/sites/{id}/weather", """
                {"observedAt":"%s","temperatureC":%s,"windScale":%d}""".formatted(now().minusMinutes(5), celsius, wind),
                siteId);
    }

    /** A permit of the type at {@code siteId}, starting in 15 minutes; {@code extra} as in PermitFixtures. */
    ResultActions apply(String type, String level, String siteId, String worker, String guardian, String extra)
            throws Exception {
        OffsetDateTime start = now().plusMinutes(15);
        return api.post("leader", "/api/v1/permits", f.request(type, level, start, start.plusHours(2), worker,
                List.of(worker), guardian, extra).replace(f.siteId, siteId));
    }

    String hotWork(String siteId, String extra) throws Exception {
        String welder = f.worker(Unique.personName("焊"), "2.1");
        return ApiClient.read(apply("HOT_WORK", "LEVEL_2", siteId, welder, f.worker(Unique.personName("监"), "GUARDIAN"),
                extra).andExpect(status().isCreated()), "$.id");
    }

    void force(String permitId, String status) {
        jdbc.sql("update work_permit set status = ?, started_at = ? where id = ?")
                .params(status, java.sql.Timestamp.from(clock.instant()), UUID.fromString(permitId)).update();
    }

    @Test
    void theSafetyOfficerRecordsTheWeatherOfASite() throws Exception {
        weather("safety", site, 3, "21.5")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.siteId").value(site))
                .andExpect(jsonPath("$.windScale").value(3))
                .andExpect(jsonPath("$.temperatureC").value(21.5))
                .andExpect(jsonPath("$.source").value("MANUAL"))
                .andExpect(jsonPath("$.suspendedPermitIds").isEmpty());
    }

    @Test
    void aSitesOutdoorFlagIsKeptByAnEditThatOmitsItAndChangedByOneThatSaysIt() throws Exception {
        String workshop = newSite(false);
        String edit = """
                {"name":"机修间","latitude":32.2631,"longitude":118.7915,"radiusMeters":150,"hazardArea":false%s}""";
        api.put("admin", "/api/v1/sites/{id}", edit.formatted(""), workshop).andExpect(jsonPath("$.outdoor").value(false));
        api.put("admin", "/api/v1/sites/{id}", edit.formatted(",\"outdoor\":true"), workshop)
                .andExpect(jsonPath("$.outdoor").value(true));
        api.get("admin", "/api/v1/sites/{id}", workshop).andExpect(jsonPath("$.outdoor").value(true));
    }

    @Test
    void onlyTheSafetyOfficerRecordsTheWeather() throws Exception {
        weather("leader", site, 3, "20").andExpect(status().isForbidden());
        weather("worker", site, 3, "20").andExpect(status().isForbidden());
    }

    @Test
    void anotherCompanysSiteIsNotFound() throws Exception {
        List<String> ids = com.jayway.jsonpath.JsonPath.read(api.get("yz-leader", "/api/v1/sites").andReturn().getResponse()
                .getContentAsString(), "$.items[?(@.code == 'YZ-TF')].id");
        String yangzhou = ids.getFirst();
        weather("safety", yangzhou, 3, "20").andExpect(status().isNotFound());
        weather("safety", UUID.randomUUID().toString(), 3, "20").andExpect(status().isNotFound());
    }

    @Test
    void anImpossibleObservationIsRefusedField() throws Exception {
        api.post("safety", "/api/v1/sites/{id}/weather", """
                {"observedAt":"%s","temperatureC":20,"windScale":18}""".formatted(now()), site)
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.code").exists());
        api.post("safety", "/api/v1/sites/{id}/weather", "{\"temperatureC\":20,\"windScale\":3}", site)
                .andExpect(status().is4xxClientError());
    }

    @Test
    void windFiveRefusesOutdoorHotWorkWithTheRuleAndTheObservedValue() throws Exception {
        weather("safety", site, 5, "20").andExpect(status().isCreated());
        String welder = f.worker(Unique.personName("焊"), "2.1");
        apply("HOT_WORK", "LEVEL_2", site, welder, f.worker(Unique.personName("监"), "GUARDIAN"), null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("WEATHER_BLOCKED"))
                .andExpect(jsonPath("$.rule").value("WIND_HOT_WORK"))
                .andExpect(jsonPath("$.observed").value(5))
                .andExpect(jsonPath("$.limit").value(5))
                .andExpect(jsonPath("$.detail").value(containsString("5.2.15")));
    }

    @Test
    void windFourAllowsOutdoorHotWork() throws Exception {
        weather("safety", site, 4, "20").andExpect(status().isCreated());
        hotWork(site, null);
    }

    @Test
    void anIndoorPermitIsNeverBlockedByTheWeather() throws Exception {
        weather("safety", site, 9, "41").andExpect(status().isCreated());
        String id = hotWork(site, "\"outdoor\":false");
        api.get("leader", "/api/v1/permits/{id}", id).andExpect(jsonPath("$.outdoor").value(false));
    }

    @Test
    void aPermitTakesItsSitesIndoorFlagUnlessTheApplicantSaysOtherwise() throws Exception {
        String workshop = newSite(false);
        weather("safety", workshop, 8, "20").andExpect(status().isCreated());
        String id = hotWork(workshop, null);
        api.get("leader", "/api/v1/permits/{id}", id).andExpect(jsonPath("$.outdoor").value(false));
        String welder = f.worker(Unique.personName("焊"), "2.1");
        apply("HOT_WORK", "LEVEL_2", workshop, welder, f.worker(Unique.personName("监"), "GUARDIAN"), "\"outdoor\":true")
                .andExpect(jsonPath("$.code").value("WEATHER_BLOCKED"));
    }

    @Test
    void windFiveAllowsOutdoorLiftingAndSixRefusesIt() throws Exception {
        String crane = f.worker(Unique.personName("吊"), "Q2");
        weather("safety", site, 5, "20").andExpect(status().isCreated());
        apply("LIFTING", null, site, crane, f.worker(Unique.personName("监"), "GUARDIAN"), "\"loadTonnes\":60")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outdoor").value(true));
        clock.advance(Duration.ofMinutes(1));
        weather("safety", site, 6, "20").andExpect(status().isCreated());
        apply("LIFTING", null, site, crane, f.worker(Unique.personName("监"), "GUARDIAN"), "\"loadTonnes\":60")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("WEATHER_BLOCKED"))
                .andExpect(jsonPath("$.rule").value("WIND_LIFTING"))
                .andExpect(jsonPath("$.observed").value(6));
    }

    @Test
    void windFiveRefusesOutdoorHeightWork() throws Exception {
        weather("safety", site, 5, "20").andExpect(status().isCreated());
        String climber = f.worker(Unique.personName("高"), "3.1");
        apply("HEIGHT", null, site, climber, f.worker(Unique.personName("监"), "GUARDIAN"), "\"heightMeters\":6")
                .andExpect(jsonPath("$.code").value("WEATHER_BLOCKED"))
                .andExpect(jsonPath("$.rule").value("WIND_HEIGHT"));
    }

    @Test
    void anObservationOlderThanItsValidityNoLongerBlocks() throws Exception {
        weather("safety", site, 7, "20").andExpect(status().isCreated());
        clock.advance(Duration.ofHours(3).plusMinutes(5));
        hotWork(site, null);
    }

    @Test
    void aHeatWarningReachesTheApplicantAndTheApprovers() throws Exception {
        // the warning compares the permit's days with that day's hottest reading: near midnight the reading (5 min
        // ago) and the permit (in 15 min) would fall on two company days (a CI run at 23:54 Beijing time failed so)
        java.time.LocalTime local = now().toLocalTime();
        if (local.isAfter(java.time.LocalTime.of(23, 0)) || local.isBefore(java.time.LocalTime.of(0, 30))) {
            clock.advance(Duration.ofHours(2));
        }
        weather("safety", site, 1, "35.5").andExpect(status().isCreated());
        String welder = f.worker(Unique.personName("焊"), "2.1");
        String id = ApiClient.read(apply("HOT_WORK", "LEVEL_2", site, welder, f.worker(Unique.personName("监"), "GUARDIAN"),
                null).andExpect(status().isCreated()).andExpect(jsonPath("$.warnings").value(hasItem("HEAT_WARNING"))),
                "$.id");
        api.get("unit", "/api/v1/permits/{id}", id).andExpect(jsonPath("$.warnings").value(hasItem("HEAT_WARNING")));
        MockHttpSession unit = (MockHttpSession) mvc.perform(formLogin("/login").user("unit").password("anzuo-demo"))
                .andReturn().getRequest().getSession();
        mvc.perform(get("/permits/{id}", id).session(unit))
                .andExpect(content().string(containsString("高温预警")))
                .andExpect(content().string(containsString("室外作业")));
    }

    @Test
    void theObservationSuspendsTheActiveOutdoorWorkItForbidsAndNothingElse() throws Exception {
        String outdoorHotWork = hotWork(site, null);
        String indoorHotWork = hotWork(site, "\"outdoor\":false");
        String crane = f.worker(Unique.personName("吊"), "Q2");
        String lifting = ApiClient.read(apply("LIFTING", null, site, crane, f.worker(Unique.personName("监"), "GUARDIAN"),
                "\"loadTonnes\":60").andExpect(status().isCreated()), "$.id");
        for (String id : List.of(outdoorHotWork, indoorHotWork, lifting)) {
            force(id, "ACTIVE");
        }

        weather("safety", site, 5, "20").andExpect(status().isCreated())
                .andExpect(jsonPath("$.suspendedPermitIds").value(hasItem(outdoorHotWork)))
                .andExpect(jsonPath("$.suspendedPermitIds.length()").value(1));
        api.get("leader", "/api/v1/permits/{id}", outdoorHotWork)
                .andExpect(jsonPath("$.status").value("SUSPENDED"))
                .andExpect(jsonPath("$.suspension.cause").value("WEATHER"))
                .andExpect(jsonPath("$.suspension.reason").value(containsString("5.2.15")));
        api.get("leader", "/api/v1/permits/{id}", lifting).andExpect(jsonPath("$.status").value("ACTIVE"));

        clock.advance(Duration.ofMinutes(1));
        weather("safety", site, 6, "20").andExpect(status().isCreated())
                .andExpect(jsonPath("$.suspendedPermitIds").value(hasItem(lifting)))
                .andExpect(jsonPath("$.suspendedPermitIds").value(not(hasItem(indoorHotWork))));
        api.get("leader", "/api/v1/permits/{id}", lifting)
                .andExpect(jsonPath("$.status").value("SUSPENDED"))
                .andExpect(jsonPath("$.suspension.cause").value("WEATHER"))
                .andExpect(jsonPath("$.suspension.reason").value(containsString("9.2.4")));
        api.get("leader", "/api/v1/permits/{id}", indoorHotWork).andExpect(jsonPath("$.status").value("ACTIVE"));
    }

    @Test
    void startingAndResumingNeedTheWindBackUnderTheLimit() throws Exception {
        String crane = f.worker(Unique.personName("吊"), "Q2");
        String guardian = f.worker(Unique.personName("监"), "GUARDIAN");
        String guardianUser = f.linkedUser(guardian, "GUARDIAN");
        String lifting = ApiClient.read(apply("LIFTING", null, site, crane, guardian, "\"loadTonnes\":60")
                .andExpect(status().isCreated()), "$.id");
        force(lifting, "APPROVED");
        weather("safety", site, 6, "20").andExpect(status().isCreated());
        api.post(guardianUser, "/api/v1/permits/{id}/start", "", lifting)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("WEATHER_BLOCKED"))
                .andExpect(jsonPath("$.rule").value("WIND_LIFTING"));

        force(lifting, "ACTIVE");
        clock.advance(Duration.ofMinutes(1));
        weather("safety", site, 7, "20").andExpect(jsonPath("$.suspendedPermitIds").value(hasItem(lifting)));
        api.post(guardianUser, "/api/v1/permits/{id}/resume", "", lifting)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("WEATHER_BLOCKED"));

        clock.advance(Duration.ofMinutes(10));
        weather("safety", site, 4, "20").andExpect(status().isCreated());
        api.post(guardianUser, "/api/v1/permits/{id}/resume", "", lifting)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"));
    }
}
