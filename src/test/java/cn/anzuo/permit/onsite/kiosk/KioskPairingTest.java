package cn.anzuo.permit.onsite.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.permit.onsite.domain.Checkpoints;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.MutableClock;
import cn.anzuo.support.Unique;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** A gate kiosk is a paired device: a one-time code, then a device secret that shows codes and nothing else. */
@AnzuoTest
class KioskPairingTest {

    @Autowired MockMvc mvc;
    @Autowired ApiClient api;
    @Autowired MutableClock clock;
    @Autowired Checkpoints checkpoints;

    UUID checkpointId;
    String checkpointCode;

    @BeforeEach
    void checkpoint() throws Exception {
        clock.fixAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        List<String> sites = ApiClient.read(api.get("admin", "/api/v1/sites?size=100"), "$.items[?(@.code == 'TF-01')].id");
        List<String> companies = ApiClient.read(api.get("admin", "/api/v1/sites?size=100"),
                "$.items[?(@.code == 'TF-01')].companyId");
        Checkpoints.Created created = checkpoints.create(UUID.fromString(companies.getFirst()),
                UUID.fromString(sites.getFirst()), Unique.code("kiosk"), Checkpoints.Kind.QR);
        checkpointId = created.checkpoint().id();
        checkpointCode = created.checkpoint().code();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(ApiClient.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn().getRequest().getSession();
    }

    String newPairingCode(MockHttpSession admin) throws Exception {
        String page = mvc.perform(post("/admin/checkpoints/{id}/kiosks", checkpointId).session(admin).with(csrf())
                        .param("name", "东门平板"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("http://localhost/kiosk/pair");
        Matcher m = Pattern.compile("id=\"pairing-code\">([A-Z0-9]{4}-[A-Z0-9]{4})<").matcher(page);
        assertThat(m.find()).as("pairing code on the page").isTrue();
        return m.group(1);
    }

    Cookie pair(String code) throws Exception {
        var response = mvc.perform(post("/kiosk/pair").with(csrf()).param("code", code.toLowerCase()))
                .andExpect(redirectedUrl("/kiosk/screen"))
                .andReturn().getResponse();
        assertThat(response.getHeader("Set-Cookie")).contains("anzuo_kiosk=", "HttpOnly", "SameSite=Strict", "Path=/kiosk");
        return response.getCookie("anzuo_kiosk");
    }

    @Test
    void a_paired_kiosk_shows_its_checkpoints_code_without_anybodys_login() throws Exception {
        mvc.perform(get("/kiosk/screen")).andExpect(redirectedUrl("/kiosk/pair"));
        mvc.perform(get("/kiosk/pair")).andExpect(status().isOk()).andExpect(content().string(containsString("打卡屏配对")));

        Cookie kiosk = pair(newPairingCode(signIn("admin")));

        String code = checkpoints.currentCode(checkpointId);
        mvc.perform(get("/kiosk/screen").cookie(kiosk))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(code.substring(0, 3) + " " + code.substring(3)),
                        containsString("aria-label=\"" + code + "\""), containsString(checkpointCode),
                        containsString("一号罐区"), containsString("hx-trigger=\"every 5s"), not(containsString("<script>")))));
        mvc.perform(get("/kiosk/screen").cookie(kiosk).header("HX-Request", "true"))
                .andExpect(content().string(allOf(containsString(code.substring(0, 3)), not(containsString("<html")))));
        byte[] png = mvc.perform(get("/kiosk/screen/qr.png").cookie(kiosk))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andReturn().getResponse().getContentAsByteArray();
        String url = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(
                ImageIO.read(new ByteArrayInputStream(png))))),
                java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
        assertThat(url).endsWith("/onsite/check-in?cp=" + checkpointCode + "&code=" + code);
        // A paired tablet opening the pairing page again goes straight to its screen.
        mvc.perform(get("/kiosk/pair").cookie(kiosk)).andExpect(redirectedUrl("/kiosk/screen"));
    }

    @Test
    void the_device_secret_opens_nothing_but_the_kiosk_screen() throws Exception {
        Cookie kiosk = pair(newPairingCode(signIn("admin")));
        for (String path : List.of("/", "/onsite/today", "/admin/sites", "/admin/checkpoints/" + checkpointId + "/kiosks")) {
            mvc.perform(get(path).cookie(kiosk)).andExpect(redirectedUrl("/login"));
        }
        mvc.perform(get("/api/v1/me").cookie(kiosk)).andExpect(status().isUnauthorized());
        mvc.perform(get("/kiosk/screen").cookie(new Cookie("anzuo_kiosk", kiosk.getValue() + "x")))
                .andExpect(redirectedUrl("/kiosk/pair"));
        mvc.perform(get("/kiosk/screen/qr.png").cookie(new Cookie("anzuo_kiosk", "not-a-device")))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_pairing_code_works_once_and_for_ten_minutes() throws Exception {
        MockHttpSession admin = signIn("admin");
        String once = newPairingCode(admin);
        pair(once);
        mvc.perform(post("/kiosk/pair").with(csrf()).param("code", once))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("配对码无效、已用过或已过期")));

        String late = newPairingCode(admin);
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        mvc.perform(post("/kiosk/pair").with(csrf()).param("code", late)).andExpect(status().isUnprocessableContent());
        mvc.perform(get("/admin/checkpoints/{id}/kiosks", checkpointId).session(admin))
                .andExpect(content().string(allOf(containsString("东门平板"), containsString("已配对"),
                        containsString("配对码已过期"))));
    }

    @Test
    void a_revoked_kiosk_goes_back_to_the_pairing_page() throws Exception {
        MockHttpSession admin = signIn("admin");
        Cookie kiosk = pair(newPairingCode(admin));
        String deviceId = kiosk.getValue().substring(0, kiosk.getValue().indexOf('.'));
        mvc.perform(post("/admin/checkpoints/{c}/kiosks/{d}/revoke", checkpointId, deviceId).session(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/checkpoints/" + checkpointId + "/kiosks"));
        mvc.perform(get("/kiosk/screen").cookie(kiosk)).andExpect(redirectedUrl("/kiosk/pair"));
        mvc.perform(get("/kiosk/screen").cookie(kiosk).header("HX-Request", "true"))
                .andExpect(status().isNoContent())
                .andExpect(header().string("HX-Redirect", "/kiosk/pair"));
    }

    @Test
    void only_administrators_who_see_the_company_pair_kiosks() throws Exception {
        mvc.perform(get("/admin/checkpoints/{id}/kiosks", checkpointId).session(signIn("yz-admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/checkpoints/{id}/kiosks", checkpointId).session(signIn("worker")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/checkpoints/{id}/kiosks", checkpointId).session(signIn("safety")))
                .andExpect(status().isOk());
    }
}
