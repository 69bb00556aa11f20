package cn.anzuo.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.archive.domain.Retention;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.MutableClock;
import cn.anzuo.support.Unique;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;

/**
 * Issue 12 item 8: a company administrator sets how long site photos keep their image (never below 365 days,
 * the property being the default); the retention job, on a fixed clock, honours it on both sides of the limit.
 */
@AnzuoTest
class RetentionSettingsApiTest {

    static final Instant T = Instant.parse("2026-12-01T02:00:00Z");

    @Autowired ApiClient api;
    @Autowired MutableClock clock;
    @Autowired Retention retention;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String company() throws Exception {
        String parent = ApiClient.read(api.get("admin", "/api/v1/me"), "$.companyId");
        return ApiClient.read(api.post("admin", "/api/v1/companies",
                "{\"code\":\"%s\",\"name\":\"存档单位\",\"parentId\":\"%s\"}".formatted(Unique.code("RET"), parent))
                .andExpect(status().isCreated()), "$.id");
    }

    UUID photo(String company, Instant takenAt) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into permit_photo (id, permit_id, company_id, kind, taken_at, uploaded_by, content_type, sha256, content)
                values (?, ?, ?, 'SITE', ?, ?, 'image/png', ?, ?)""", id, UUID.randomUUID(), UUID.fromString(company),
                Timestamp.from(takenAt), UUID.randomUUID(), "0".repeat(64), new byte[] {1, 2, 3});
        return id;
    }

    boolean purged(UUID photo) {
        return "purged".equals(jdbc.queryForObject("select content_type from permit_photo where id = ?", String.class, photo));
    }

    /** The job as it runs at night: at the clock's time. */
    void retentionJobAt(Instant now) {
        clock.fixAt(now);
        retention.scheduled();
    }

    @Test
    void photoRetention_below_365_days_is_refused_with_a_clear_problem_and_365_is_accepted() throws Exception {
        String company = company();
        api.put("admin", "/api/v1/companies/{id}/retention", "{\"photoRetentionDays\":364}", company)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("RETENTION_TOO_SHORT"))
                .andExpect(jsonPath("$.minimumDays").value(365))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("365")));
        api.put("admin", "/api/v1/companies/{id}/retention", "{\"photoRetentionDays\":365}", company)
                .andExpect(status().isOk()).andExpect(jsonPath("$.photoRetentionDays").value(365))
                .andExpect(jsonPath("$.companySetting").value(true));
        api.put("admin", "/api/v1/companies/{id}/retention", "{\"photoRetentionDays\":36501}", company)
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("RETENTION_TOO_LONG"));
        String own = ApiClient.read(api.get("auditor", "/api/v1/me"), "$.companyId");
        api.get("auditor", "/api/v1/companies/{id}/retention", own)
                .andExpect(status().isOk()).andExpect(jsonPath("$.permitRetention").value("KEPT_INDEFINITELY"))
                .andExpect(jsonPath("$.minimumPhotoRetentionDays").value(365));
    }

    @Test
    void only_a_company_administrator_changes_it_and_another_company_is_not_found() throws Exception {
        String company = company();
        api.put("auditor", "/api/v1/companies/{id}/retention", "{\"photoRetentionDays\":400}", company)
                .andExpect(status().isForbidden());
        String admin = Unique.username("ret-admin");
        api.post("admin", "/api/v1/users", """
                {"username":"%s","password":"long-enough","displayName":"子公司管理员","companyId":"%s","roles":["COMPANY_ADMIN"]}"""
                .formatted(admin, company)).andExpect(status().isCreated());
        api.token(admin, "long-enough");
        String demo = ApiClient.read(api.get("admin", "/api/v1/me"), "$.companyId");
        api.put(admin, "/api/v1/companies/{id}/retention", "{\"photoRetentionDays\":400}", demo).andExpect(status().isNotFound());
        api.get(admin, "/api/v1/companies/{id}/retention", demo).andExpect(status().isNotFound());
        api.put(admin, "/api/v1/companies/{id}/retention", "{\"photoRetentionDays\":400}", company).andExpect(status().isOk());
    }

    @Test
    void the_retention_job_keeps_a_photo_until_the_company_setting_and_empties_it_after() throws Exception {
        String company = company();
        api.put("admin", "/api/v1/companies/{id}/retention", "{\"photoRetentionDays\":400}", company).andExpect(status().isOk());
        UUID photo = photo(company, T);
        retentionJobAt(T.plus(Duration.ofDays(400)).minusSeconds(1));
        assertThat(purged(photo)).isFalse();
        retentionJobAt(T.plus(Duration.ofDays(400)).plusSeconds(1));
        assertThat(purged(photo)).isTrue();
        assertThat(jdbc.queryForObject("select sha256 from permit_photo where id = ?", String.class, photo)).hasSize(64);
    }

    @Test
    void without_a_company_setting_the_default_applies_on_both_sides() throws Exception {
        String company = company();
        api.get("admin", "/api/v1/companies/{id}/retention", company).andExpect(jsonPath("$.companySetting").value(false))
                .andExpect(jsonPath("$.photoRetentionDays").value(1095));
        UUID photo = photo(company, T);
        retentionJobAt(T.plus(Duration.ofDays(1095)).minusSeconds(1));
        assertThat(purged(photo)).isFalse();
        retentionJobAt(T.plus(Duration.ofDays(1095)).plusSeconds(1));
        assertThat(purged(photo)).isTrue();
    }

    @Test
    void the_settings_page_shows_what_is_kept_and_refuses_a_short_retention_beside_the_field() throws Exception {
        MockHttpSession admin = (MockHttpSession) api.mvc().perform(formLogin("/login").user("admin")
                .password(ApiClient.DEMO_PASSWORD)).andReturn().getRequest().getSession();
        String page = api.mvc().perform(get("/admin/retention").session(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("保存期限", "永久保存", "1095");
        String refused = api.mvc().perform(post("/admin/retention").session(admin).with(csrf())
                        .param("photoRetentionDays", "300"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("照片至少须保存 365 天");
    }
}
