package cn.anzuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.organization.Organization;
import cn.anzuo.organization.SiteView;
import cn.anzuo.organization.UserView;
import cn.anzuo.permit.PermitLevel;
import cn.anzuo.permit.domain.GeoPoint;
import cn.anzuo.permit.domain.HolidayCalendar;
import cn.anzuo.permit.domain.MeasureCatalog;
import cn.anzuo.permit.domain.PermitApplications;
import cn.anzuo.permit.domain.PermitApplications.ApplyForPermit;
import cn.anzuo.permit.domain.PermitMeasure;
import cn.anzuo.qualification.Qualifications;
import cn.anzuo.qualification.WorkerView;
import cn.anzuo.shared.WorkType;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.security.Role;
import cn.anzuo.support.TestClockConfig;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * 交叉作业 on a phone: two hot works 8 m apart at overlapping times, the second listing the first as
 * related; the unit approver opens the second and sees the card and the site sketch (screenshot).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"anzuo.demo.enabled=true", "anzuo.scheduling.enabled=false"})
@Import(TestClockConfig.class)
class SimopsJourneyTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @LocalServerPort int port;
    @Autowired HolidayCalendar holidays;
    @Autowired Organization organization;
    @Autowired Qualifications qualifications;
    @Autowired MeasureCatalog catalog;
    @Autowired PermitApplications applications;

    @Test
    void the_approver_sees_the_related_hot_work_and_the_sketch() throws Exception {
        UUID demo = organization.companyByCode("DEMO").orElseThrow().id();
        SiteView site = organization.sitesOf(Set.of(demo), "TF-01").getFirst();
        UserView leader = organization.usersWithRole(demo, Role.WORK_LEADER).stream()
                .filter(u -> u.username().equals("leader")).findFirst().orElseThrow();
        CurrentUser me = new CurrentUser(leader.id(), leader.username(), leader.displayName(), leader.companyId(),
                leader.roles(), leader.workerId());
        LocalDate day = LocalDate.now(SHANGHAI).plusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                || holidays.restDay(demo, day).isPresent()) {
            day = day.plusDays(1);
        }
        GeoPoint here = new GeoPoint(site.latitude() + 0.0002, site.longitude() + 0.0003);
        GeoPoint eightMetresNorth = new GeoPoint(here.latitude() + Math.toDegrees(8 / 6_371_008.8), here.longitude());
        var first = applications.apply(me, hotWork(demo, site, day, 9, 11, here, Set.of())).permit();
        var second = applications.apply(me, hotWork(demo, site, day, 10, 12, eightMetresNorth, Set.of(first.id())))
                .permit();

        try (Browser browser = Browser.phone(port)) {
            browser.login("unit", "anzuo-demo");
            browser.open("/permits/" + second.id() + "/decide");
            String text = browser.pageText();
            assertThat(text).contains("交叉作业", first.number(), "8 米", "已列为关联");
            assertThat(browser.find(By.cssSelector(".simops-sketch svg circle.sketch-reach")).isDisplayed()).isTrue();
            browser.screenshotFullPage("simops-decide");
        }
    }

    private ApplyForPermit hotWork(UUID company, SiteView site, LocalDate day, int from, int to, GeoPoint point,
            Set<UUID> related) {
        UUID welder = worker(company, "郑海");
        Instant start = day.atTime(from, 0).atZone(SHANGHAI).toInstant();
        Instant end = day.atTime(to, 0).atZone(SHANGHAI).toInstant();
        List<PermitMeasure> measures = catalog.of(WorkType.HOT_WORK).stream()
                .map(m -> PermitMeasure.of(m.code(), true, List.of())).toList();
        return new ApplyForPermit(WorkType.HOT_WORK, PermitLevel.LEVEL_2, site.id(), "T-201 管廊", "焊接支架", start, end,
                worker(company, "李强"), List.of(welder), worker(company, "冯雪"), "火灾", "灭火器 2 具", measures, null,
                Set.of(), null, related, false, null, null, point);
    }

    private UUID worker(UUID company, String name) {
        return qualifications.searchWorkers(Set.of(company), name).stream()
                .filter(w -> w.name().equals(name)).map(WorkerView::id).findFirst().orElseThrow();
    }
}
