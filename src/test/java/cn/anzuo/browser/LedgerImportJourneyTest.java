package cn.anzuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.support.IdNumbers;
import cn.anzuo.support.TestClockConfig;
import cn.anzuo.support.Unique;
import cn.anzuo.support.Xlsx;
import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The safety officer brings the plant's Excel 台账 in, on a phone, in real chromium. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"anzuo.demo.enabled=true", "anzuo.scheduling.enabled=false"})
@Import(TestClockConfig.class)
class LedgerImportJourneyTest {

    @LocalServerPort int port;

    @Test
    void safety_officer_imports_a_sheet_sees_the_bad_row_confirms_and_finds_the_worker() throws Exception {
        String name = Unique.personName("郑");
        String idNumber = IdNumbers.next();
        String wrong = IdNumbers.withWrongCheckDigit(IdNumbers.next());
        Path sheet = Files.createTempFile("台账", ".xlsx");
        Files.write(sheet, Xlsx.ledger(List.of(
                row(name, idNumber, "13812345678", null, "特种作业操作证", "2.1", "T" + idNumber, "南京市应急管理局",
                        LocalDate.of(2024, 3, 1), null, null),
                row(Unique.personName("钱"), wrong, null, null, "特种作业操作证", "2.1", "T" + wrong, null,
                        "2024-03-01", null, null))));
        try (Browser browser = Browser.phone(port)) {
            browser.login("safety", "anzuo-demo");
            browser.tap(By.cssSelector("a[href='/qualification/import']"));
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("台账导入");
            assertThat(browser.find(By.id("template-link")).getAttribute("href")).endsWith("/qualification/ledger/template");

            browser.upload(By.id("file"), sheet);
            browser.tap(By.cssSelector("#upload-form button[type=submit]"));
            browser.wait.until(ExpectedConditions.urlMatches(".*/qualification/import/[0-9a-f-]{36}$"));

            assertThat(browser.find(By.id("counts")).getText()).isEqualTo("共 2 行:1 行可导入,1 行有问题。");
            String badRow = browser.find(By.id("row-3")).getText();
            assertThat(badRow).contains("第 3 行", "身份证号", "校验位不正确", wrong.substring(0, 6) + "********");
            assertThat(browser.pageText()).contains("有问题的行在确认时会被跳过").doesNotContain(idNumber, wrong);
            browser.screenshot("ledger-preview");

            browser.tap(By.cssSelector("#confirm-form button[type=submit]"));
            assertThat(browser.find(By.cssSelector(".flash")).getText()).isEqualTo("导入完成:1 名人员,1 本证书。");
            assertThat(browser.find(By.id("result")).getText()).contains("新登记人员\n1", "跳过的行\n1");
            browser.tap(By.cssSelector("details.ledger-block > summary"));
            assertThat(browser.pageText()).contains(name, IdNumbers.masked(idNumber)).doesNotContain(idNumber);
            browser.screenshot("ledger-result");
        } finally {
            Files.deleteIfExists(sheet);
        }

        String worker = api("/api/v1/workers?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        assertThat(JsonPath.<Integer>read(worker, "$.total")).isEqualTo(1);
        assertThat(JsonPath.<String>read(worker, "$.items[0].idNumberMasked")).isEqualTo(IdNumbers.masked(idNumber));
    }

    private String api(String path) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/token"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"safety\",\"password\":\"anzuo-demo\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString()).body();
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + JsonPath.read(login, "$.token"))
                        .build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }
}
