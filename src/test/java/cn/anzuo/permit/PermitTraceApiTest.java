package cn.anzuo.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.permit.domain.HolidayCalendar;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * API.md "Archive and audit": every act on a permit lands in its hash chain; an outside verifier recomputes
 * the chain from the JSON alone; a changed or a removed row is reported, per permit and per company.
 */
@AnzuoTest
class PermitTraceApiTest {

    static final String ZEROS = "0".repeat(64);
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired ApiClient api;
    @Autowired HolidayCalendar holidays;
    @Autowired JdbcTemplate jdbc;
    @Autowired cn.anzuo.archive.domain.Retention retention;
    @Autowired java.time.Clock clock;

    /** A hot-work permit submitted, approved step by step, gas-tested and cancelled. */
    String tracedPermit(PermitFixtures f, PermitFixtures.Crew crew) throws Exception {
        var day = f.workday();
        String id = ApiClient.read(api.post("leader", "/api/v1/permits", f.request("HOT_WORK", "LEVEL_2",
                PermitFixtures.at(day, 9, 0), PermitFixtures.at(day, 11, 0), crew.welder(), List.of(crew.welder()),
                crew.guardian(), null)).andExpect(status().isCreated()), "$.id");
        for (int i = 0; i < 5; i++) {
            String status = ApiClient.read(api.get("leader", "/api/v1/permits/{id}", id), "$.status");
            if (!"PENDING_APPROVAL".equals(status)) {
                break;
            }
            List<Map<String, Object>> steps = com.jayway.jsonpath.JsonPath.read(api.get("leader", "/api/v1/permits/{id}", id)
                    .andReturn().getResponse().getContentAsString(), "$.approvalSteps[?(@.status == 'PENDING')]");
            String role = steps.getFirst().get("role").toString();
            api.post(PermitLifecycleApiTest.APPROVER_OF.get(role), "/api/v1/permits/{id}/approvals",
                    "{\"decision\":\"APPROVE\"}", id).andExpect(status().isOk());
        }
        api.post("leader", "/api/v1/permits/{id}/cancel", "{\"reason\":\"计划调整\"}", id).andExpect(status().isOk());
        return id;
    }

    @Test
    void an_outside_verifier_recomputes_the_chain_from_the_json_alone() throws Exception {
        PermitFixtures f = new PermitFixtures(api, holidays);
        String id = tracedPermit(f, f.crew("链焊工", "链监护"));
        String body = api.get("auditor", "/api/v1/permits/{id}/trace", id).andExpect(status().isOk())
                .andExpect(jsonPath("$.permitId").value(id))
                .andExpect(jsonPath("$.chainValid").value(true))
                .andExpect(jsonPath("$.events[0].type").value("SUBMITTED"))
                .andExpect(jsonPath("$.events[0].seq").value(1))
                .andExpect(jsonPath("$.events[0].prevHash").value(ZEROS))
                .andReturn().getResponse().getContentAsString();
        Map<String, Object> trace = JSON.readValue(body, Map.class);
        List<Map<String, Object>> events = (List<Map<String, Object>>) trace.get("events");
        List<String> types = events.stream().map(e -> e.get("type").toString()).toList();
        assertThat(types).startsWith("SUBMITTED").contains("APPROVED").endsWith("CANCELLED");
        api.get("auditor", "/api/v1/permits/{id}", id)
                .andExpect(jsonPath("$.flags[0]").value("APPROVED_IN_SECONDS"));

        String prev = ZEROS;
        for (Map<String, Object> event : events) {
            Map<String, Object> withoutHash = new TreeMap<>(event);
            String hash = (String) withoutHash.remove("hash");
            assertThat(event.get("prevHash")).isEqualTo(prev);
            assertThat(sha256(prev + "\n" + canonical(withoutHash))).isEqualTo(hash);
            prev = hash;
        }
    }

    @Test
    void a_changed_row_breaks_the_chain_and_a_deleted_one_is_reported() throws Exception {
        PermitFixtures f = new PermitFixtures(api, holidays);
        PermitFixtures.Crew crew = f.crew("改焊工", "改监护");
        String changed = tracedPermit(f, crew);
        String deleted = tracedPermit(f, crew);
        String intact = tracedPermit(f, crew);

        jdbc.update("update permit_trace set data = replace(data, '计划调整', '天气原因') where permit_id = ?::uuid and type = 'CANCELLED'",
                changed);
        jdbc.update("delete from permit_trace where permit_id = ?::uuid and seq = 2", deleted);

        api.get("auditor", "/api/v1/permits/{id}/trace", changed).andExpect(jsonPath("$.chainValid").value(false));
        api.get("auditor", "/api/v1/permits/{id}/trace", deleted).andExpect(jsonPath("$.chainValid").value(false));
        api.get("auditor", "/api/v1/permits/{id}/trace", intact).andExpect(jsonPath("$.chainValid").value(true));

        String body = api.get("auditor", "/api/v1/audit/verify?companyId={c}", f.companyId).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Map<String, Object> result = JSON.readValue(body, Map.class);
        assertThat(((Number) result.get("permitsChecked")).intValue()).isGreaterThanOrEqualTo(3);
        assertThat((List<String>) result.get("broken")).contains(changed, deleted).doesNotContain(intact);

        api.get("leader", "/api/v1/audit/verify?companyId={c}", f.companyId).andExpect(status().isForbidden());
    }

    @Test
    void the_qr_code_decodes_to_the_trace_url_and_the_trace_page_shows_every_event() throws Exception {
        PermitFixtures f = new PermitFixtures(api, holidays);
        String id = tracedPermit(f, f.crew("码焊工", "码监护"));
        byte[] png = api.get("leader", "/api/v1/permits/{id}/qr.png", id).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.IMAGE_PNG))
                .andReturn().getResponse().getContentAsByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        Result decoded = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image))), Map.of(DecodeHintType.CHARACTER_SET, "UTF-8",
                DecodeHintType.PURE_BARCODE, Boolean.TRUE)); // the PNG holds the code alone: no finder search
        assertThat(decoded.getText()).isEqualTo("http://localhost/p/" + id);

        MockHttpSession session = (MockHttpSession) api.mvc().perform(formLogin("/login").user("auditor")
                .password(ApiClient.DEMO_PASSWORD)).andReturn().getRequest().getSession();
        String page = api.mvc().perform(get("/p/{id}", id).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("记录链完整", "提交申请", "审批通过", "取消", "计划调整", "signatures/1.png");
        api.mvc().perform(get("/p/{id}/qr.png", id).session(session)).andExpect(status().isOk());
        String detail = api.mvc().perform(get("/permits/{id}", id).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("/p/" + id + "/qr.png");
    }

    @Test
    void a_live_photo_is_watermarked_hashed_and_traced() throws Exception {
        PermitFixtures f = new PermitFixtures(api, holidays);
        PermitFixtures.Crew crew = f.crew("照焊工", "照监护");
        String id = tracedPermit(f, crew);
        BufferedImage photo = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = photo.createGraphics();
        g.setColor(java.awt.Color.ORANGE);
        g.fillRect(0, 0, 640, 480);
        g.dispose();
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        ImageIO.write(photo, "png", png);

        String body = photo(crew.welderUser(), id, png.toByteArray(), "text/plain").andExpect(status().isCreated())
                .andExpect(jsonPath("$.watermarked").value(true))
                .andReturn().getResponse().getContentAsString();
        Map<String, Object> stored = JSON.readValue(body, Map.class);
        byte[] served = api.get(crew.welderUser(), "/api/v1/photos/{id}", stored.get("id"))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.IMAGE_PNG))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(sha256(served)).isEqualTo(stored.get("sha256"));
        BufferedImage watermarked = ImageIO.read(new ByteArrayInputStream(served));
        assertThat(watermarked.getRGB(5, 475)).isNotEqualTo(photo.getRGB(5, 475));
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/photo-watermarked.png"), served);

        api.get("auditor", "/api/v1/permits/{id}/trace", id).andExpect(jsonPath("$.chainValid").value(true))
                .andExpect(jsonPath("$.events[-1].type").value("PHOTO"))
                .andExpect(jsonPath("$.events[-1].data.sha256").value(stored.get("sha256")))
                .andExpect(jsonPath("$.events[-1].data.photoId").value(stored.get("id")));

        assertThat(retention.purgePhotos(clock.instant().plus(java.time.Duration.ofDays(1094)))).isZero();
        assertThat(retention.purgePhotos(clock.instant().plus(java.time.Duration.ofDays(1096)))).isPositive();
        api.get(crew.welderUser(), "/api/v1/photos/{id}", stored.get("id")).andExpect(status().isNotFound());
        api.get("auditor", "/api/v1/permits/{id}/trace", id).andExpect(jsonPath("$.chainValid").value(true));

        photo(crew.welderUser(), id, "not an image".getBytes(StandardCharsets.UTF_8), "image/jpeg")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("UNSUPPORTED_MEDIA"));
        photo("analyst", id, png.toByteArray(), "image/png")
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("PHOTO_NOT_ON_PERMIT"));
    }

    org.springframework.test.web.servlet.ResultActions photo(String user, String permitId, byte[] bytes, String claimed)
            throws Exception {
        return api.mvc().perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/api/v1/permits/{id}/photos", permitId)
                .file(new org.springframework.mock.web.MockMultipartFile("file", "site.png", claimed, bytes))
                .param("latitude", "32.263150").param("longitude", "118.791540").param("kind", "SITE")
                .header("Authorization", "Bearer " + api.token(user)));
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** An independent canonical form: keys sorted at every level, compact JSON (enough for the trace's values). */
    static String canonical(Object value) {
        return JSON.writeValueAsString(sorted(value));
    }

    static Object sorted(Object value) {
        if (value instanceof Map<?, ?> map) {
            TreeMap<String, Object> out = new TreeMap<>();
            map.forEach((k, v) -> out.put(k.toString(), sorted(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(sorted(v)));
            return out;
        }
        return value;
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
