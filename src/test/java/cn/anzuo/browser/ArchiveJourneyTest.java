package cn.anzuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.permit.onsite.domain.Totp;
import cn.anzuo.support.MutableClock;
import cn.anzuo.support.TestClockConfig;
import cn.anzuo.support.Unique;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.jayway.jsonpath.JsonPath;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Issue 12's journey, in real chromium on phones: the welder of a hot work under way takes a live photo on the
 * permit's record page ({@code /p/{id}}), which then shows it stamped with permit number, time and place; the auditor
 * scans the permit's QR code, opens the URL it holds and sees the whole trace with the chain intact; the auditor
 * draws the month's spot check, records a failure naming the welder, and the welder finds the warning in the inbox.
 *
 * <p>The photo: the page asks for {@code <input type="file" capture="environment">}, which hands the picture over to
 * the phone's camera app; headless chromium has no camera app behind a file input. So the test does what that app
 * does with the browser's own (fake) camera: chromium runs with {@code --use-fake-device-for-media-stream}, a frame of
 * its test pattern is taken through {@code getUserMedia}, encoded as a JPEG and put into the page's capture input,
 * and the worker taps 上传照片. The server sniffs the bytes, stamps the image and records the {@code PHOTO} event.
 *
 * <p>The spot check draws from the permits closed in a month, and the demo plant closes permits every day of the
 * week before startup. The server's clock is therefore moved 40 days ahead first: the month of the draw then holds
 * this journey's permit alone, whatever today is, and the draw (⌈10 %⌉ of one) is that permit. The database is
 * this test's own, so its one draw per month cannot meet another test's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"anzuo.demo.enabled=true",
        "anzuo.scheduling.enabled=false", ArchiveJourneyTest.OWN_DATABASE})
@Import(TestClockConfig.class)
class ArchiveJourneyTest {

    static final String OWN_DATABASE = "anzuo.db.url=jdbc:h2:mem:anzuo-archive-journey;MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    static final double SITE_LAT = 32.263180;
    static final double SITE_LON = 118.791560;
    static final String FINDING = "现场照片与作业票记录的动火点不符";

    @LocalServerPort int port;
    @Autowired MutableClock clock;

    SiteCrew.Api api;

    /** Moves the server's clock on a few seconds, so each act has its own moment in the trace. */
    OffsetDateTime tick() {
        clock.advance(Duration.ofSeconds(7));
        return clock.instant().atOffset(ZoneOffset.ofHours(8));
    }

    @Test
    void a_live_photo_is_stamped_the_auditor_scans_the_trace_and_a_failed_spot_check_warns_the_worker() throws Exception {
        try {
            journey();
        } finally {
            clock.reset();
        }
    }

    void journey() throws Exception {
        clock.fixAt(Instant.now().plus(40, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
        api = new SiteCrew.Api(port);
        String admin = api.token("admin", "anzuo-demo");
        String safety = api.token("safety", "anzuo-demo");
        String leader = api.token("leader", "anzuo-demo");
        String auditor = api.token("auditor", "anzuo-demo");
        String companyId = JsonPath.read(api.call("GET", leader, "/api/v1/me", null), "$.companyId");
        List<String> sites = JsonPath.read(api.call("GET", leader, "/api/v1/sites", null), "$.items[?(@.code == 'TF-01')].id");
        String siteId = sites.getFirst();

        // A hot work under way at TF-01, through the API (the pages of that way are OnSiteJourneyTest's).
        String welder = api.worker(safety, companyId, "留痕焊工", "2.1");
        String guardian = api.worker(safety, companyId, "留痕监护", "GUARDIAN");
        String chief = api.worker(safety, companyId, "留痕负责人", "2.1");
        String welderUser = api.user(admin, companyId, welder, "WORKER");
        String guardianUser = api.user(admin, companyId, guardian, "GUARDIAN");
        String chiefUser = api.user(admin, companyId, chief, "WORK_LEADER");
        String checkpoint = Unique.code("GATE");
        String secret = JsonPath.read(api.call("POST", admin, "/api/v1/sites/" + siteId + "/checkpoints",
                "{\"code\":\"%s\",\"kind\":\"QR\"}".formatted(checkpoint)), "$.secret");
        List<String> measures = JsonPath.read(api.call("GET", leader, "/api/v1/catalog/work-types", null),
                "$[?(@.type == 'HOT_WORK')].measures[*].code");
        OffsetDateTime start = clock.instant().atOffset(ZoneOffset.ofHours(8)).minusMinutes(2);
        String permitId = JsonPath.read(api.call("POST", leader, "/api/v1/permits", """
                {"type":"HOT_WORK","level":"LEVEL_2","siteId":"%s","location":"T-201 出口管线法兰","content":"更换垫片,电焊",
                 "plannedStart":"%s","plannedEnd":"%s","leaderId":"%s","workerIds":["%s"],"guardianId":"%s",
                 "hazards":"可燃气体泄漏、火灾","emergencyMeasures":"配备灭火器 2 具,设警戒区","measures":%s}"""
                .formatted(siteId, start, start.plusMinutes(115), chief, welder, guardian,
                        measures.stream().map(c -> "{\"code\":\"" + c + "\",\"applicable\":true}")
                                .collect(Collectors.joining(",", "[", "]")))), "$.id");
        approveAll(permitId);
        String number = JsonPath.read(api.call("GET", leader, "/api/v1/permits/" + permitId, null), "$.number");
        api.call("POST", api.token("analyst", "anzuo-demo"), "/api/v1/permits/" + permitId + "/gas-tests", """
                {"sampledAt":"%s","samplePoint":"法兰 10 m 内","readings":[{"gas":"CH4","value":0.3,"unit":"PCT_VOL"},
                 {"gas":"O2","value":20.9,"unit":"PCT_VOL"},{"gas":"H2S","value":2,"unit":"MG_M3"}]}""".formatted(tick()));
        tick();
        api.call("POST", api.token("shift", "anzuo-demo"), "/api/v1/permits/" + permitId + "/shift-check", null);
        for (String[] person : List.of(new String[] {welderUser, welder}, new String[] {guardianUser, guardian})) {
            tick();
            api.call("POST", api.token(person[0], SiteCrew.PASSWORD), "/api/v1/permits/" + permitId + "/check-ins", """
                    {"workerId":"%s","method":"QR","checkpointCode":"%s","proof":"%s","latitude":%s,"longitude":%s,"accuracyMeters":10}"""
                    .formatted(person[1], checkpoint, Totp.code(secret, Totp.step(clock.instant())), SITE_LAT, SITE_LON));
        }
        tick();
        String guardianToken = api.token(guardianUser, SiteCrew.PASSWORD);
        api.call("POST", guardianToken, "/api/v1/permits/" + permitId + "/start", null);
        tick();

        byte[] taken;
        byte[] stored;
        try (Browser phone = Browser.phoneWithCamera(port)) {
            phone.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(15));
            String origin = "http://localhost:" + port;
            ChromeDriver chrome = (ChromeDriver) phone.driver;
            chrome.executeCdpCommand("Browser.grantPermissions", Map.of("origin", origin,
                    "permissions", List.of("geolocation", "videoCapture")));
            chrome.executeCdpCommand("Emulation.setGeolocationOverride",
                    Map.of("latitude", SITE_LAT, "longitude", SITE_LON, "accuracy", 15));

            // The welder, on the permit's page, follows its QR code's link to the record and takes a photo there.
            phone.login(welderUser, SiteCrew.PASSWORD);
            phone.open("/permits/" + permitId);
            phone.tap(By.cssSelector("a[href='/p/" + permitId + "']"));
            phone.find(By.id("photo-file"));
            phone.wait.until(d -> !d.findElement(By.name("latitude")).getAttribute("value").isEmpty());
            phone.screenshot("archive-01-worker-record");
            @SuppressWarnings("unchecked")
            Map<String, Object> shot = (Map<String, Object>) ((JavascriptExecutor) phone.driver).executeAsyncScript(CAMERA);
            assertThat(shot.get("error")).as("the fake camera gave a frame").isNull();
            taken = Base64.getDecoder().decode((String) shot.get("jpeg"));
            Path file = Path.of("target", "screenshots", "archive-camera-frame.jpg");
            Files.createDirectories(file.getParent());
            Files.write(file, taken);
            phone.taps++;
            new org.openqa.selenium.support.ui.Select(phone.find(By.name("kind"))).selectByValue("SITE");
            phone.screenshot("archive-02-photo-chosen");
            phone.tap(By.cssSelector("form#photos button[type=submit]"));
            phone.wait.until(d -> d.getCurrentUrl().endsWith("/p/" + permitId + "#photos"));

            // The record now shows the photo, and what it shows is the stamped image, not the frame sent.
            WebElement photo = phone.find(By.cssSelector("li.trace-event[data-type='PHOTO'] img.trace-photo"));
            ((JavascriptExecutor) phone.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", photo);
            phone.wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                    "return arguments[0].complete ? arguments[0].naturalWidth : 0;", photo)).intValue() > 0);
            assertThat(((Number) ((JavascriptExecutor) phone.driver).executeScript(
                    "return arguments[0].naturalWidth;", photo)).intValue()).isEqualTo(((Number) shot.get("width")).intValue());
            phone.screenshot("archive-03-photo-watermarked");
            stored = Base64.getDecoder().decode((String) ((JavascriptExecutor) phone.driver).executeAsyncScript(FETCH,
                    photo.getAttribute("src")));
            Files.write(Path.of("target", "screenshots", "archive-photo-stored.jpg"), stored);
        }
        assertThat(stored).as("the page serves the stamped image, not the bytes taken").isNotEqualTo(taken);
        BufferedImage before = ImageIO.read(new ByteArrayInputStream(taken));
        BufferedImage after = ImageIO.read(new ByteArrayInputStream(stored));
        assertThat(after.getWidth()).isEqualTo(before.getWidth());
        assertThat(after.getHeight()).isEqualTo(before.getHeight());
        int w = before.getWidth();
        int h = before.getHeight();
        // beside the stamp's text (it is written from the left), the band darkens the picture to about 40 %
        assertThat(brightness(after, w * 6 / 10, w * 9 / 10, h - 20, h))
                .as("the dark band of the stamp at the bottom")
                .isLessThan(brightness(before, w * 6 / 10, w * 9 / 10, h - 20, h) * 0.7);
        assertThat(Math.abs(brightness(after, 0, w, 0, h / 3) - brightness(before, 0, w, 0, h / 3)))
                .as("the picture above the stamp is the one taken").isLessThan(8);

        // The work ends: completed and accepted by guardian and leader, the permit is closed.
        tick();
        api.call("POST", guardianToken, "/api/v1/permits/" + permitId + "/complete", null);
        tick();
        api.call("POST", guardianToken, "/api/v1/permits/" + permitId + "/accept", null);
        tick();
        String closed = api.call("POST", api.token(chiefUser, SiteCrew.PASSWORD), "/api/v1/permits/" + permitId + "/accept", null);
        assertThat((String) JsonPath.read(closed, "$.status")).isEqualTo("CLOSED");
        String trace = api.call("GET", auditor, "/api/v1/permits/" + permitId + "/trace", null);
        List<String> sha = JsonPath.read(trace, "$.events[?(@.type == 'PHOTO')].data.sha256");
        assertThat(sha).as("the trace holds the SHA-256 of the image stored and served").containsExactly(
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(stored)));

        try (Browser phone = Browser.phone(port)) {
            // The auditor scans the permit's QR code (the image on its page) and opens the URL it holds.
            phone.login("auditor", "anzuo-demo");
            phone.open("/permits/" + permitId);
            WebElement qr = phone.find(By.cssSelector("img[src='/p/" + permitId + "/qr.png']"));
            ((JavascriptExecutor) phone.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", qr);
            phone.screenshot("archive-04-auditor-qr");
            byte[] png = Base64.getDecoder().decode((String) ((JavascriptExecutor) phone.driver).executeAsyncScript(FETCH,
                    qr.getAttribute("src")));
            Files.write(Path.of("target", "screenshots", "archive-qr.png"), png);
            // PURE_BARCODE: the PNG is the code itself, not a photo of it (ZXing's finder-pattern search on a
            // pure image misreads about one generated code in 150)
            String url = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(ImageIO.read(new ByteArrayInputStream(png))))),
                    Map.of(DecodeHintType.PURE_BARCODE, true)).getText();
            assertThat(url).isEqualTo("http://localhost:" + port + "/p/" + permitId);
            phone.driver.get(url);
            phone.find(By.cssSelector(".trace-chain"));
            List<String> types = phone.driver.findElements(By.cssSelector("li.trace-event")).stream()
                    .map(e -> e.getAttribute("data-type")).toList();
            assertThat(types).first().isEqualTo("SUBMITTED");
            assertThat(types).containsSubsequence("SUBMITTED", "APPROVED", "GAS_TEST", "SHIFT_CHECK", "CHECKED_IN",
                    "CHECKED_IN", "STARTED", "PHOTO", "COMPLETED", "ACCEPTED", "ACCEPTED", "CLOSED");
            assertThat(types).last().isEqualTo("CLOSED");
            assertThat(phone.pageText()).contains(number, "记录链完整", types.size() + " 条记录", "现场照片", "关闭",
                            "监护人验收", "作业负责人验收")
                    .doesNotContain("PHOTO", "CLOSED", "GUARDIAN", "LEADER", "APPROVER", "SAFETY_OFFICER");
            assertThat(phone.driver.findElements(By.cssSelector("form#photos"))).as("an auditor adds no photos").isEmpty();
            phone.screenshot("archive-05-auditor-trace");
            phone.screenshotFullPage("archive-05-auditor-trace-full");

            // The month's spot check draws this permit (the only one closed that month); it fails, naming the welder.
            String month = YearMonth.from(clock.instant().atOffset(ZoneOffset.ofHours(8))).toString();
            phone.open("/audit/spot-checks?month=" + month);
            phone.tap(By.cssSelector("button[data-action='draw']"));
            phone.find(By.cssSelector("li[data-permit='" + permitId + "']"));
            assertThat(phone.pageText()).contains("已关闭 1 张,抽取 1 张", number, "待核查");
            phone.screenshot("archive-06a-auditor-spot-check-drawn");
            phone.type(By.cssSelector("li[data-permit='" + permitId + "'] textarea[name='findings']"), FINDING);
            phone.tap(By.xpath("//li[@data-permit='" + permitId + "']//input[@name='workerIds'][@value='" + welder
                    + "']/parent::label"));
            phone.tap(By.cssSelector("li[data-permit='" + permitId + "'] button[data-action='fail']"));
            phone.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class) // the form posts and redirects
                    .until(d -> d.findElement(By.tagName("main")).getText().contains("已记录抽查结果"));
            assertThat(phone.pageText()).contains("不合格", FINDING);
            phone.screenshot("archive-06b-auditor-spot-check-failed");
            String violations = api.call("GET", auditor, "/api/v1/violations?companyId=" + companyId + "&workerId=" + welder, null);
            assertThat((List<String>) JsonPath.read(violations, "$[*].sanction")).containsExactly("WARNING");
            phone.open("/audit/flagged");
            phone.find(By.tagName("main"));
            phone.screenshot("archive-06-auditor-flagged");

            // The welder is warned: the notice waits in the inbox, and leads back to the permit's record.
            phone.driver.manage().deleteAllCookies();
            phone.driver.get("about:blank");
            phone.login(welderUser, SiteCrew.PASSWORD);
            phone.wait.withTimeout(Duration.ofSeconds(20)).until(d -> {
                d.navigate().to("http://localhost:" + port + "/inbox");
                return d.findElement(By.tagName("main")).getText().contains("违章警告");
            });
            WebElement notice = phone.driver.findElements(By.cssSelector(".inbox-item")).stream()
                    .filter(e -> e.getText().contains("违章警告")).findFirst().orElseThrow();
            assertThat(notice.getText()).contains(FINDING);
            phone.screenshot("archive-07-worker-warned");
            phone.tap(By.cssSelector(".inbox-item a[href='/p/" + permitId + "']"));
            phone.find(By.cssSelector(".trace-chain"));
            assertThat(phone.driver.getCurrentUrl()).endsWith("/p/" + permitId);
        }
    }

    /** Approves each open step with the demo approver of its role, until the permit is approved. */
    void approveAll(String permitId) throws Exception {
        String leader = api.token("leader", "anzuo-demo");
        for (int i = 0; i < 5; i++) {
            String permit = api.call("GET", leader, "/api/v1/permits/" + permitId, null);
            if ("APPROVED".equals(JsonPath.read(permit, "$.status"))) {
                return;
            }
            List<String> open = JsonPath.read(permit, "$.approvalSteps[?(@.status == 'PENDING')].role");
            assertThat(open).as(permit).isNotEmpty();
            tick();
            api.call("POST", api.token(SiteCrew.APPROVER_OF.get(open.getFirst()), "anzuo-demo"),
                    "/api/v1/permits/" + permitId + "/approvals", "{\"decision\":\"APPROVE\"}");
        }
        throw new AssertionError("permit " + permitId + " not approved after five steps");
    }

    /** Mean brightness (0–255) of the pixels in columns {@code left}…{@code right}, rows {@code top}…{@code bottom} (ends exclusive). */
    static double brightness(BufferedImage image, int left, int right, int top, int bottom) {
        long sum = 0;
        for (int y = top; y < bottom; y++) {
            for (int x = left; x < right; x++) {
                int rgb = image.getRGB(x, y);
                sum += ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
            }
        }
        return sum / 3.0 / ((long) (bottom - top) * (right - left));
    }

    /**
     * What the phone's camera app does for a capture input: a frame from the (fake) camera, as a JPEG, put into
     * the page's {@code #photo-file}. Answers {@code {jpeg: base64, width, height}} or {@code {error}}.
     */
    static final String CAMERA = """
            const done = arguments[arguments.length - 1];
            (async () => {
              const stream = await navigator.mediaDevices.getUserMedia(
                  {video: {facingMode: 'environment', width: 640, height: 480}});
              const video = document.createElement('video');
              video.muted = true; video.playsInline = true; video.srcObject = stream;
              await video.play();
              await new Promise(r => setTimeout(r, 500));
              const canvas = document.createElement('canvas');
              canvas.width = video.videoWidth; canvas.height = video.videoHeight;
              canvas.getContext('2d').drawImage(video, 0, 0);
              stream.getTracks().forEach(t => t.stop());
              const blob = await new Promise(r => canvas.toBlob(r, 'image/jpeg', 0.92));
              const dt = new DataTransfer();
              dt.items.add(new File([blob], 'IMG_0001.jpg', {type: 'image/jpeg', lastModified: Date.now()}));
              const input = document.getElementById('photo-file');
              input.files = dt.files;
              input.dispatchEvent(new Event('change', {bubbles: true}));
              const bytes = new Uint8Array(await blob.arrayBuffer());
              let s = '';
              for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
              done({jpeg: btoa(s), width: canvas.width, height: canvas.height});
            })().catch(e => done({error: String(e)}));""";

    /** Fetches a URL with the page's session and answers its bytes as base64. */
    static final String FETCH = """
            const done = arguments[arguments.length - 1];
            fetch(arguments[0], {credentials: 'same-origin'})
              .then(r => { if (!r.ok) throw new Error(r.status); return r.arrayBuffer(); })
              .then(b => { const a = new Uint8Array(b); let s = '';
                           for (let i = 0; i < a.length; i++) s += String.fromCharCode(a[i]);
                           done(btoa(s)); })
              .catch(e => done('error ' + e));""";
}
