package cn.anzuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.support.TestClockConfig;
import com.jayway.jsonpath.JsonPath;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 隐患上报 on a 360 px phone (issue #14): the worker reports a hazard in three taps — the home tile, the camera
 * button, send — with the site preselected by the phone's position and the GPS point attached; the safety officer
 * assigns it on the phone, the work leader fixes it, the officer closes it; the dashboard's hazard-report figure
 * has gone up and drills down to the hazard; the briefing page shows yesterday's 晨会通报.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"anzuo.demo.enabled=true", "anzuo.scheduling.enabled=false"})
@Import(TestClockConfig.class)
class HazardJourneyTest {

    static final int CHEAP_PHONE = 360;

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @Test
    void a_worker_reports_a_hazard_in_three_taps_the_officer_assigns_it_and_the_figures_show_it() throws Exception {
        SiteCrew.Api api = new SiteCrew.Api(port);
        String admin = api.token("admin", "anzuo-demo");
        List<Map<String, Object>> sites = JsonPath.read(api.call("GET", admin, "/api/v1/sites?size=200", null),
                "$.items[?(@.code == 'TF-01')]");
        Map<String, Object> tankFarm = sites.getFirst();
        Path photo = livePhoto();

        try (Browser officer = Browser.phone(port, CHEAP_PHONE)) {
            officer.login("safety", "anzuo-demo");
            officer.open("/dashboard");
            long reportsBefore = count(officer.find(By.cssSelector("#kpi-hazardReports .kpi-value")).getText());

            String hazardUrl;
            try (Browser worker = Browser.phone(port, CHEAP_PHONE)) {
                // the phone stands inside TF-01's geofence and allows its position
                ChromeDriver chrome = (ChromeDriver) worker.driver;
                chrome.executeCdpCommand("Browser.grantPermissions", Map.of("origin", "http://localhost:" + port,
                        "permissions", List.of("geolocation")));
                chrome.executeCdpCommand("Emulation.setGeolocationOverride", Map.of("latitude",
                        ((Number) tankFarm.get("latitude")).doubleValue(), "longitude",
                        ((Number) tankFarm.get("longitude")).doubleValue(), "accuracy", 10));
                worker.login("worker", "anzuo-demo");
                worker.screenshot("hazard-0-home-360");
                worker.taps = 0;

                worker.tap(By.cssSelector("a.tile[href='/hazards/new']"));
                worker.find(By.id("hazard-form"));
                worker.wait.until(ExpectedConditions.attributeToBeNotEmpty(
                        worker.driver.findElement(By.cssSelector("input[name=latitude]")), "value"));
                assertThat(worker.driver.findElement(By.id("siteId")).getAttribute("value"))
                        .isEqualTo(tankFarm.get("id"));
                worker.screenshot("hazard-1-form-360");
                assertThat(worker.find(By.id("take-photo")).getAttribute("for")).isEqualTo("photo");
                // tapping 拍照 opens the camera (the shutter is the camera app's): the picture lands in the input
                worker.upload(By.id("photo"), photo);
                worker.find(By.cssSelector("img[data-preview]"));
                worker.screenshot("hazard-2-photo-taken-360");
                // a JavaScript click: WebDriver's pointer click at the button's centre was taken by the fixed bottom
                // bar under chromium's phone emulation (a screenshot shows the button clear of it)
                ((org.openqa.selenium.JavascriptExecutor) worker.driver).executeScript("arguments[0].click();",
                        worker.find(By.id("send-hazard")));
                worker.taps++;
                worker.wait.until(ExpectedConditions.urlContains("?reported"));

                assertThat(worker.taps).as("taps from the home page to a sent report").isEqualTo(3);
                assertThat(worker.pageText()).contains("已上报,谢谢", "现场隐患,详见照片", "已上报");
                worker.find(By.cssSelector("img.hazard-photo"));
                worker.screenshot("hazard-3-reported-360");
                hazardUrl = worker.driver.getCurrentUrl().replaceAll("\\?.*$", "").replaceAll("^https?://[^/]+", "");
            }
            UUID hazardId = UUID.fromString(hazardUrl.substring("/hazards/".length()));
            Map<String, Object> stored = jdbc.sql("select site_id, latitude, photo_id from hazard where id = ?")
                    .param(hazardId).query().singleRow();
            assertThat(stored.get("site_id").toString()).isEqualTo(tankFarm.get("id"));
            assertThat(stored.get("latitude")).isNotNull();
            assertThat(stored.get("photo_id")).isNotNull();

            // the officer, notified, opens it from the list tile and assigns it to the work leader
            officer.open("/");
            officer.tap(By.cssSelector("a.tile[href='/hazards']"));
            officer.tap(By.cssSelector("a.card-main[href='" + hazardUrl + "']"));
            officer.find(By.id("assign-form"));
            officer.screenshot("hazard-4-assign-360");
            officer.tap(By.cssSelector("#assign-form button[type=submit]"));
            officer.wait.until(d -> d.findElement(By.id("hazard-status")).getText().equals("整改中"));

            try (Browser leader = Browser.phone(port, CHEAP_PHONE)) {
                leader.login("leader", "anzuo-demo");
                leader.open(hazardUrl);
                leader.type(By.id("note"), "已补齐扣件并加固");
                leader.tap(By.cssSelector("#fix-form button[type=submit]"));
                leader.wait.until(d -> d.findElement(By.id("hazard-status")).getText().equals("待验收"));
            }
            officer.open(hazardUrl);
            officer.tap(By.id("accept-fix"));
            officer.wait.until(d -> d.findElement(By.id("hazard-status")).getText().equals("已关闭"));
            officer.screenshot("hazard-5-closed-360");

            // the figure counts the report once its event has been handled (after the commit, asynchronously)
            officer.open("/dashboard");
            officer.wait.until(d -> {
                d.navigate().refresh();
                return count(d.findElement(By.cssSelector("#kpi-hazardReports .kpi-value")).getText()) == reportsBefore + 1;
            });
            officer.screenshotFullPage("hazard-6-dashboard-360");
            officer.tap(By.id("drill-hazardReports"));
            officer.find(By.id("hazard-span"));
            assertThat(officer.driver.findElements(By.cssSelector("a.card-main[href='" + hazardUrl + "']"))).hasSize(1);
            officer.screenshot("hazard-7-drilled-360");

            officer.open("/");
            officer.tap(By.cssSelector("a.tile[href='/briefings']"));
            LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);
            assertThat(officer.find(By.id("briefing-heading")).getText()).endsWith(yesterday.toString());
            assertThat(officer.find(By.id("briefing-text")).getText()).isNotBlank();
            assertThat(officer.pageText()).contains("晨会通报");
            officer.screenshotFullPage("hazard-8-briefing-360");
        }
    }

    private static long count(String figure) {
        return Long.parseLong(figure.replaceAll("\\D", ""));
    }

    /** A small JPEG such as a phone camera sends (smaller, for the test's speed). */
    private static Path livePhoto() throws Exception {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x7a8b99));
        g.fillRect(0, 0, 640, 480);
        g.setColor(Color.ORANGE);
        g.fillRect(200, 150, 240, 180);
        g.dispose();
        Path file = Files.createTempFile("hazard", ".jpg");
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }
}
