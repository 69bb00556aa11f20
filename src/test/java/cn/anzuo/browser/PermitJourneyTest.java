package cn.anzuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.organization.Organization;
import cn.anzuo.permit.domain.HolidayCalendar;
import cn.anzuo.support.MutableClock;
import cn.anzuo.support.TestClockConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The seed article's promise on a 390×844 phone: 我要作业 → … → 提交 in at most four screens, then
 * the approver signs on the screen and approves. The clock stands at 08:30 on the next working
 * day (Asia/Shanghai), so the defaults give 09:00–11:00: daytime, no upgrade, 赵明 (unit) approves.
 * Screens, taps and seconds of the leader's part are printed and written to
 * target/benchmarks/permit-journey.txt (docs/benchmarks.md records them).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"anzuo.demo.enabled=true", "anzuo.scheduling.enabled=false"})
@Import(TestClockConfig.class)
class PermitJourneyTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @LocalServerPort int port;
    @Autowired MutableClock clock;
    @Autowired HolidayCalendar holidays;
    @Autowired Organization organization;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    LocalDate nextWorkingDay() {
        return nextWorkingDay(organization, holidays);
    }

    /** The next day after today that is no weekend and no holiday of the demo company (Shanghai time). */
    static LocalDate nextWorkingDay(Organization organization, HolidayCalendar holidays) {
        UUID demo = organization.companyByCode("DEMO").orElseThrow().id();
        LocalDate day = LocalDate.now(SHANGHAI).plusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                || holidays.restDay(demo, day).isPresent()) {
            day = day.plusDays(1);
        }
        return day;
    }

    @Test
    void leader_applies_for_level_2_hot_work_in_four_screens_and_the_unit_approver_signs_it() throws Exception {
        clock.fixAt(nextWorkingDay().atTime(8, 30).atZone(SHANGHAI).toInstant());
        try (Browser browser = Browser.phone(port)) {
            browser.login("leader", "anzuo-demo");

            // --- the leader: from the home tile to the submitted permit
            int tapsBefore = browser.taps;
            int screens = 0;
            long started = System.nanoTime();
            browser.tap(By.cssSelector("a.tile[href='/permits/apply']"));

            browser.find(By.cssSelector(".type-grid"));
            screens++;
            browser.screenshot("apply-1-type");
            browser.tap(By.cssSelector("button.type-tile[data-type=HOT_WORK]"));

            browser.find(By.cssSelector("input[name=level]+span"));
            screens++;
            Select site = new Select(browser.find(By.id("siteId")));
            if (!site.getFirstSelectedOption().getText().startsWith("一号罐区")) {
                site.selectByVisibleText("一号罐区(T-201~T-208)");
                browser.taps++;
            }
            assertThat(browser.find(By.id("startTime")).getAttribute("value")).isEqualTo("09:00");
            assertThat(browser.find(By.id("endTime")).getAttribute("value")).isEqualTo("11:00");
            if (browser.find(By.id("location")).getAttribute("value").isBlank()) {
                browser.type(By.id("location"), "T-201 出口管线法兰");
            }
            browser.type(By.id("content"), "更换垫片,电焊");
            browser.tap(By.cssSelector("input[name=level][value=LEVEL_2]+span"));
            assertThat(((JavascriptExecutor) browser.driver).executeScript("return getComputedStyle(arguments[0]).backgroundColor;",
                    browser.find(By.cssSelector("input[name=level][value=LEVEL_2]+span"))))
                    .as("二级 chosen shows the yellow level band").isEqualTo("rgb(249, 200, 14)");
            browser.screenshot("apply-2-place");
            browser.tap(By.cssSelector("button[name=to][value='3']"));

            browser.find(By.id("worker-list"));
            screens++;
            WebElement zhengHai = browser.find(By.xpath(
                    "//label[contains(@class,'worker')][span[@class='worker-name' and text()='郑海']]/input"));
            if (!zhengHai.isSelected()) {
                browser.tap(By.xpath("//label[contains(@class,'worker')][span[@class='worker-name' and text()='郑海']]"));
            }
            Select guardian = new Select(browser.find(By.id("guardianId")));
            if (guardian.getFirstSelectedOption().getAttribute("value").isEmpty()) {
                guardian.selectByVisibleText("吴刚");
                browser.taps++;
            }
            browser.screenshot("apply-3-people");
            browser.tap(By.cssSelector("button[name=to][value='4']"));

            browser.find(By.cssSelector(".measures"));
            screens++;
            assertThat(browser.find(By.cssSelector(".summary")).getText()).contains("二级动火作业", "基层单位负责人");
            browser.screenshot("apply-4-checklist");
            // The only exception the leader flips: no combustible lining in a flange job.
            browser.tap(By.cssSelector("input[name='measures[HW-06]'][value=false]+span"));
            browser.tap(By.cssSelector("button[name=to][value='5']"));

            browser.wait.until(ExpectedConditions.urlMatches(".*/permits/[0-9a-f-]{36}$"));
            double seconds = (System.nanoTime() - started) / 1e9;
            int taps = browser.taps - tapsBefore;
            String permitUrl = browser.driver.getCurrentUrl();
            assertThat(browser.find(By.cssSelector(".flash")).getText()).contains("已提交", "基层单位负责人");
            assertThat(browser.find(By.cssSelector(".level-band")).getText()).contains("二级动火作业", "待审批");
            browser.screenshot("permit-submitted");
            String figures = "我要作业 phone flow: screens=%d taps=%d seconds=%.1f".formatted(screens, taps, seconds);
            System.out.println(figures);
            Files.createDirectories(Path.of("target", "benchmarks"));
            Files.writeString(Path.of("target", "benchmarks", "permit-journey.txt"), figures + System.lineSeparator());
            assertThat(screens).isLessThanOrEqualTo(4);
            assertThat(seconds).isLessThan(60);

            // --- the approver: 待我审批 → the permit → signature → 批准
            browser.logout();
            browser.login("unit", "anzuo-demo");
            browser.find(By.cssSelector(".bottomnav .approval-count"));
            browser.tap(By.cssSelector("a.tile[href='/approvals']"));
            String decidePath = permitUrl.substring(permitUrl.indexOf("/permits/")) + "/decide";
            browser.find(By.cssSelector("a[href='" + decidePath + "']"));
            browser.screenshot("approvals-inbox");
            browser.tap(By.cssSelector("a[href='" + decidePath + "']"));

            WebElement exception = browser.find(By.cssSelector(".measure-list li.not-applicable"));
            assertThat(exception.getText()).contains("防火隔绝措施", "不涉及");
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", exception);
            browser.screenshot("decide-not-applicable");
            // Approving without a signature is stopped on the phone: every decision is signed.
            browser.tap(By.cssSelector("button.btn-approve"));
            assertThat(browser.find(By.cssSelector("[data-signature-required]")).getText()).contains("请先在框内签名");
            assertThat(browser.driver.getCurrentUrl()).endsWith("/decide");

            WebElement pad = browser.find(By.id("signature-pad"));
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", pad);
            new Actions(browser.driver)
                    .moveToElement(pad, -120, 10).clickAndHold()
                    .moveByOffset(30, -30).moveByOffset(30, 40).moveByOffset(30, -35).moveByOffset(30, 30)
                    .moveByOffset(40, -20).release()
                    .perform();
            assertThat(pad.getAttribute("class")).contains("signed");
            browser.type(By.id("comment"), "同意,措施已现场确认");
            browser.screenshot("decide-signed");
            browser.tap(By.cssSelector("button.btn-approve"));

            browser.wait.until(ExpectedConditions.urlToBe(permitUrl));
            assertThat(browser.find(By.cssSelector(".level-band")).getText()).contains("已批准");
            assertThat(browser.pageText()).contains("已签名", "赵明", "同意,措施已现场确认");
            WebElement signature = browser.find(By.cssSelector(".timeline-signature img"));
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", signature);
            browser.wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                    "return arguments[0].complete && arguments[0].naturalWidth > 0;", signature));
            browser.screenshot("permit-approved");
        }
    }

    @Test
    void the_leader_finds_his_permits_and_the_administrator_the_approval_chains() throws Exception {
        try (Browser browser = Browser.phone(port)) {
            browser.login("leader", "anzuo-demo");
            assertThat(browser.find(By.cssSelector("a.tile.tile-accent[href='/permits/apply']")).getText()).contains("我要作业");
            browser.screenshot("leader-home-permits");
            browser.tap(By.cssSelector("a.tile[href='/permits']"));
            browser.find(By.cssSelector("form.filters"));
            assertThat(new Select(browser.find(By.id("scope"))).getFirstSelectedOption().getText()).isEqualTo("我申请的");
            new Select(browser.find(By.id("status"))).selectByVisibleText("待审批");
            browser.wait.until(ExpectedConditions.urlContains("status=PENDING_APPROVAL"));
            browser.screenshot("permit-list");
            browser.logout();

            browser.login("admin", "anzuo-demo");
            browser.open("/admin");
            browser.tap(By.cssSelector("a.tile[href='/admin/approval-chains']"));
            assertThat(browser.find(By.cssSelector("table.chains")).getText()).contains("默认 (GB 30871 附录B)", "特级动火作业");
            browser.screenshot("approval-chains");
            browser.tap(By.cssSelector("tr[data-row='HEIGHT/IV'] a.chain-link"));
            assertThat(browser.find(By.cssSelector(".chain-steps")).getText()).contains("第 1 步");
            browser.screenshot("approval-chain-form");
        }
    }
}
