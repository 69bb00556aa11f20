package cn.anzuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.organization.Organization;
import cn.anzuo.permit.domain.HolidayCalendar;
import cn.anzuo.support.IdNumbers;
import cn.anzuo.support.MutableClock;
import cn.anzuo.support.TestClockConfig;
import cn.anzuo.support.Unique;
import com.jayway.jsonpath.JsonPath;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 大风停工 on a phone: the safety officer records wind 6 级 at an outdoor site; the lifting under way there is
 * suspended for the weather; the leader's new outdoor hot-work application at that site is refused with the rule in
 * Chinese beside the form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"anzuo.demo.enabled=true", "anzuo.scheduling.enabled=false", SiteCrew.OWN_DATABASE})
@Import(TestClockConfig.class)
class WeatherJourneyTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired HolidayCalendar holidays;
    @Autowired Organization organization;

    @AfterEach
    void resetClock() {
        clock.reset();
    }


    @Test
    void wind_six_suspends_the_lifting_under_way_and_refuses_new_outdoor_hot_work() throws Exception {
        clock.fixAt(PermitJourneyTest.nextWorkingDay(organization, holidays).atTime(8, 30).atZone(SHANGHAI).toInstant());
        SiteCrew.Api api = new SiteCrew.Api(port);
        String admin = api.token("admin", "anzuo-demo");
        String safety = api.token("safety", "anzuo-demo");
        String leader = api.token("leader", "anzuo-demo");
        String companyId = JsonPath.read(api.call("GET", leader, "/api/v1/me", null), "$.companyId");
        String siteName = "风口平台" + Unique.code("");
        String siteId = JsonPath.read(api.call("POST", admin, "/api/v1/sites", """
                {"companyId":"%s","code":"%s","name":"%s","latitude":32.2635,"longitude":118.7920,"radiusMeters":100,
                 "hazardArea":false,"outdoor":true}""".formatted(companyId, Unique.code("WIND"), siteName)), "$.id");

        // a lifting under way at that site (the way there — approvals, check-ins, start — is other journeys')
        String craneName = Unique.personName("吊");
        String crane = api.worker(safety, companyId, craneName, "GUARDIAN");
        String idNumber = IdNumbers.random();
        api.call("POST", safety, "/api/v1/workers/" + crane + "/certificates", """
                {"regime":"SPECIAL_EQUIPMENT","itemCode":"Q2","number":"Q2-%s","issuedOn":"2025-06-01","expiresOn":"2035-06-01","reviewDueOn":"2035-06-01"}"""
                .formatted(idNumber.substring(12)));
        String liftGuardian = api.worker(safety, companyId, Unique.personName("监"), "GUARDIAN");
        List<String> measures = JsonPath.read(api.call("GET", leader, "/api/v1/catalog/work-types", null),
                "$[?(@.type == 'LIFTING')].measures[*].code");
        var start = clock.instant().atOffset(ZoneOffset.ofHours(8)).plusMinutes(5);
        String lifting = JsonPath.read(api.call("POST", leader, "/api/v1/permits", """
                {"type":"LIFTING","siteId":"%s","location":"2 号框架","content":"吊装换热器管束","loadTonnes":60,
                 "plannedStart":"%s","plannedEnd":"%s","leaderId":"%s","workerIds":["%s"],"guardianId":"%s",
                 "hazards":"起重伤害","emergencyMeasures":"设警戒区","measures":%s}"""
                .formatted(siteId, start, start.plusHours(2), crane, crane, liftGuardian,
                        measures.stream().map(c -> "{\"code\":\"" + c + "\",\"applicable\":true}")
                                .collect(Collectors.joining(",", "[", "]")))), "$.id");
        jdbc.sql("update work_permit set status = 'ACTIVE', started_at = ? where id = ?")
                .params(java.sql.Timestamp.from(clock.instant()), UUID.fromString(lifting)).update();

        String welderName = Unique.personName("焊");
        String guardianName = Unique.personName("护");
        api.worker(safety, companyId, welderName, "2.1");
        api.worker(safety, companyId, guardianName, "GUARDIAN");

        try (Browser phone = Browser.phone(port)) {
            // --- the safety officer records the wind
            phone.login("safety", "anzuo-demo");
            phone.tap(By.cssSelector("a.tile[href='/weather']"));
            new Select(phone.find(By.id("siteId"))).selectByVisibleText(siteName);
            phone.type(By.id("windScale"), "6");
            phone.type(By.id("temperatureC"), "18");
            phone.screenshot("weather-1-entry");
            phone.tap(By.cssSelector("#weather-form button[type=submit]"));
            assertThat(phone.find(By.cssSelector(".flash")).getText()).contains("暂停作业票 1 张");
            assertThat(phone.find(By.xpath("//li[contains(@class,'card')][.//strong[text()='" + siteName + "']]"))
                    .getText()).contains("风力 6 级", "18 °C");
            phone.screenshot("weather-2-recorded");

            // --- the lifting is shown suspended, the weather as cause
            phone.open("/permits/" + lifting);
            assertThat(phone.find(By.cssSelector(".level-band")).getText()).contains("已暂停");
            assertThat(phone.find(By.cssSelector(".weather-suspension")).getText()).contains("因天气暂停", "风力 6 级", "9.2.4");
            phone.screenshot("weather-3-lifting-suspended");
            phone.logout();

            // --- the leader's outdoor hot work at that site is refused, in Chinese, beside the form
            phone.login("leader", "anzuo-demo");
            phone.tap(By.cssSelector("a.tile[href='/permits/apply']"));
            phone.tap(By.cssSelector("button.type-tile[data-type=HOT_WORK]"));
            new Select(phone.find(By.id("siteId"))).selectByVisibleText(siteName);
            assertThat(phone.find(By.id("outdoor")).isSelected()).isTrue();
            phone.type(By.id("location"), "2 号框架顶层");
            phone.type(By.id("content"), "平台栏杆焊接");
            phone.tap(By.cssSelector("input[name=level][value=LEVEL_2]+span"));
            phone.screenshot("weather-4-apply-outdoor");
            phone.tap(By.cssSelector("button[name=to][value='3']"));
            phone.find(By.id("worker-list"));
            // the form offers the crew of the leader's last permit (the lifting): the crane driver makes way for the welder
            for (String name : List.of(craneName, welderName)) {
                String label = "//label[contains(@class,'worker')][span[@class='worker-name' and text()='" + name + "']]";
                if (phone.find(By.xpath(label + "/input")).isSelected() == name.equals(craneName)) {
                    phone.tap(By.xpath(label));
                }
            }
            new Select(phone.find(By.id("guardianId"))).selectByVisibleText(guardianName);
            phone.screenshot("weather-5-apply-people");
            phone.tap(By.cssSelector("button[name=to][value='4']"));
            phone.wait.until(d -> !d.findElements(By.cssSelector(".measures")).isEmpty()
                    || !d.findElements(By.cssSelector("#apply-form .form-errors")).isEmpty());
            assertThat(phone.driver.findElements(By.cssSelector(".measures"))).as(phone.pageText()).isNotEmpty();
            phone.tap(By.cssSelector("button[name=to][value='5']"));

            String refusal = phone.find(By.cssSelector("#apply-form .form-errors")).getText();
            assertThat(refusal).contains("风力 6 级", "禁止室外动火作业", "5.2.15");
            assertThat(phone.driver.getCurrentUrl()).doesNotMatch(".*/permits/[0-9a-f-]{36}$");
            phone.screenshot("weather-6-apply-refused");
        }
    }
}
