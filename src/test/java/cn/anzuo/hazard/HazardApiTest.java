package cn.anzuo.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.hazard.domain.Hazards;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** API.md "Hazards": each transition and each refusal; overdue reminders once a day. */
@AnzuoTest
class HazardApiTest {

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};

    @Autowired ApiClient api;
    @Autowired MutableClock clock;
    @Autowired Hazards hazards;

    String site;
    String leaderId;

    @BeforeEach
    void fixtures() throws Exception {
        clock.fixAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        site = ApiClient.read(api.get("worker", "/api/v1/sites"), "$.items[0].id");
        leaderId = ApiClient.read(api.get("leader", "/api/v1/me"), "$.id");
    }

    @AfterEach
    void reset() {
        clock.reset();
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
    }

    String reported() throws Exception {
        String photo = ApiClient.read(api.upload("worker", "/api/v1/hazards/photos", "hazard.jpg", JPEG)
                .andExpect(status().isCreated()), "$.id");
        return ApiClient.read(api.post("worker", "/api/v1/hazards", """
                {"siteId":"%s","description":"东侧脚手架缺扣件","latitude":32.26,"longitude":118.79,"photoId":"%s"}"""
                .formatted(site, photo)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("REPORTED")), "$.id");
    }

    @Test
    void a_hazard_goes_reported_assigned_fixed_back_to_assigned_fixed_closed() throws Exception {
        String id = reported();
        api.post("worker", "/api/v1/hazards/{id}/assign", "{\"assigneeUserId\":\"%s\",\"dueOn\":\"%s\"}"
                .formatted(leaderId, today().plusDays(2)), id).andExpect(status().isForbidden());
        api.post("safety", "/api/v1/hazards/{id}/fix", "{\"note\":\"x\"}", id).andExpect(status().isForbidden());
        api.post("safety", "/api/v1/hazards/{id}/verify", "{\"accepted\":true}", id).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ILLEGAL_TRANSITION"));
        api.post("safety", "/api/v1/hazards/{id}/assign", "{\"assigneeUserId\":\"%s\",\"dueOn\":\"%s\"}"
                .formatted(leaderId, today().minusDays(1)), id).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("DUE_DATE_PAST"));
        api.post("safety", "/api/v1/hazards/{id}/assign", "{\"assigneeUserId\":\"%s\",\"dueOn\":\"%s\"}"
                .formatted(java.util.UUID.randomUUID(), today()), id).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("UNKNOWN_ASSIGNEE"));
        api.post("safety", "/api/v1/hazards/{id}/assign", "{\"assigneeUserId\":\"%s\",\"dueOn\":\"%s\"}"
                .formatted(leaderId, today().plusDays(2)), id).andExpect(jsonPath("$.status").value("ASSIGNED"));
        api.post("worker", "/api/v1/hazards/{id}/fix", "{\"note\":\"已补齐\"}", id).andExpect(status().isForbidden());
        api.post("leader", "/api/v1/hazards/{id}/fix", "{\"note\":\"\"}", id).andExpect(status().is4xxClientError());
        api.post("leader", "/api/v1/hazards/{id}/fix", "{\"note\":\"已补齐扣件\"}", id).andExpect(jsonPath("$.status").value("FIXED"));
        api.post("leader", "/api/v1/hazards/{id}/fix", "{\"note\":\"again\"}", id).andExpect(status().isConflict());
        api.post("safety", "/api/v1/hazards/{id}/verify", "{\"accepted\":false}", id)
                .andExpect(jsonPath("$.status").value("ASSIGNED")).andExpect(jsonPath("$.rejections").value(1));
        api.post("leader", "/api/v1/hazards/{id}/fix", "{\"note\":\"全部更换\"}", id).andExpect(jsonPath("$.status").value("FIXED"));
        clock.advance(Duration.ofHours(5));
        api.post("safety", "/api/v1/hazards/{id}/verify", "{\"accepted\":true}", id)
                .andExpect(jsonPath("$.status").value("CLOSED")).andExpect(jsonPath("$.closedAt").isString());
        api.post("safety", "/api/v1/hazards/{id}/assign", "{\"assigneeUserId\":\"%s\",\"dueOn\":\"%s\"}"
                .formatted(leaderId, today().plusDays(2)), id).andExpect(status().isConflict());
        api.get("safety", "/api/v1/hazards?status=CLOSED&size=200")
                .andExpect(jsonPath("$.items[?(@.id == '%s')]".formatted(id)).exists());
    }

    @Test
    void a_report_refuses_other_files_and_photos_of_others() throws Exception {
        api.upload("worker", "/api/v1/hazards/photos", "note.txt", "not an image".getBytes())
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("UNSUPPORTED_MEDIA"));
        String photo = ApiClient.read(api.upload("worker", "/api/v1/hazards/photos", "h.jpg", JPEG), "$.id");
        api.post("leader", "/api/v1/hazards", "{\"siteId\":\"%s\",\"description\":\"x\",\"photoId\":\"%s\"}"
                .formatted(site, photo)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("UNKNOWN_PHOTO"));
        api.post("leader", "/api/v1/hazards", "{\"siteId\":\"%s\",\"description\":\"\"}".formatted(site))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void an_overdue_hazard_is_reminded_once_a_day() throws Exception {
        String id = reported();
        api.post("safety", "/api/v1/hazards/{id}/assign", "{\"assigneeUserId\":\"%s\",\"dueOn\":\"%s\"}"
                .formatted(leaderId, today()), id).andExpect(status().isOk());
        hazards.remindOverdue(); // earlier hazards of other tests may be overdue; this one is not yet
        api.get("leader", "/api/v1/hazards/{id}", id).andExpect(jsonPath("$.overdue").value(false));
        clock.advance(Duration.ofDays(1));
        api.get("leader", "/api/v1/hazards/{id}", id).andExpect(jsonPath("$.overdue").value(true));
        assertThat(hazards.remindOverdue()).isGreaterThanOrEqualTo(1);
        assertThat(hazards.remindOverdue()).isZero();
        clock.advance(Duration.ofDays(1));
        assertThat(hazards.remindOverdue()).isGreaterThanOrEqualTo(1);
    }

    String assigned() throws Exception {
        String id = reported();
        api.post("safety", "/api/v1/hazards/{id}/assign", "{\"assigneeUserId\":\"%s\",\"dueOn\":\"%s\"}"
                .formatted(leaderId, today().plusDays(2)), id).andExpect(jsonPath("$.status").value("ASSIGNED"));
        return id;
    }

    String fixed() throws Exception {
        String id = assigned();
        api.post("leader", "/api/v1/hazards/{id}/fix", "{\"note\":\"已补齐扣件\"}", id)
                .andExpect(jsonPath("$.status").value("FIXED"));
        return id;
    }

    @Test
    void only_a_safety_officer_verifies_a_fix_and_the_assignee_cannot_close_their_own() throws Exception {
        String id = fixed();
        api.post("leader", "/api/v1/hazards/{id}/verify", "{\"accepted\":true}", id).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        api.post("worker", "/api/v1/hazards/{id}/verify", "{\"accepted\":false}", id).andExpect(status().isForbidden());
        api.get("safety", "/api/v1/hazards/{id}", id).andExpect(jsonPath("$.status").value("FIXED"));
    }

    @Test
    void a_reported_hazard_cannot_be_fixed_or_verified_before_it_is_assigned() throws Exception {
        String id = reported();
        // nobody is its assignee yet: the fix is refused as not theirs
        api.post("leader", "/api/v1/hazards/{id}/fix", "{\"note\":\"x\"}", id).andExpect(status().isForbidden());
        api.post("safety", "/api/v1/hazards/{id}/verify", "{\"accepted\":false}", id).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ILLEGAL_TRANSITION"));
    }

    @Test
    void an_assigned_hazard_cannot_be_verified_and_a_fixed_one_cannot_be_reassigned() throws Exception {
        String id = assigned();
        api.post("safety", "/api/v1/hazards/{id}/verify", "{\"accepted\":true}", id).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ILLEGAL_TRANSITION"));
        api.post("safety", "/api/v1/hazards/{id}/assign", "{\"assigneeUserId\":\"%s\",\"dueOn\":\"%s\"}"
                .formatted(leaderId, today().plusDays(5)), id).andExpect(jsonPath("$.status").value("ASSIGNED"))
                .andExpect(jsonPath("$.dueOn").value(today().plusDays(5).toString()));
        api.post("leader", "/api/v1/hazards/{id}/fix", "{\"note\":\"已补齐\"}", id).andExpect(status().isOk());
        api.post("safety", "/api/v1/hazards/{id}/assign", "{\"assigneeUserId\":\"%s\",\"dueOn\":\"%s\"}"
                .formatted(leaderId, today().plusDays(5)), id).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ILLEGAL_TRANSITION"));
    }

    @Test
    void a_closed_hazard_cannot_be_fixed_or_verified_again() throws Exception {
        String id = fixed();
        api.post("safety", "/api/v1/hazards/{id}/verify", "{\"accepted\":true}", id)
                .andExpect(jsonPath("$.status").value("CLOSED"));
        api.post("leader", "/api/v1/hazards/{id}/fix", "{\"note\":\"again\"}", id).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ILLEGAL_TRANSITION"));
        api.post("safety", "/api/v1/hazards/{id}/verify", "{\"accepted\":false}", id).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ILLEGAL_TRANSITION"));
    }

    @Test
    void another_companys_hazard_is_not_found_for_every_move() throws Exception {
        String id = fixed();
        // yz-safety is the safety officer of the subsidiary DEMO-YZ, which cannot see its parent's records
        api.get("yz-safety", "/api/v1/hazards/{id}", id).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
        api.post("yz-safety", "/api/v1/hazards/{id}/assign", "{\"assigneeUserId\":\"%s\",\"dueOn\":\"%s\"}"
                .formatted(leaderId, today().plusDays(2)), id).andExpect(status().isNotFound());
        api.post("yz-safety", "/api/v1/hazards/{id}/fix", "{\"note\":\"x\"}", id).andExpect(status().isNotFound());
        api.post("yz-safety", "/api/v1/hazards/{id}/verify", "{\"accepted\":true}", id).andExpect(status().isNotFound());
        api.post("yz-safety", "/api/v1/hazards", "{\"siteId\":\"%s\",\"description\":\"x\"}".formatted(site))
                .andExpect(status().isNotFound());
        String demo = ApiClient.read(api.get("safety", "/api/v1/me"), "$.companyId");
        api.get("yz-safety", "/api/v1/hazards?companyId={c}", demo).andExpect(status().isNotFound());
        api.get("safety", "/api/v1/hazards/{id}", id).andExpect(jsonPath("$.status").value("FIXED"));
    }
}
