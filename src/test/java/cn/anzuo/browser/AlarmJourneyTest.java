package cn.anzuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.monitoring.domain.SignedRequests;
import cn.anzuo.support.TestClockConfig;
import cn.anzuo.support.Unique;
import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * 报警处置 on a phone: the safety officer has the console open; a detector at TF-01 posts a second-level
 * LEL reading over signed HTTP; the alarm appears without a reload (SSE); the officer acknowledges it,
 * sees it on the site board's strip and resolves it with a note (a blank note is refused beside the field). The
 * guardian of the permit under way there sees it 已暂停 with the alarm as cause, and after a new passing analysis
 * resumes it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"anzuo.demo.enabled=true", "anzuo.scheduling.enabled=false", SiteCrew.OWN_DATABASE})
@Import(TestClockConfig.class)
class AlarmJourneyTest {

    @LocalServerPort int port;
    @org.springframework.beans.factory.annotation.Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    void reading(String code, String secret, String values) throws Exception {
        String body = "{\"values\":%s}".formatted(values);
        String ts = Long.toString(Instant.now().toEpochMilli());
        String signature = HexFormat.of().formatHex(SignedRequests.hmac(secret, ts, body.getBytes(StandardCharsets.UTF_8)));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/telemetry"))
                .header("Content-Type", "application/json").header("X-Device-Code", code).header("X-Timestamp", ts)
                .header("X-Signature", signature).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    }

    @Test
    void a_second_level_alarm_reaches_the_open_console_live_and_is_acknowledged_and_resolved() throws Exception {
        SiteCrew.Api api = new SiteCrew.Api(port);
        String admin = api.token("admin", "anzuo-demo");
        List<String> sites = JsonPath.read(api.call("GET", admin, "/api/v1/sites", null), "$.items[?(@.code == 'TF-01')].id");
        String siteId = sites.getFirst();
        String code = Unique.code("GD");
        String created = api.call("POST", admin, "/api/v1/devices",
                "{\"code\":\"%s\",\"kind\":\"GAS_DETECTOR\",\"siteId\":\"%s\",\"calibratedOn\":\"2026-06-01\"}".formatted(code, siteId));
        String secret = JsonPath.read(created, "$.secret");

        // a hot-work permit under way at TF-01 (the way there — check-ins, analysis, start — is OnSiteJourneyTest's)
        SiteCrew crew = SiteCrew.withApprovedHotWork(port, "报警");
        jdbc.sql("update work_permit set status = 'ACTIVE', started_at = ? where id = ?")
                .params(java.sql.Timestamp.from(Instant.now()), java.util.UUID.fromString(crew.permitId())).update();

        try (Browser phone = Browser.phone(port)) {
            phone.login("safety", "anzuo-demo");
            phone.tap(By.cssSelector("a.tile[href='/alarms']"));
            phone.find(By.id("alarm-list"));
            phone.screenshot("alarm-1-console-quiet");
            ((JavascriptExecutor) phone.driver).executeScript("window.__sameDocument = true;");
            // the page's live stream is open
            phone.wait.until(d -> "open".equals(((JavascriptExecutor) d).executeScript(
                    "return document.documentElement.getAttribute('data-live');")));

            reading(code, secret, "{\"LEL\":55.0}");
            phone.find(By.cssSelector("[data-alarm] a.alarm-link"));
            phone.wait.until(d -> d.findElement(By.id("alarm-list")).getText().contains(code));
            assertThat(((JavascriptExecutor) phone.driver).executeScript("return window.__sameDocument === true;"))
                    .as("the alarm arrived without a reload").isEqualTo(true);
            assertThat(phone.pageText()).contains("二级报警", "55.0 %LEL", "限值 50.0 %LEL", "待确认");
            phone.screenshot("alarm-2-console-live");

            // a crew whose permit is approved at the same site sees, before pressing start, what holds it back
            SiteCrew waiting = SiteCrew.withApprovedHotWork(port, "待开");
            try (Browser guardian = Browser.phone(port)) {
                guardian.login(waiting.guardianUser(), SiteCrew.PASSWORD);
                guardian.open("/onsite/permits/" + waiting.permitId());
                guardian.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .until(d -> d.findElement(By.tagName("main")).getText().contains("现场尚未确认的报警"));
                assertThat(guardian.pageText()).contains(code, "确认前,受其影响的作业不能开始或恢复");
                guardian.screenshot("alarm-2b-approved-work-held");
            }

            String card = "li[data-alarm]:has(a.alarm-link) ";
            // the live list may be swapped by another server event just as the button is tapped: tap again until
            // the acknowledgement's answer shows (tapping an acknowledged alarm only shows that message)
            By acknowledge = By.xpath("//li[@data-alarm][.//text()[contains(., '" + code + "')]]//button[@data-action='acknowledge']");
            phone.wait.until(d -> {
                if (!d.findElements(By.cssSelector(".flash")).isEmpty()) {
                    return true;
                }
                try {
                    d.findElement(acknowledge).click();
                    Thread.sleep(700);
                } catch (org.openqa.selenium.WebDriverException | InterruptedException swapped) {
                    // stale or gone: look again
                }
                return !d.findElements(By.cssSelector(".flash")).isEmpty();
            });
            phone.wait.until(d -> d.findElement(By.xpath("//li[@data-alarm][.//text()[contains(., '" + code + "')]]"))
                    .getText().contains("已确认"));
            phone.screenshot("alarm-3-acknowledged");

            // the guardian sees the permit stopped by the alarm, with its cause; after a new passing analysis it resumes
            try (Browser guardian = Browser.phone(port)) {
                guardian.login(crew.guardianUser(), SiteCrew.PASSWORD);
                guardian.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class); // live strip swaps
                guardian.open("/onsite/permits/" + crew.permitId());
                guardian.wait.until(d -> d.findElement(By.id("permit-status")).getText().contains("已暂停"));
                assertThat(guardian.pageText()).contains("二级报警", code);
                guardian.screenshot("alarm-3b-permit-suspended");
                api.call("POST", api.token("analyst", "anzuo-demo"), "/api/v1/permits/" + crew.permitId() + "/gas-tests", """
                        {"sampledAt":"%s","samplePoint":"法兰 10 m 内","readings":[{"gas":"CH4","value":0.3,"unit":"PCT_VOL"},
                         {"gas":"O2","value":20.9,"unit":"PCT_VOL"},{"gas":"H2S","value":2,"unit":"MG_M3"}]}"""
                        .formatted(java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(8)).withNano(0)));
                guardian.open("/onsite/permits/" + crew.permitId());
                guardian.tap(By.cssSelector("[data-action='resume']"));
                guardian.wait.until(d -> d.findElement(By.id("permit-status")).getText().contains("作业中"));
                guardian.screenshot("alarm-3c-permit-resumed");
            }

            phone.open("/onsite/board/" + siteId);
            phone.wait.until(d -> d.findElement(By.tagName("main")).getText().contains(code));
            phone.screenshot("alarm-4-board-strip");

            phone.tap(By.xpath("//li[@data-alarm][.//text()[contains(., '" + code + "')]]//a[contains(@class,'alarm-link')]"));
            phone.tap(By.cssSelector("button[data-action='resolve']"));
            phone.find(By.id("note-error"));
            phone.screenshot("alarm-5-note-required");
            phone.type(By.id("note"), "关闭阀门,通风后复测合格");
            phone.tap(By.cssSelector("button[data-action='resolve']"));
            phone.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.tagName("main")).getText().contains("关闭阀门,通风后复测合格"));
            assertThat(phone.pageText()).contains("已处置");
            phone.screenshot("alarm-6-resolved");
            assertThat(card).isNotEmpty();
        }
    }
}
