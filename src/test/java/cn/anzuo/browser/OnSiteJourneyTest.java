package cn.anzuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.support.TestClockConfig;
import cn.anzuo.support.Unique;
import com.jayway.jsonpath.JsonPath;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A hot-work permit on site, in real chromium on phones: the kiosk shows the code, the welder and the
 * guardian check in with it (GPS overridden inside TF-01's geofence), the analyst records the gas test,
 * the shift leader checks, the guardian starts, suspends, resumes and completes, and both accept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"anzuo.demo.enabled=true", "anzuo.scheduling.enabled=false"})
@Import(TestClockConfig.class)
class OnSiteJourneyTest {

    static final Map<String, String> APPROVER_OF = Map.of("UNIT_APPROVER", "unit", "SAFETY_OFFICER", "safety",
            "PLANT_LEADER", "plant", "DEPT_APPROVER", "dept");
    static final String PASSWORD = "long-enough";

    @LocalServerPort int port;

    /** The JSON API over the real port, shared with the other on-site journeys ({@link SiteCrew}). */
    SiteCrew.Api api() {
        return new SiteCrew.Api(port);
    }

    String call(String method, String token, String path, String json) throws Exception {
        return api().call(method, token, path, json);
    }

    String token(String username, String password) throws Exception {
        return api().token(username, password);
    }

    String worker(String safety, String companyId, String name, String item) throws Exception {
        return api().worker(safety, companyId, name, item);
    }

    String user(String admin, String companyId, String workerId, String role) throws Exception {
        return api().user(admin, companyId, workerId, role);
    }

    static void geolocation(Browser browser, String origin) {
        ChromeDriver chrome = (ChromeDriver) browser.driver;
        chrome.executeCdpCommand("Browser.grantPermissions", Map.of("origin", origin, "permissions", List.of("geolocation")));
        chrome.executeCdpCommand("Emulation.setGeolocationOverride",
                Map.of("latitude", 32.263180, "longitude", 118.791560, "accuracy", 15));
    }

    void as(Browser browser, String username, String password) {
        browser.driver.manage().deleteAllCookies();
        browser.driver.get("about:blank"); // leave the page: its live streams must not reconnect without a session
        browser.login(username, password);
    }

    String kioskDigits(Browser kiosk) {
        kiosk.driver.navigate().refresh();
        return kiosk.find(By.id("kiosk-digits")).getAttribute("aria-label");
    }

    void checkIn(Browser phone, String digits, String checkpoint, String shot) {
        phone.tap(By.cssSelector("a.tile[href='/onsite/today']"));
        phone.find(By.cssSelector("a[href^='/onsite/check-in?permit=']"));
        phone.screenshot(shot + "-today");
        phone.tap(By.cssSelector("a[href^='/onsite/check-in?permit=']"));
        phone.wait.until(d -> !d.findElement(By.id("latitude")).getAttribute("value").isEmpty());
        phone.type(By.id("checkpointCode"), checkpoint);
        phone.type(By.id("proof"), digits);
        phone.screenshot(shot + "-form");
        phone.tap(By.cssSelector("button[type=submit].op-big"));
        assertThat(phone.find(By.cssSelector(".op-success h1")).getText()).isEqualTo("签到成功");
        phone.screenshot(shot + "-done");
    }

    void press(Browser phone, String action) {
        phone.tap(By.cssSelector("[data-action='" + action + "']"));
        phone.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash")));
    }

    void gasTest(Browser phone, String permitId, String shot) {
        phone.open("/onsite/permits/" + permitId + "/gas-test");
        phone.type(By.id("samplePoint"), "T-201 法兰 10 m 内");
        phone.type(By.id("rows0.value"), "0.3");
        phone.type(By.id("rows1.value"), "20.9");
        phone.screenshot(shot + "-form");
        phone.tap(By.cssSelector("button[type=submit].op-big"));
        assertThat(phone.find(By.cssSelector(".op-result-title")).getText()).isEqualTo("分析合格");
        phone.screenshot(shot + "-passed");
    }

    @Test
    void a_hot_work_permit_goes_from_check_in_to_closed_on_phones() throws Exception {
        String origin = "http://localhost:" + port;
        String admin = token("admin", "anzuo-demo");
        String safety = token("safety", "anzuo-demo");
        String leader = token("leader", "anzuo-demo");
        String companyId = JsonPath.read(call("GET", leader, "/api/v1/me", null), "$.companyId");
        List<String> sites = JsonPath.read(call("GET", leader, "/api/v1/sites", null), "$.items[?(@.code == 'TF-01')].id");
        String siteId = sites.getFirst();

        String welder = worker(safety, companyId, "旅程焊工", "2.1");
        String guardian = worker(safety, companyId, "旅程监护", "GUARDIAN");
        String chief = worker(safety, companyId, "旅程负责人", "2.1");
        String welderUser = user(admin, companyId, welder, "WORKER");
        String guardianUser = user(admin, companyId, guardian, "GUARDIAN");
        String chiefUser = user(admin, companyId, chief, "WORK_LEADER");
        String checkpoint = Unique.code("GATE");
        String checkpointId = JsonPath.read(call("POST", admin, "/api/v1/sites/" + siteId + "/checkpoints",
                "{\"code\":\"%s\",\"kind\":\"QR\"}".formatted(checkpoint)), "$.id");

        List<String> measures = JsonPath.read(call("GET", leader, "/api/v1/catalog/work-types", null),
                "$[?(@.type == 'HOT_WORK')].measures[*].code");
        // Started two minutes ago: work may not start before the approved window opens (WINDOW_NOT_OPEN).
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(2).truncatedTo(ChronoUnit.SECONDS);
        String permitId = JsonPath.read(call("POST", leader, "/api/v1/permits", """
                {"type":"HOT_WORK","level":"LEVEL_2","siteId":"%s","location":"T-201 出口管线法兰","content":"更换垫片,电焊",
                 "plannedStart":"%s","plannedEnd":"%s","leaderId":"%s","workerIds":["%s"],"guardianId":"%s",
                 "hazards":"可燃气体泄漏、火灾","emergencyMeasures":"配备灭火器 2 具,设警戒区","measures":%s}"""
                .formatted(siteId, start, start.plusMinutes(115), chief, welder, guardian,
                        measures.stream().map(c -> "{\"code\":\"" + c + "\",\"applicable\":true}")
                                .collect(Collectors.joining(",", "[", "]")))), "$.id");
        String role = JsonPath.read(call("GET", leader, "/api/v1/permits/" + permitId, null), "$.approvalSteps[0].role");
        call("POST", token(APPROVER_OF.get(role), "anzuo-demo"), "/api/v1/permits/" + permitId + "/approvals",
                "{\"decision\":\"APPROVE\"}");

        try (Browser kiosk = Browser.desktop(port); Browser phone = Browser.phone(port)) {
            // The gate tablet logs in as nobody: the administrator makes a one-time pairing code on a phone,
            // the tablet enters it and from then on shows the checkpoint's code and nothing else.
            as(phone, "admin", "anzuo-demo");
            phone.open("/admin/sites/" + siteId + "/checkpoints");
            phone.tap(By.cssSelector("a[href='/admin/checkpoints/" + checkpointId + "/kiosks']"));
            phone.type(By.id("name"), "东门平板");
            phone.tap(By.cssSelector("form.form button[type=submit]"));
            String pairing = phone.find(By.id("pairing-code")).getText();
            phone.screenshot("onsite-00-kiosk-pairing-code");
            kiosk.open("/kiosk/pair");
            kiosk.type(By.id("code"), pairing);
            kiosk.screenshot("onsite-00-kiosk-pair");
            kiosk.tap(By.cssSelector("button[type=submit]"));
            String digits = kiosk.find(By.id("kiosk-digits")).getAttribute("aria-label");
            assertThat(digits).matches("\\d{6}");
            assertThat(kiosk.pageText()).contains("一号罐区", checkpoint);
            kiosk.screenshot("onsite-01-kiosk");

            geolocation(phone, origin);
            as(phone, welderUser, PASSWORD);
            phone.screenshot("onsite-02-worker-home");
            checkIn(phone, kioskDigits(kiosk), checkpoint, "onsite-03-worker-check-in");

            as(phone, guardianUser, PASSWORD);
            checkIn(phone, kioskDigits(kiosk), checkpoint, "onsite-04-guardian-check-in");

            as(phone, "analyst", "anzuo-demo");
            gasTest(phone, permitId, "onsite-05-gas");

            as(phone, "shift", "anzuo-demo");
            phone.open("/onsite/permits/" + permitId);
            phone.screenshot("onsite-06-shift-before");
            press(phone, "shift-check");
            assertThat(phone.pageText()).contains("班长已验票");

            as(phone, guardianUser, PASSWORD);
            phone.open("/onsite/permits/" + permitId);
            phone.screenshot("onsite-07-guardian-ready");
            press(phone, "start");
            assertThat(phone.find(By.id("permit-status")).getText()).isEqualTo("作业中");
            phone.screenshot("onsite-08-active");
            phone.type(By.id("reason"), "风力增大");
            press(phone, "suspend");
            assertThat(phone.find(By.id("permit-status")).getText()).isEqualTo("已暂停");
            phone.screenshot("onsite-09-suspended");

            as(phone, "analyst", "anzuo-demo");
            gasTest(phone, permitId, "onsite-10-gas-again");

            as(phone, guardianUser, PASSWORD);
            phone.open("/onsite/permits/" + permitId);
            press(phone, "resume");
            assertThat(phone.find(By.id("permit-status")).getText()).isEqualTo("作业中");
            press(phone, "complete");
            assertThat(phone.find(By.id("permit-status")).getText()).isEqualTo("已完工");
            phone.screenshot("onsite-11-completed");
            press(phone, "accept");

            as(phone, chiefUser, PASSWORD);
            phone.open("/onsite/permits/" + permitId);
            press(phone, "accept");
            assertThat(phone.find(By.id("permit-status")).getText()).isEqualTo("已验收关闭");
            phone.screenshotFullPage("onsite-12-closed");

            as(phone, "safety", "anzuo-demo");
            phone.open("/onsite/board/" + siteId);
            phone.find(By.cssSelector(".op-counts"));
            phone.screenshot("onsite-13-board");
        }
    }
}
