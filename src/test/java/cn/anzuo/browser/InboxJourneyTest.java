package cn.anzuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.notification.Notice;
import cn.anzuo.notification.Notifications;
import cn.anzuo.support.TestClockConfig;
import cn.anzuo.support.Unique;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The safety officer sees the unread badge, opens the inbox and marks everything read in place (htmx); a new notice
 * then shows on the badge live, without a reload.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"anzuo.demo.enabled=true", "anzuo.scheduling.enabled=false"})
@Import(TestClockConfig.class)
class InboxJourneyTest {

    @LocalServerPort int port;
    @Autowired Notifications notifications;
    @Autowired JdbcClient jdbc;

    @Test
    void safety_officer_reads_a_certificate_reminder_and_marks_all_read() throws Exception {
        UUID safety = jdbc.sql("select id from app_user where username = 'safety'").query(UUID.class).single();
        UUID company = jdbc.sql("select company_id from app_user where username = 'safety'").query(UUID.class).single();
        String worker = "郑" + Unique.code("B");
        notifications.notify(new Notice(Set.of(safety), company, "CERTIFICATE_EXPIRING",
                "notification.certificateExpiring.title", "notification.certificateExpiring.body",
                List.of(worker, "熔化焊接与热切割作业", "4.1", "2026-12-15"), null, null));

        try (Browser browser = Browser.phone(port)) {
            browser.login("safety", "anzuo-demo");
            String count = browser.find(By.cssSelector(".bottomnav .inbox-count")).getText();
            assertThat(count).matches("[1-9][0-9]*|99\\+");
            browser.tap(By.cssSelector(".bottomnav a.inbox-link"));
            browser.wait.until(ExpectedConditions.urlMatches(".*/inbox$"));
            browser.find(By.cssSelector(".inbox-item.unread"));
            assertThat(browser.driver.findElements(By.cssSelector(".inbox-item.unread")))
                    .anySatisfy(item -> assertThat(item.getText()).contains("证书即将到期"));
            assertThat(browser.pageText()).contains(worker + " 的 熔化焊接与热切割作业(4.1)将于 2026-12-15 到期");
            browser.screenshot("inbox-unread");

            browser.tap(By.cssSelector("form[action='/inbox/read-all'] button"));
            browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".inbox-item.unread")));
            browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".bottomnav .inbox-count")));
            assertThat(browser.driver.getCurrentUrl()).endsWith("/inbox");
            assertThat(browser.pageText()).contains("没有未读消息");
            browser.screenshot("inbox-all-read");

            // a new notice reaches the open page through its live stream: the badge shows it without a reload
            // (the badge's own poll is two minutes away)
            browser.wait.until(d -> "open".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                    "return document.documentElement.getAttribute('data-live');")));
            notifications.notify(new Notice(Set.of(safety), company, "CERTIFICATE_EXPIRING",
                    "notification.certificateExpiring.title", "notification.certificateExpiring.body",
                    List.of(worker + "二", "熔化焊接与热切割作业", "4.1", "2026-12-16"), null, null));
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".bottomnav .inbox-count")));
            assertThat(browser.find(By.cssSelector(".bottomnav .inbox-count")).getText()).isEqualTo("1");
            browser.screenshot("inbox-live-badge");
        }
    }
}
