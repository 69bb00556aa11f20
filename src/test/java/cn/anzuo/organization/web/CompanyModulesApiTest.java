package cn.anzuo.organization.web;

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

import cn.anzuo.organization.CheckInIdentity;
import cn.anzuo.organization.CompanyModules;
import cn.anzuo.organization.CompanyModulesChanged;
import cn.anzuo.organization.OptionalModule;
import cn.anzuo.organization.Organization;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.security.Role;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** GET|PUT /companies/{id}/modules, the admin page, the home tiles, the effective policy, and nothing lost. */
@AnzuoTest
@RecordApplicationEvents
class CompanyModulesApiTest {

    static final String ALL_ON = """
            {"monitoring":true,"identity":true,"archive":true,"analytics":true,"hazards":true,"riskRules":true}""";

    @Autowired MockMvc mvc;
    @Autowired ApiClient api;
    @Autowired CompanyModules modules;
    @Autowired Organization organization;
    @Autowired ApplicationEvents events;

    String demoId;
    String yangzhouId;

    @BeforeEach
    void ids() throws Exception {
        demoId = ApiClient.read(api.get("admin", "/api/v1/me"), "$.companyId");
        yangzhouId = ApiClient.read(api.get("yz-admin", "/api/v1/me"), "$.companyId");
    }

    @AfterEach
    void everythingBackOn() throws Exception {
        api.put("admin", "/api/v1/companies/{id}/modules", ALL_ON, demoId).andExpect(status().isOk());
        api.put("yz-admin", "/api/v1/companies/{id}/modules", ALL_ON, yangzhouId).andExpect(status().isOk());
    }

    MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(ApiClient.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession();
    }

    @Test
    void every_module_is_on_by_default() throws Exception {
        api.get("yz-admin", "/api/v1/companies/{id}/modules", yangzhouId)
                .andExpect(status().isOk())
                .andExpect(content().json(ALL_ON, true));
    }

    @Test
    void a_put_switches_the_named_modules_only_and_publishes_one_event() throws Exception {
        api.put("admin", "/api/v1/companies/{id}/modules", """
                {"hazards":false,"identity":false}""", demoId)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hazards").value(false))
                .andExpect(jsonPath("$.identity").value(false))
                .andExpect(jsonPath("$.monitoring").value(true))
                .andExpect(jsonPath("$.riskRules").value(true));
        api.get("admin", "/api/v1/companies/{id}/modules", demoId).andExpect(jsonPath("$.hazards").value(false));
        assertThat(events.stream(CompanyModulesChanged.class)
                .filter(e -> e.companyId().toString().equals(demoId)))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.switchedOff()).containsExactlyInAnyOrder(OptionalModule.HAZARDS, OptionalModule.IDENTITY);
                    assertThat(e.switchedOn()).isEmpty();
                });
        assertThat(modules.enabled(UUID.fromString(demoId), OptionalModule.HAZARDS)).isFalse();
        assertThat(modules.enabled(UUID.fromString(yangzhouId), OptionalModule.HAZARDS)).as("another company").isTrue();
    }

    @Test
    void another_companys_modules_are_404_and_a_user_without_the_role_403() throws Exception {
        api.get("yz-admin", "/api/v1/companies/{id}/modules", demoId).andExpect(status().isNotFound());
        api.put("yz-admin", "/api/v1/companies/{id}/modules", "{\"hazards\":false}", demoId)
                .andExpect(status().isNotFound());
        api.get("admin", "/api/v1/companies/{id}/modules", UUID.randomUUID()).andExpect(status().isNotFound());
        api.get("safety", "/api/v1/companies/{id}/modules", demoId)
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("FORBIDDEN"));
        api.put("safety", "/api/v1/companies/{id}/modules", "{\"hazards\":false}", demoId)
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("FORBIDDEN"));
        mvc.perform(get("/api/v1/companies/{id}/modules", demoId)).andExpect(status().isUnauthorized());
        assertThat(modules.enabled(UUID.fromString(demoId), OptionalModule.HAZARDS)).isTrue();
    }

    @Test
    void a_switched_off_module_refuses_its_own_companys_users_only() throws Exception {
        api.put("admin", "/api/v1/companies/{id}/modules", "{\"hazards\":false}", demoId).andExpect(status().isOk());
        api.get("safety", "/api/v1/hazards").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("MODULE_DISABLED"))
                .andExpect(jsonPath("$.module").value("hazards"));
        api.get("yz-admin", "/api/v1/hazards").andExpect(status().isOk());
    }

    @Test
    void switched_off_modules_leave_the_home_page_and_come_back() throws Exception {
        MockHttpSession admin = signIn("admin");
        mvc.perform(get("/").session(admin)).andExpect(content().string(containsString("href=\"/hazards/new\"")))
                .andExpect(content().string(containsString("href=\"/dashboard\"")))
                .andExpect(content().string(containsString("href=\"/me/passkeys\"")));
        mvc.perform(get("/admin").session(admin)).andExpect(content().string(containsString("href=\"/admin/devices\"")))
                .andExpect(content().string(containsString("href=\"/admin/modules\"")));
        api.put("admin", "/api/v1/companies/{id}/modules", """
                {"hazards":false,"analytics":false,"identity":false,"monitoring":false}""", demoId).andExpect(status().isOk());

        mvc.perform(get("/").session(admin))
                .andExpect(content().string(not(containsString("href=\"/hazards/new\""))))
                .andExpect(content().string(not(containsString("href=\"/dashboard\""))))
                .andExpect(content().string(not(containsString("href=\"/briefings\""))))
                .andExpect(content().string(not(containsString("href=\"/alarms\""))))
                .andExpect(content().string(not(containsString("href=\"/me/passkeys\""))));
        mvc.perform(get("/admin").session(admin))
                .andExpect(content().string(not(containsString("href=\"/admin/devices\""))))
                .andExpect(content().string(containsString("href=\"/admin/modules\"")));
        mvc.perform(get("/me/password").session(admin)).andExpect(content().string(not(containsString("/me/passkeys"))));
        mvc.perform(get("/hazards").session(admin)).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("“隐患排查”未开通")));

        api.put("admin", "/api/v1/companies/{id}/modules", ALL_ON, demoId).andExpect(status().isOk());
        mvc.perform(get("/").session(admin)).andExpect(content().string(containsString("href=\"/hazards/new\"")))
                .andExpect(content().string(containsString("href=\"/me/passkeys\"")));
    }

    @Test
    void the_admin_page_switches_with_checkboxes_an_unticked_one_is_off() throws Exception {
        MockHttpSession admin = signIn("admin");
        mvc.perform(get("/admin/modules").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("功能模块")))
                .andExpect(content().string(containsString("name=\"on\" value=\"riskRules\" checked")));
        mvc.perform(post("/admin/modules").session(admin).with(csrf())
                        .param("on", "monitoring", "identity", "archive", "analytics", "riskRules"))
                .andExpect(redirectedUrl("/admin/modules"));
        assertThat(modules.settings(UUID.fromString(demoId))).containsEntry(OptionalModule.HAZARDS, false)
                .containsEntry(OptionalModule.MONITORING, true);
        mvc.perform(get("/admin/modules").session(admin))
                .andExpect(content().string(containsString("name=\"on\" value=\"hazards\">")));
        mvc.perform(get("/admin/modules").session(signIn("safety"))).andExpect(status().isForbidden());
    }

    @Test
    void switching_back_on_restores_every_record() throws Exception {
        String before = api.get("admin", "/api/v1/hazards?companyId=" + demoId).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        api.put("admin", "/api/v1/companies/{id}/modules", "{\"hazards\":false}", demoId).andExpect(status().isOk());
        api.get("admin", "/api/v1/hazards?companyId=" + demoId).andExpect(status().isForbidden());
        api.put("admin", "/api/v1/companies/{id}/modules", "{\"hazards\":true}", demoId).andExpect(status().isOk());
        api.get("admin", "/api/v1/hazards?companyId=" + demoId).andExpect(status().isOk())
                .andExpect(content().json(before, true));
    }

    @Test
    void without_the_identity_module_check_in_is_qr_and_geofence_only_and_the_configured_policy_stays() throws Exception {
        UUID demo = UUID.fromString(demoId);
        CurrentUser by = new CurrentUser(UUID.randomUUID(), "t", "t", demo, Set.of(Role.COMPANY_ADMIN), null);
        var configured = organization.configuredPolicy(demo);
        Map<OptionalModule, Boolean> off = new EnumMap<>(OptionalModule.class);
        off.put(OptionalModule.IDENTITY, false);
        modules.change(by, demo, off);
        assertThat(organization.policy(demo).checkInMethods()).isEqualTo(List.of("QR"));
        assertThat(organization.policy(demo).checkInIdentity()).isEqualTo(CheckInIdentity.NONE);
        assertThat(organization.configuredPolicy(demo)).isEqualTo(configured);
        off.put(OptionalModule.IDENTITY, true);
        modules.change(by, demo, off);
        assertThat(organization.policy(demo)).isEqualTo(configured);
    }
}
