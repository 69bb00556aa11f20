package cn.anzuo.permit;

import static cn.anzuo.permit.PermitFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.permit.domain.HolidayCalendar;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.permit.onsite.domain.Totp;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.IdNumbers;
import cn.anzuo.support.MutableClock;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.jayway.jsonpath.JsonPath;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * API.md "Archive and audit", {@code GET /permits/{id}/pdf}: every type prints as its GB 30871 Annex A form,
 * with the form's title, the number, the level, the people and item 16 as real (extractable) text; the pages
 * are rendered to target/pdf-pages/ for a person to look at.
 */
@AnzuoTest
class PermitPdfAnnexATest {

    static final Path PAGES = Path.of("target", "pdf-pages");
    static final String OTHER_MEASURES = "作业点下风向设专人警戒，配备正压式空气呼吸器 2 套";

    @Autowired ApiClient api;
    @Autowired HolidayCalendar holidays;
    @Autowired MutableClock clock;

    PermitFixtures f;
    LocalDate day;

    @BeforeEach
    void fixtures() throws Exception {
        f = new PermitFixtures(api, holidays);
        day = f.workday();
    }

    @ParameterizedTest(name = "{0} prints as {1}")
    @CsvSource({
            "HOT_WORK,       动火安全作业票,     火工甲, 火监护, '\"level\":\"SPECIAL\"'",
            "CONFINED_SPACE, 受限空间安全作业票,  罐工乙, 罐监护, ",
            "BLIND_PLATE,    盲板抽堵安全作业票,  管工丙, 管监护, ",
            "HEIGHT,         高处安全作业票,     架工丁, 架监护, '\"heightMeters\":12.5'",
            "LIFTING,        吊装安全作业票,     吊工戊, 吊监护, '\"loadTonnes\":120'",
            "TEMP_POWER,     临时用电安全作业票,  电工己, 电监护, ",
            "EXCAVATION,     动土安全作业票,     土工庚, 土监护, ",
            "ROAD_CLOSURE,   断路安全作业票,     路工辛, 路监护, "})
    void every_type_prints_as_its_annex_a_form_with_number_level_and_names(String type, String title, String leaderName,
            String guardianName, String extra) throws Exception {
        String[] items = requiredItems(type);
        String worker = f.worker(leaderName, items);
        String guardian = f.worker(guardianName, "GUARDIAN");
        String more = "\"otherMeasures\":\"" + OTHER_MEASURES + "\"" + (extra == null ? "" : "," + extra);
        String request = f.request(type, null, at(day, 9, 0), at(day, 11, 0), worker, List.of(worker), guardian, more);
        if (type.equals("HOT_WORK")) {
            request = request.replace("\"level\":null,", "");
        }
        var created = api.post("leader", "/api/v1/permits", request).andExpect(status().isCreated());
        String id = ApiClient.read(created, "$.id");
        String number = ApiClient.read(created, "$.number");
        String level = ApiClient.read(created, "$.level");
        approveWithSignatures(id);

        byte[] pdf = api.get("auditor", "/api/v1/permits/{id}/pdf", id)
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(title, number, leaderName, guardianName, OTHER_MEASURES,
                    "其他安全措施", "安全措施", "审批意见", "同意");
            if (level != null) {
                String chinese = PermitLevel.valueOf(level).chinese();
                assertThat(text).as("the level is marked").containsAnyOf("☑" + chinese, "■" + chinese);
            }
            assertThat(text).as("ID numbers only masked").doesNotContainPattern(IdNumbers.CLEAR);
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110);
            Files.createDirectories(PAGES);
            ImageIO.write(page, "png", PAGES.resolve(type + ".png").toFile());
            Files.write(PAGES.resolve(type + ".pdf"), pdf);
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void a_permit_at_work_prints_its_gas_analyses_check_ins_shift_check_and_photos() throws Exception {
        clock.fixAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        try {
            PermitFixtures.Crew crew = f.crew("现场印焊", "现场印护");
            String id = ApiClient.read(api.post("leader", "/api/v1/permits", f.request("HOT_WORK", "LEVEL_2", now(5),
                    now(120), crew.welder(), List.of(crew.welder()), crew.guardian(), null))
                    .andExpect(status().isCreated()), "$.id");
            approveWithSignatures(id);
            api.post("analyst", "/api/v1/permits/{id}/gas-tests", """
                    {"sampledAt":"%s","samplePoint":"T-201 法兰 10 m 内","readings":%s}"""
                    .formatted(now(0), PermitLifecycleApiTest.PASSING), id).andExpect(status().isCreated());
            api.post("shift", "/api/v1/permits/{id}/shift-check", "", id).andExpect(status().isOk());
            for (String[] person : List.of(new String[] {crew.welderUser(), crew.welder()},
                    new String[] {crew.guardianUser(), crew.guardian()})) {
                api.post(person[0], "/api/v1/permits/{id}/check-ins", """
                        {"workerId":"%s","method":"QR","checkpointCode":"%s","proof":"%s","latitude":%s,"longitude":%s,"accuracyMeters":10}"""
                        .formatted(person[1], crew.checkpoint(), Totp.code(crew.secret(), Totp.step(clock.instant())),
                                PermitLifecycleApiTest.LAT, PermitLifecycleApiTest.LON), id)
                        .andExpect(status().isCreated());
            }
            clock.advance(Duration.ofMinutes(5));
            api.post(crew.guardianUser(), "/api/v1/permits/{id}/start", "", id).andExpect(jsonPath("$.status").value("ACTIVE"));
            api.mvc().perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                            .multipart("/api/v1/permits/{id}/photos", id)
                            .file(new org.springframework.mock.web.MockMultipartFile("file", "site.png", "image/png", sitePhoto()))
                            .param("latitude", "32.263150").param("longitude", "118.791540").param("kind", "SITE")
                            .header("Authorization", "Bearer " + api.token(crew.welderUser())))
                    .andExpect(status().isCreated());

            byte[] pdf = api.get("leader", "/api/v1/permits/{id}/pdf", id).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsByteArray();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document);
                assertThat(text).contains("气体分析", "T-201 法兰 10 m 内", "CH4 0.3 %VOL", "合格", "现场签到", "现场印焊",
                        "现场印护", "当班班长验票", "现场照片", "记录链完整");
                Files.createDirectories(PAGES);
                Files.write(PAGES.resolve("HOT_WORK-at-work.pdf"), pdf);
                PDFRenderer renderer = new PDFRenderer(document);
                for (int i = 0; i < document.getNumberOfPages(); i++) {
                    ImageIO.write(renderer.renderImageWithDPI(i, 110), "png",
                            PAGES.resolve("HOT_WORK-at-work-" + (i + 1) + ".png").toFile());
                }
            }
        } finally {
            clock.reset();
        }
    }

    OffsetDateTime now(long plusMinutes) {
        return clock.instant().plus(Duration.ofMinutes(plusMinutes)).atOffset(ZoneOffset.ofHours(8));
    }

    static byte[] sitePhoto() throws Exception {
        BufferedImage image = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, new Color(0x60, 0x90, 0xC0), 0, 1200, new Color(0xD0, 0xC0, 0x90)));
        g.fillRect(0, 0, 1600, 1200);
        g.setColor(new Color(0x80, 0x80, 0x80));
        g.fillRect(300, 500, 1000, 300);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void the_qr_code_on_the_form_opens_the_permits_trace() throws Exception {
        String id = hotWork(null);
        byte[] pdf = api.get("leader", "/api/v1/permits/{id}/pdf", id).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(qrText(new PDFRenderer(document))).endsWith("/p/" + id);
        }
    }

    /**
     * The QR code of page 1, as a phone would read it. A whole A4 page at one resolution is missed now and then
     * (ZXing's finder, depending on the code's content; it failed once in CI at 200 dpi): a second resolution is tried.
     */
    static String qrText(PDFRenderer renderer) throws Exception {
        com.google.zxing.NotFoundException missed = null;
        for (int dpi : new int[] {200, 300}) {
            BufferedImage page = renderer.renderImageWithDPI(0, dpi);
            try {
                return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                        new BufferedImageLuminanceSource(page))), Map.of(DecodeHintType.TRY_HARDER, true)).getText();
            } catch (com.google.zxing.NotFoundException e) {
                missed = e;
            }
        }
        throw missed;
    }

    @Test
    void another_companys_permit_is_not_found_as_on_the_permit_itself() throws Exception {
        String id = hotWork(null);
        api.get("yz-admin", "/api/v1/permits/{id}", id).andExpect(status().isNotFound());
        api.get("yz-admin", "/api/v1/permits/{id}/pdf", id)
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void other_measures_longer_than_500_characters_are_refused() throws Exception {
        String welder = f.worker("长文焊工", "2.1");
        String guardian = f.worker("长文监护", "GUARDIAN");
        api.post("leader", "/api/v1/permits", f.request("HOT_WORK", "LEVEL_2", at(day, 9, 0), at(day, 11, 0), welder,
                        List.of(welder), guardian, "\"otherMeasures\":\"" + "措".repeat(501) + "\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        api.post("leader", "/api/v1/permits", f.request("HOT_WORK", "LEVEL_2", at(day, 9, 0), at(day, 11, 0), welder,
                        List.of(welder), guardian, "\"otherMeasures\":\"" + "措".repeat(500) + "\""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.otherMeasures").value("措".repeat(500)));
    }

    @Test
    void the_permit_page_shows_other_measures_and_links_its_printed_form() throws Exception {
        String id = hotWork("\"otherMeasures\":\"" + OTHER_MEASURES + "\"");
        var session = (org.springframework.mock.web.MockHttpSession) api.mvc()
                .perform(formLogin("/login").user("leader").password(ApiClient.DEMO_PASSWORD))
                .andReturn().getRequest().getSession();
        String page = api.mvc().perform(get("/permits/{id}", id).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(OTHER_MEASURES, "其他安全措施", "打印/PDF", "/p/" + id + "/pdf");
        api.mvc().perform(get("/p/{id}/pdf", id).session(session))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
    }

    String hotWork(String extra) throws Exception {
        String welder = f.worker("码焊工", "2.1");
        String guardian = f.worker("码监护", "GUARDIAN");
        return ApiClient.read(api.post("leader", "/api/v1/permits", f.request("HOT_WORK", "LEVEL_2", at(day, 9, 0),
                at(day, 11, 0), welder, List.of(welder), guardian, extra)).andExpect(status().isCreated()), "$.id");
    }

    /** The certificate items the company requires of the type's workers, as the catalog lists them. */
    String[] requiredItems(String type) throws Exception {
        List<String> items = JsonPath.read(api.get("leader", "/api/v1/catalog/work-types").andReturn().getResponse()
                .getContentAsString(), "$[?(@.type == '" + type + "')].requiredCertificateItems[*]");
        if (type.equals("TEMP_POWER") && !items.contains("1.2")) {
            items = new java.util.ArrayList<>(items);
            items.add("1.2"); // the leader of temporary power must be an electrician too
        }
        return items.toArray(String[]::new);
    }

    /** Every step approved by its approver, each with a drawn signature. */
    void approveWithSignatures(String id) throws Exception {
        for (int i = 0; i < 6; i++) {
            String body = api.get("leader", "/api/v1/permits/{id}", id).andReturn().getResponse().getContentAsString();
            List<Map<String, Object>> open = JsonPath.read(body, "$.approvalSteps[?(@.status == 'PENDING')]");
            if (open.isEmpty()) {
                return;
            }
            String role = open.getFirst().get("role").toString();
            api.post(PermitLifecycleApiTest.APPROVER_OF.get(role), "/api/v1/permits/{id}/approvals",
                    "{\"decision\":\"APPROVE\",\"comment\":\"措施落实，同意作业\",\"signature\":\"%s\"}".formatted(signature()),
                    id).andExpect(status().isOk());
        }
    }

    static String signature() throws Exception {
        BufferedImage image = new BufferedImage(240, 80, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x10, 0x20, 0x80));
        g.setStroke(new BasicStroke(4));
        g.drawPolyline(new int[] {10, 40, 70, 95, 130, 160, 200, 230}, new int[] {60, 20, 55, 25, 60, 15, 50, 30}, 8);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
