package cn.anzuo.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.permit.domain.HolidayCalendar;
import cn.anzuo.permit.onsite.domain.Totp;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.MutableClock;
import cn.anzuo.support.Unique;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issue 12 item 7: {@code SAME_DEVICE_CHECK_INS} from the device a check-in came from (the API's
 * {@code X-Device-Id}, the phone page's {@code anzuo_device} cookie), and the auditor's list of flagged permits
 * of their own company — filtered by flag, never showing another company's permits.
 */
@AnzuoTest
class AuditFlagsApiTest {

    static final double LAT = 32.263150;
    static final double LON = 118.791540;

    @Autowired ApiClient api;
    @Autowired HolidayCalendar holidays;
    @Autowired MutableClock clock;

    PermitFixtures f;
    PermitFixtures.Crew crew;

    @BeforeEach
    void crew() throws Exception {
        clock.fixAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        f = new PermitFixtures(api, holidays);
        crew = f.crew("同机焊工", "同机监护");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    OffsetDateTime now(long plusMinutes) {
        return clock.instant().plus(Duration.ofMinutes(plusMinutes)).atOffset(ZoneOffset.ofHours(8));
    }

    /** A hot-work permit starting in 5 minutes, approved (approving takes seconds here, as tests do). */
    String approvedHotWork() throws Exception {
        String id = ApiClient.read(api.post("leader", "/api/v1/permits", f.request("HOT_WORK", "LEVEL_2", now(5), now(120),
                crew.welder(), List.of(crew.welder()), crew.guardian(), null)).andExpect(status().isCreated()), "$.id");
        String role = ApiClient.read(api.get("leader", "/api/v1/permits/{id}", id), "$.approvalSteps[0].role");
        api.post(PermitLifecycleApiTest.APPROVER_OF.get(role), "/api/v1/permits/{id}/approvals", "{\"decision\":\"APPROVE\"}", id)
                .andExpect(jsonPath("$.status").value("APPROVED"));
        return id;
    }

    String code() {
        return Totp.code(crew.secret(), Totp.step(clock.instant()));
    }

    ResultActions checkIn(String user, String permit, String worker, String device) throws Exception {
        var request = post("/api/v1/permits/{id}/check-ins", permit).header("Authorization", "Bearer " + api.token(user))
                .contentType("application/json").content("""
                        {"workerId":"%s","method":"QR","checkpointCode":"%s","proof":"%s","latitude":%s,"longitude":%s,"accuracyMeters":10}"""
                        .formatted(worker, crew.checkpoint(), code(), LAT, LON));
        return api.mvc().perform(device == null ? request : request.header("X-Device-Id", device));
    }

    List<String> flags(String permit) throws Exception {
        return com.jayway.jsonpath.JsonPath.read(api.get("auditor", "/api/v1/permits/{id}", permit).andReturn().getResponse()
                .getContentAsString(), "$.flags");
    }

    List<String> flaggedIds(String user, String query) throws Exception {
        return com.jayway.jsonpath.JsonPath.read(api.get(user, "/api/v1/audit/flagged" + query)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.items[*].permitId");
    }

    @Test
    void sameDeviceCheckIns_two_people_sending_one_device_id_are_flagged() throws Exception {
        String id = approvedHotWork();
        String phone = "phone-" + Unique.code("D");
        checkIn(crew.welderUser(), id, crew.welder(), phone).andExpect(status().isCreated());
        checkIn(crew.guardianUser(), id, crew.guardian(), phone).andExpect(status().isCreated());
        assertThat(flags(id)).contains("SAME_DEVICE_CHECK_INS");
        api.get("auditor", "/api/v1/permits/{id}/trace", id).andExpect(jsonPath("$.chainValid").value(true))
                .andExpect(jsonPath("$.events[?(@.type == 'CHECKED_IN')].data.device").isNotEmpty());
    }

    @Test
    void sameDeviceCheckIns_two_devices_or_none_are_not_flagged() throws Exception {
        String twoPhones = approvedHotWork();
        checkIn(crew.welderUser(), twoPhones, crew.welder(), "phone-" + Unique.code("A")).andExpect(status().isCreated());
        checkIn(crew.guardianUser(), twoPhones, crew.guardian(), "phone-" + Unique.code("B")).andExpect(status().isCreated());
        assertThat(flags(twoPhones)).doesNotContain("SAME_DEVICE_CHECK_INS");

        String noDevice = approvedHotWork();
        clock.advance(Duration.ofSeconds(30)); // a fresh TOTP step: a code is accepted once per worker
        checkIn(crew.welderUser(), noDevice, crew.welder(), null).andExpect(status().isCreated());
        checkIn(crew.guardianUser(), noDevice, crew.guardian(), null).andExpect(status().isCreated());
        assertThat(flags(noDevice)).doesNotContain("SAME_DEVICE_CHECK_INS");
    }

    @Test
    void sameDeviceCheckIns_the_phone_page_cookie_identifies_a_phone_handed_to_someone_else() throws Exception {
        String id = approvedHotWork();
        MockHttpSession welder = login(crew.welderUser());
        Cookie device = api.mvc().perform(get("/onsite/check-in").param("permit", id).session(welder))
                .andExpect(status().isOk()).andReturn().getResponse().getCookie("anzuo_device");
        assertThat(device).isNotNull();
        assertThat(device.getMaxAge()).isGreaterThan(365 * 24 * 3600);
        assertThat(device.isHttpOnly()).isTrue();
        pageCheckIn(welder, id, device).andExpect(status().is3xxRedirection());
        assertThat(flags(id)).doesNotContain("SAME_DEVICE_CHECK_INS");

        pageCheckIn(login(crew.guardianUser()), id, device).andExpect(status().is3xxRedirection());
        assertThat(flags(id)).contains("SAME_DEVICE_CHECK_INS");
    }

    MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) api.mvc().perform(formLogin("/login").user(username).password("long-enough"))
                .andReturn().getRequest().getSession();
    }

    ResultActions pageCheckIn(MockHttpSession session, String permit, Cookie device) throws Exception {
        return api.mvc().perform(post("/onsite/check-in").session(session).cookie(device).with(csrf())
                .param("permitId", permit).param("checkpointCode", crew.checkpoint()).param("proof", code())
                .param("latitude", String.valueOf(LAT)).param("longitude", String.valueOf(LON)).param("accuracyMeters", "10"));
    }

    @Test
    void the_auditor_lists_flagged_permits_of_the_own_company_filtered_by_flag() throws Exception {
        String id = approvedHotWork(); // approved within seconds of its submission
        String phone = "phone-" + Unique.code("F");
        checkIn(crew.welderUser(), id, crew.welder(), phone).andExpect(status().isCreated());
        checkIn(crew.guardianUser(), id, crew.guardian(), phone).andExpect(status().isCreated());

        assertThat(flaggedIds("auditor", "")).contains(id);
        assertThat(flaggedIds("auditor", "?companyId=" + f.companyId + "&flag=SAME_DEVICE_CHECK_INS&size=200")).contains(id);
        assertThat(flaggedIds("auditor", "?flag=APPROVED_IN_SECONDS&size=200")).contains(id);
        assertThat(flaggedIds("auditor", "?flag=GAS_TEST_BACKFILLED&size=200")).doesNotContain(id);
        api.get("auditor", "/api/v1/audit/flagged?flag=SAME_DEVICE_CHECK_INS&size=200")
                .andExpect(jsonPath("$.items[?(@.permitId == '" + id + "')].flags[*]").value(
                        org.hamcrest.Matchers.hasItems("APPROVED_IN_SECONDS", "SAME_DEVICE_CHECK_INS")))
                .andExpect(jsonPath("$.total").isNumber());

        api.get("auditor", "/api/v1/audit/flagged?flag=NO_SUCH_FLAG").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        api.get("leader", "/api/v1/audit/flagged").andExpect(status().isForbidden());

        MockHttpSession auditor = (MockHttpSession) api.mvc().perform(formLogin("/login").user("auditor")
                .password(ApiClient.DEMO_PASSWORD)).andReturn().getRequest().getSession();
        String page = api.mvc().perform(get("/audit/flagged").param("flag", "SAME_DEVICE_CHECK_INS").session(auditor))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String number = ApiClient.read(api.get("auditor", "/api/v1/permits/{id}", id), "$.number");
        assertThat(page).contains("异常标记", number, "/p/" + id, "同一设备多人签到", "秒级审批");
        String fragment = api.mvc().perform(get("/audit/flagged").param("flag", "GAS_TEST_BACKFILLED").session(auditor)
                        .header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).doesNotContain("<html", number);
    }

    @Test
    void another_companys_auditor_sees_none_of_these_and_gets_404_for_this_company() throws Exception {
        String id = approvedHotWork();
        String other = ApiClient.read(api.post("admin", "/api/v1/companies",
                "{\"code\":\"%s\",\"name\":\"外单位\",\"parentId\":\"%s\"}".formatted(Unique.code("AUD"), f.companyId))
                .andExpect(status().isCreated()), "$.id");
        String username = Unique.username("foreign-auditor");
        api.post("admin", "/api/v1/users", """
                {"username":"%s","password":"long-enough","displayName":"外单位审计","companyId":"%s","roles":["AUDITOR"]}"""
                .formatted(username, other)).andExpect(status().isCreated());
        api.token(username, "long-enough");

        assertThat(flaggedIds(username, "?size=200")).isEmpty();
        api.get(username, "/api/v1/audit/flagged?companyId={c}", f.companyId).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
        MockHttpSession foreign = login(username);
        String page = api.mvc().perform(get("/audit/flagged").session(foreign)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("/p/" + id);
    }
}
