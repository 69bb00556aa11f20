package cn.anzuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.support.TestClockConfig;
import cn.anzuo.support.Unique;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** Issue 2's journeys in real chromium on a phone-sized window. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"anzuo.demo.enabled=true", "anzuo.scheduling.enabled=false"})
@Import(TestClockConfig.class)
class FoundationJourneyTest {

    @LocalServerPort int port;

    @Test
    void leader_logs_in_and_sees_the_chinese_home_page() throws Exception {
        try (Browser browser = Browser.phone(port)) {
            browser.login("leader", "anzuo-demo");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("您好,李强");
            assertThat(browser.pageText()).contains("示范化工有限公司", "作业负责人", "退出");
            browser.screenshot("leader-home");
        }
    }

    @Test
    void admin_creates_a_site_after_correcting_a_wrong_latitude() throws Exception {
        try (Browser browser = Browser.phone(port)) {
            browser.login("admin", "anzuo-demo");
            browser.tap(By.cssSelector("a[href='/admin/sites']"));
            browser.tap(By.cssSelector("a[href='/admin/sites/new']"));
            String code = Unique.code("HY");
            new Select(browser.find(By.id("companyId"))).selectByVisibleText("示范化工有限公司");
            browser.type(By.id("code"), code);
            browser.type(By.id("name"), "加氢装置");
            browser.type(By.id("latitude"), "132.26");
            browser.type(By.id("longitude"), "118.79");
            browser.type(By.id("radiusMeters"), "150");
            browser.tap(By.cssSelector("button[type=submit].btn-primary"));

            assertThat(browser.find(By.id("latitude-error")).getText()).isEqualTo("不能大于 90");
            assertThat(browser.find(By.id("name")).getAttribute("value")).isEqualTo("加氢装置");
            browser.screenshot("site-form-error");

            browser.type(By.id("latitude"), "32.26");
            browser.tap(By.cssSelector("button[type=submit].btn-primary"));
            browser.wait.until(ExpectedConditions.urlMatches(".*/admin/sites$"));
            assertThat(browser.find(By.cssSelector(".flash")).getText()).contains("加氢装置");
            assertThat(browser.pageText()).contains(code);
            browser.screenshot("site-created");
        }
    }
}
