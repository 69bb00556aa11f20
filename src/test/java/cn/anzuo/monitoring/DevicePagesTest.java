package cn.anzuo.monitoring;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.permit.PermitFixtures;
import cn.anzuo.permit.domain.HolidayCalendar;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.Unique;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** 设备管理: the company admin registers a device (its secret shown once), calibrates, disables it, gives it a new secret. */
@AnzuoTest
class DevicePagesTest {

    @Autowired MockMvc mvc;
    @Autowired ApiClient api;
    @Autowired HolidayCalendar holidays;
    @Autowired Devices devices;

    PermitFixtures f;

    @BeforeEach
    void fixtures() throws Exception {
        f = new PermitFixtures(api, holidays);
    }

    MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password("anzuo-demo"))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession();
    }

    @Test
    void the_company_admin_registers_calibrates_disables_and_rotates_a_device() throws Exception {
        MockHttpSession admin = signIn("admin");
        String code = Unique.code("GD");
        mvc.perform(post("/admin/devices").param("code", " ").param("kind", "GAS_DETECTOR").param("siteId", f.siteId)
                .with(csrf()).session(admin)).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"code-error\"")))
                .andExpect(content().string(containsString("请填写设备编码")));
        mvc.perform(post("/admin/devices").param("code", code).param("kind", "GAS_DETECTOR").param("siteId", f.siteId)
                .param("calibratedOn", "2026-06-01").with(csrf()).session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"device-secret\"")))
                .andExpect(content().string(containsString("anzuo/devices/" + code + "/telemetry")));
        mvc.perform(post("/admin/devices").param("code", code).param("kind", "CAMERA").param("siteId", f.siteId)
                .with(csrf()).session(admin)).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"code-error\"")));
        mvc.perform(get("/admin/devices").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString(code)))
                .andExpect(content().string(containsString("离线")))
                .andExpect(content().string(containsString("校准于 2026-06-01")));
        String id = devices.byCode(code).orElseThrow().id().toString();
        mvc.perform(post("/admin/devices/{id}", id).param("calibratedOn", "2026-11-30").with(csrf()).session(admin))
                .andExpect(redirectedUrl("/admin/devices"));
        mvc.perform(post("/admin/devices/{id}", id).param("enabled", "false").with(csrf()).session(admin))
                .andExpect(redirectedUrl("/admin/devices"));
        org.assertj.core.api.Assertions.assertThat(devices.byCode(code).orElseThrow())
                .satisfies(d -> org.assertj.core.api.Assertions.assertThat(d.enabled()).isFalse())
                .satisfies(d -> org.assertj.core.api.Assertions.assertThat(d.calibratedOn()).hasToString("2026-11-30"));
        mvc.perform(post("/admin/devices/{id}/secret", id).with(csrf()).session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"device-secret\"")));

        mvc.perform(get("/admin/devices").session(signIn("safety"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/devices/{id}/secret", id).with(csrf()).session(signIn("yz-admin")))
                .andExpect(status().isNotFound());
    }
}
