package cn.anzuo.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.permit.onsite.domain.Checkpoints;
import cn.anzuo.permit.onsite.domain.Totp;
import cn.anzuo.permit.domain.HolidayCalendar;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.MutableClock;
import cn.anzuo.support.Unique;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The on-site pages: kiosk, check-in, the guardian's page, the analyst's form and the live board. */
@AnzuoTest
class OnSitePagesTest {

    static final double LAT = 32.263150;
    static final double LON = 118.791540;

    @Autowired MockMvc mvc;
    @Autowired ApiClient api;
    @Autowired HolidayCalendar holidays;
    @Autowired MutableClock clock;
    @Autowired Checkpoints checkpoints;

    PermitFixtures f;
    String welder;
    String welderUser;
    String guardian;
    String guardianUser;
    String checkpoint;
    String checkpointId;
    String secret;

    @BeforeEach
    void crew() throws Exception {
        clock.fixAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        f = new PermitFixtures(api, holidays);
        PermitFixtures.Crew crew = f.crew("页面焊工", "页面监护");
        welder = crew.welder();
        welderUser = crew.welderUser();
        guardian = crew.guardian();
        guardianUser = crew.guardianUser();
        checkpoint = crew.checkpoint();
        checkpointId = crew.checkpointId();
        secret = crew.secret();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String user(String workerId, String role) throws Exception {
        return f.linkedUser(workerId, role);
    }

    MockHttpSession signIn(String username) throws Exception {
        String password = username.contains(".") ? "long-enough" : ApiClient.DEMO_PASSWORD; // created users: prefix.uuid
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(redirectedUrl("/"))
                .andReturn().getRequest().getSession();
    }

    OffsetDateTime now(long plusMinutes) {
        return clock.instant().plus(Duration.ofMinutes(plusMinutes)).atOffset(ZoneOffset.ofHours(8));
    }

    String approvedHotWork() throws Exception {
        String id = ApiClient.read(api.post("leader", "/api/v1/permits",
                f.request("HOT_WORK", "LEVEL_2", now(5), now(120), welder, List.of(welder), guardian, null))
                .andExpect(status().isCreated()), "$.id");
        String role = ApiClient.read(api.get("leader", "/api/v1/permits/{id}", id), "$.approvalSteps[0].role");
        api.post(PermitLifecycleApiTest.APPROVER_OF.get(role), "/api/v1/permits/{id}/approvals",
                "{\"decision\":\"APPROVE\"}", id).andExpect(jsonPath("$.status").value("APPROVED"));
        return id;
    }

    String code() {
        return Totp.code(secret, Totp.step(clock.instant()));
    }

    ResultActions checkIn(MockHttpSession session, String permit, String code, double lat, double lon) throws Exception {
        return mvc.perform(post("/onsite/check-in").session(session).with(csrf())
                .param("permitId", permit).param("checkpointCode", checkpoint).param("proof", code)
                .param("latitude", String.valueOf(lat)).param("longitude", String.valueOf(lon))
                .param("accuracyMeters", "12"));
    }

    @Test
    void the_checkpoints_page_links_to_the_kiosk_pairing() throws Exception {
        mvc.perform(get("/admin/sites/{id}/checkpoints", f.siteId).session(signIn("admin")))
                .andExpect(content().string(containsString("/admin/checkpoints/" + checkpointId + "/kiosks")));
    }

    @Test
    void admin_creates_a_checkpoint_and_sees_its_secret_once() throws Exception {
        MockHttpSession admin = signIn("admin");
        String code = Unique.code("door");
        mvc.perform(post("/admin/sites/{id}/checkpoints", f.siteId).session(admin).with(csrf()).param("code", code))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("密钥只显示这一次"), containsString("打卡屏配对"))));
        mvc.perform(post("/admin/sites/{id}/checkpoints", f.siteId).session(admin).with(csrf()).param("code", code))
                .andExpect(content().string(allOf(containsString("该作业区域已有编码为"), not(containsString("密钥只显示这一次")))));
        mvc.perform(post("/admin/sites/{id}/checkpoints", f.siteId).session(admin).with(csrf()).param("code", "空 格"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("has-error")));
        mvc.perform(get("/admin/sites/{id}/checkpoints", f.siteId).session(signIn("yz-admin")))
                .andExpect(status().isNotFound());
    }

    @Test
    void check_in_refusals_are_shown_in_words_and_success_is_confirmed() throws Exception {
        String id = approvedHotWork();
        MockHttpSession me = signIn(welderUser);
        mvc.perform(get("/onsite/today").session(me))
                .andExpect(content().string(allOf(containsString("动火作业"), containsString("/onsite/check-in?permit=" + id))));
        mvc.perform(get("/onsite/check-in").session(me).param("cp", checkpoint).param("code", "123456"))
                .andExpect(content().string(allOf(containsString("value=\"123456\""), containsString("value=\"" + checkpoint + "\""),
                        containsString("data-jsqr=\"/js/vendor/jsQR-"), containsString("/js/check-in-"))));

        String wrong = code().equals("000000") ? "111111" : "000000";
        checkIn(me, id, wrong, LAT, LON).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("核验凭证无效")));
        checkIn(me, id, code(), LAT + 0.01, LON).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("不在作业区域内"), containsString("您距作业区域中心 1,112 米"),
                        containsString("超出电子围栏半径 150 米"))));
        mvc.perform(post("/onsite/check-in").session(me).with(csrf()).param("permitId", id)
                        .param("checkpointCode", checkpoint).param("proof", code()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("还没有获取到手机定位")));
        mvc.perform(post("/onsite/check-in").session(me).with(csrf()).param("permitId", "nonsense")
                        .param("checkpointCode", checkpoint).param("proof", "12x").param("latitude", "abc"))
                .andExpect(status().isUnprocessableContent());
        MockHttpSession guardianSession = signIn(guardianUser);
        mvc.perform(post("/onsite/check-in").session(signIn("worker")).with(csrf()).param("permitId", id)
                        .param("checkpointCode", checkpoint).param("proof", code()).param("latitude", "" + LAT)
                        .param("longitude", "" + LON).param("accuracyMeters", "10"))
                .andExpect(content().string(containsString("不在作业票上")));

        checkIn(me, id, code(), LAT, LON).andExpect(redirectedUrl("/onsite/check-in/done"))
                .andDo(r -> mvc.perform(get("/onsite/check-in/done").session(me)
                                .flashAttrs(r.getFlashMap()))
                        .andExpect(content().string(allOf(containsString("签到成功"), containsString("op-success")))));
        mvc.perform(get("/onsite/today").session(me)).andExpect(content().string(containsString("已签到")));
        checkIn(guardianSession, id, code(), LAT, LON).andExpect(status().is3xxRedirection());
    }

    @Test
    void guardian_page_explains_every_unmet_item_then_starts_suspends_resumes_and_closes() throws Exception {
        String id = approvedHotWork();
        MockHttpSession guardianSession = signIn(guardianUser);
        mvc.perform(post("/onsite/permits/{id}/start", id).session(guardianSession).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("还不能开始作业:有 5 项条件未满足"), containsString("未到作业时间"),
                        containsString("需要气体分析"), containsString("有作业人员未签到"), containsString("未签到:页面焊工"),
                        containsString("监护人未到场"), containsString("需要当班班长验票"))));

        MockHttpSession analyst = signIn("analyst");
        String earlier = now(-1).atZoneSameInstant(ZoneId.of("Asia/Shanghai")).toLocalDateTime()
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        String sampled = now(0).atZoneSameInstant(ZoneId.of("Asia/Shanghai")).toLocalDateTime()
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        mvc.perform(get("/onsite/permits/{id}/gas-test", id).session(analyst))
                .andExpect(content().string(allOf(containsString("甲烷"), containsString("%VOL"))));
        mvc.perform(post("/onsite/permits/{id}/gas-test", id).session(analyst).with(csrf())
                        .param("sampledAt", earlier).param("samplePoint", "T-201 法兰 10 m 内")
                        .param("rows[0].gas", "CH4").param("rows[0].value", "15").param("rows[0].unit", "PCT_LEL"))
                .andExpect(content().string(allOf(containsString("分析不合格"), containsString("GB"))));
        mvc.perform(post("/onsite/permits/{id}/gas-test", id).session(analyst).with(csrf())
                        .param("sampledAt", "gestern").param("samplePoint", "")
                        .param("rows[0].gas", "CH4").param("rows[0].value", "viel"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("has-error"), containsString("value=\"viel\""))));
        mvc.perform(post("/onsite/permits/{id}/gas-test", id).session(analyst).with(csrf())
                        .param("sampledAt", sampled).param("samplePoint", "T-201 法兰 10 m 内")
                        .param("rows[0].gas", "CH4").param("rows[0].value", "0.3").param("rows[0].unit", "PCT_VOL")
                        .param("rows[1].gas", "O2").param("rows[1].value", "20.9").param("rows[1].unit", "PCT_VOL"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("分析合格")));
        mvc.perform(get("/onsite/gas-tests").session(analyst)).andExpect(content().string(containsString(id)));
        mvc.perform(get("/onsite/permits/{id}/gas-test", id).session(signIn("worker"))).andExpect(status().isForbidden());

        mvc.perform(post("/onsite/permits/{id}/start", id).session(guardianSession).with(csrf()))
                .andExpect(content().string(allOf(not(containsString("需要气体分析")), containsString("监护人未到场"))));
        MockHttpSession shift = signIn("shift");
        mvc.perform(get("/onsite/permits/{id}", id).session(shift)).andExpect(content().string(containsString("shift-check")));
        mvc.perform(post("/onsite/permits/{id}/shift-check", id).session(shift).with(csrf()))
                .andExpect(redirectedUrl("/onsite/permits/" + id));
        checkIn(signIn(welderUser), id, code(), LAT, LON).andExpect(status().is3xxRedirection());
        checkIn(guardianSession, id, code(), LAT, LON).andExpect(status().is3xxRedirection());

        clock.advance(Duration.ofMinutes(5));
        mvc.perform(post("/onsite/permits/{id}/start", id).session(signIn("analyst")).with(csrf()))
                .andExpect(status().isForbidden()).andExpect(content().string(containsString("不是该作业的负责人或监护人")));
        mvc.perform(post("/onsite/permits/{id}/start", id).session(guardianSession).with(csrf()))
                .andExpect(redirectedUrl("/onsite/permits/" + id));
        mvc.perform(get("/onsite/permits/{id}", id).session(guardianSession))
                .andExpect(content().string(allOf(containsString("作业中"), containsString("data-action=\"suspend\""))));
        mvc.perform(post("/onsite/permits/{id}/suspend", id).session(guardianSession).with(csrf()).param("reason", " "))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("请填写暂停原因")));
        mvc.perform(post("/onsite/permits/{id}/suspend", id).session(guardianSession).with(csrf()).param("reason", "风力增大"))
                .andExpect(redirectedUrl("/onsite/permits/" + id));
        mvc.perform(post("/onsite/permits/{id}/start", id).session(guardianSession).with(csrf()))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("当前状态不允许此操作")));
        mvc.perform(post("/onsite/permits/{id}/resume", id).session(guardianSession).with(csrf()))
                .andExpect(redirectedUrl("/onsite/permits/" + id));
        mvc.perform(post("/onsite/permits/{id}/complete", id).session(guardianSession).with(csrf()))
                .andExpect(redirectedUrl("/onsite/permits/" + id));
        mvc.perform(post("/onsite/permits/{id}/accept", id).session(guardianSession).with(csrf()))
                .andExpect(redirectedUrl("/onsite/permits/" + id));
        mvc.perform(post("/onsite/permits/{id}/accept", id).session(signIn(welderUser)).with(csrf()))
                .andExpect(redirectedUrl("/onsite/permits/" + id));
        mvc.perform(get("/onsite/permits/{id}", id).session(guardianSession))
                .andExpect(content().string(containsString("已验收关闭")));

        mvc.perform(get("/onsite/permits/{id}", id).session(signIn("yz-admin"))).andExpect(status().isNotFound());
        mvc.perform(post("/onsite/permits/{id}/start", id).session(signIn("yz-admin")).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void board_lists_the_live_permits_of_a_site_and_streams_refresh_events() throws Exception {
        String id = approvedHotWork();
        MockHttpSession safety = signIn("safety");
        mvc.perform(get("/onsite/board/{site}", f.siteId).session(safety))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("/onsite/permits/" + id), 
                        containsString("content=\"/live?site=" + f.siteId + "\""),
                        containsString("live-refresh from:body, every 15s"))));
        mvc.perform(get("/onsite/board/{site}", f.siteId).session(safety).header("HX-Request", "true"))
                .andExpect(content().string(allOf(containsString("/onsite/permits/" + id), not(containsString("<html")))));
        mvc.perform(get("/live").param("site", f.siteId).session(safety))
                .andExpect(request().asyncStarted())
                .andExpect(header().string("Content-Type", startsWith("text/event-stream")));
        mvc.perform(get("/live").param("site", f.siteId).session(signIn("yz-admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/onsite/board/{site}", f.siteId).session(signIn("yz-admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/onsite/board/{site}", f.siteId).session(signIn("worker"))).andExpect(status().isForbidden());
    }

    @Test
    void the_board_counts_each_permits_check_ins_and_the_analysts_list_shows_each_permits_latest_analysis()
            throws Exception {
        PermitFixtures.ActiveWork first = f.readyHotWork(clock, "看板计数甲", "看板监护甲");
        PermitFixtures.ActiveWork second = f.readyHotWork(clock, "看板计数乙", "看板监护乙");
        String board = mvc.perform(get("/onsite/board/{site}", f.siteId).session(signIn("safety")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String analyses = mvc.perform(get("/onsite/gas-tests").session(signIn("analyst")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (PermitFixtures.ActiveWork work : List.of(first, second)) {
            assertThat(card(board, "/onsite/permits/" + work.permitId() + "\""))
                    .contains("已签到:").containsPattern("二维码\\s+2");
            assertThat(card(analyses, "/onsite/permits/" + work.permitId() + "/gas-test\""))
                    .contains("合格 · ").doesNotContain("还没有气体分析");
        }
    }

    /** The list item of a page that holds this link. */
    static String card(String html, String link) {
        int at = html.indexOf(link);
        assertThat(at).as("a card linking to " + link).isNotNegative();
        return html.substring(html.lastIndexOf("<li", at), html.indexOf("</li>", at));
    }

    @Test
    void home_shows_the_on_site_tiles_by_role() throws Exception {
        mvc.perform(get("/").session(signIn("worker"))).andExpect(content().string(containsString("/onsite/today")));
        mvc.perform(get("/").session(signIn("safety"))).andExpect(content().string(containsString("/onsite/board")));
        mvc.perform(get("/").session(signIn("analyst"))).andExpect(content().string(containsString("/onsite/gas-tests")));
        mvc.perform(get("/onsite/today").session(signIn("admin"))).andExpect(content().string(containsString("尚未关联")));
    }
}
