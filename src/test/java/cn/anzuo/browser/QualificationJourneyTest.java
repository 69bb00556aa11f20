package cn.anzuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.organization.Organization;
import cn.anzuo.organization.UserView;
import cn.anzuo.qualification.CertificateRegime;
import cn.anzuo.qualification.WorkerView;
import cn.anzuo.qualification.domain.CertificateRegistry;
import cn.anzuo.qualification.domain.CertificateRegistry.AddCertificate;
import cn.anzuo.qualification.domain.IdNumber;
import cn.anzuo.qualification.domain.WorkerRegistry;
import cn.anzuo.qualification.domain.WorkerRegistry.RegisterWorker;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.security.Role;
import cn.anzuo.support.TestClockConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The safety officer's journey through the qualification pages, in real chromium on a phone. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"anzuo.demo.enabled=true", "anzuo.scheduling.enabled=false"})
@Import(TestClockConfig.class)
class QualificationJourneyTest {

    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @LocalServerPort int port;
    @Autowired Organization organization;
    @Autowired WorkerRegistry workers;
    @Autowired CertificateRegistry certificates;

    record Known(WorkerView worker, String idNumber) {}

    /** A worker of the demo plant whose ID number the test knows, holding a guardian certificate that expires soon. */
    Known aWorkerWithAnExpiringCertificate() {
        UUID demo = organization.companyByCode("DEMO").orElseThrow().id();
        UserView safety = organization.usersWithRole(demo, Role.SAFETY_OFFICER).getFirst();
        CurrentUser me = new CurrentUser(safety.id(), safety.username(), safety.displayName(), demo, safety.roles(), null);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String first17 = "320106" + LocalDate.of(1975, 1, 1).plusDays(random.nextInt(9000)).toString().replace("-", "")
                + "%03d".formatted(random.nextInt(1000));
        String idNumber = first17 + IdNumber.checkDigit(first17);
        String[] given = {"文博", "子涵", "浩然", "思远", "嘉怡", "俊杰", "雨桐", "明轩"};
        WorkerView worker = workers.register(me, new RegisterWorker(demo, "柏" + given[random.nextInt(given.length)],
                idNumber, "13951234567", "江苏安建工程有限公司"));
        LocalDate today = certificates.today(demo);
        certificates.add(me, worker.id(), new AddCertificate(CertificateRegime.GUARDIAN, "GUARDIAN", "JH-2026-901",
                "示范化工有限公司安全环保部", today.minusYears(3).plusDays(10), null, null));
        return new Known(worker, idNumber);
    }

    @Test
    void safety_officer_finds_a_worker_and_adds_a_certificate_after_correcting_the_number() throws Exception {
        Known known = aWorkerWithAnExpiringCertificate();
        String name = known.worker().name();
        String last4 = known.idNumber().substring(14);
        try (Browser browser = Browser.phone(port)) {
            browser.login("safety", "anzuo-demo");
            browser.screenshot("qualification-0-home");
            browser.tap(By.cssSelector("a.tile[href='/qualification/workers']"));
            browser.find(By.cssSelector(".q-worker"));
            browser.screenshot("qualification-1-list");
            browser.tap(By.cssSelector(".q-filter-panel > summary"));
            browser.find(By.id("status"));
            browser.screenshot("qualification-1-filters");
            browser.tap(By.cssSelector(".q-filter-panel > summary"));

            // live search (htmx): the list narrows while typing
            browser.type(By.id("q"), name);
            browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(
                    By.xpath("//strong[@class='q-name' and text()='郑海']")));
            By card = By.xpath("//a[contains(@class,'q-worker-link')][.//span[@class='code' and contains(text(),'" + last4 + "')]]");
            assertThat(browser.find(card).getText()).contains(name, "即将到期", "承包商");
            browser.wait.until(ExpectedConditions.urlContains("q=")); // htmx pushes the URL after the swap
            browser.screenshot("qualification-2-search");

            browser.tap(card);
            browser.wait.until(ExpectedConditions.urlContains("/qualification/workers/" + known.worker().id()));
            WebElement band = browser.find(By.cssSelector(".q-cert.status-expiring .q-cert-band"));
            assertThat(band.getText()).contains("即将到期", "天到期");
            assertThat(band.getCssValue("background-color")).isEqualTo("rgba(242, 169, 0, 1)");
            assertThat(browser.pageText()).contains("未核验", "320106********" + last4).doesNotContain(known.idNumber());
            browser.screenshot("qualification-3-worker");

            // a wrong number: the message appears beside the number field, the rest is kept
            browser.tap(By.cssSelector("a[href='/qualification/workers/" + known.worker().id() + "/certificates/new']"));
            new Select(browser.find(By.id("regime"))).selectByValue("SPECIAL_OPERATION");
            new Select(browser.find(By.id("itemCode"))).selectByValue("2.1");
            browser.type(By.id("number"), "T12345");
            browser.type(By.id("authority"), "南京市应急管理局");
            browser.tap(By.cssSelector("button[type=submit].btn-primary"));
            assertThat(browser.find(By.id("number-error")).getText()).contains("特种作业操作证编号应为");
            assertThat(browser.find(By.id("authority")).getAttribute("value")).isEqualTo("南京市应急管理局");
            assertThat(new Select(browser.find(By.id("itemCode"))).getFirstSelectedOption().getAttribute("value"))
                    .isEqualTo("2.1");
            browser.screenshotFullPage("qualification-4-form-error");

            browser.type(By.id("number"), "T" + known.idNumber());
            browser.tap(By.cssSelector("button[type=submit].btn-primary"));
            browser.wait.until(ExpectedConditions.urlMatches(".*/qualification/workers/" + known.worker().id() + "$"));
            assertThat(browser.find(By.cssSelector(".flash")).getText()).contains("熔化焊接与热切割作业");
            WebElement added = browser.find(By.xpath("//li[contains(@class,'q-cert')][.//span[@class='code' and text()='2.1']]"));
            assertThat(added.getAttribute("class")).contains("status-valid");
            assertThat(added.getText()).contains("有效", "未核验", "T320106********" + last4);
            browser.screenshotFullPage("qualification-5-added");

            // 人工核验: upload the screenshot of the official query result
            Path evidence = Files.createTempFile("query-result", ".png");
            Files.write(evidence, PNG);
            String welding = "//li[contains(@class,'q-cert')][.//span[@class='code' and text()='2.1']]";
            browser.tap(By.xpath(welding + "//details[contains(@class,'q-action')][1]/summary"));
            browser.find(By.xpath(welding + "//input[@type='file']")).sendKeys(evidence.toString());
            browser.screenshot("qualification-6-verify");
            browser.tap(By.xpath(welding + "//form[@enctype]//button[@type='submit']"));
            assertThat(browser.find(By.cssSelector(".flash")).getText()).contains("已核验");
            WebElement verified = browser.find(By.xpath("//li[contains(@class,'q-cert')][.//span[@class='code' and text()='2.1']]"));
            assertThat(verified.getText()).contains("已核验 · 人工核验", "孙丽").doesNotContain("未核验");
            Files.deleteIfExists(evidence);

            browser.open("/qualification/expiring?days=15");
            assertThat(browser.pageText()).contains(name, "张伟");
            browser.screenshotFullPage("qualification-7-expiring");
        }
    }

    @Test
    void the_pages_use_two_columns_on_a_desktop() throws Exception {
        try (Browser browser = Browser.desktop(port)) {
            browser.login("safety", "anzuo-demo");
            browser.open("/qualification/workers?status=EXPIRING");
            WebElement first = browser.find(By.cssSelector(".q-worker:nth-child(1)"));
            WebElement second = browser.find(By.cssSelector(".q-worker:nth-child(2)"));
            assertThat(second.getLocation().getY()).isEqualTo(first.getLocation().getY());
            browser.screenshotFullPage("qualification-desktop-list");
            browser.tap(By.cssSelector(".q-worker-link"));
            browser.find(By.cssSelector(".q-cert"));
            browser.screenshotFullPage("qualification-desktop-worker");
        }
    }
}
