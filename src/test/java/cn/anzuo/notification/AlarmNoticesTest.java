package cn.anzuo.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.anzuo.monitoring.AlarmLevel;
import cn.anzuo.monitoring.AlarmRaised;
import cn.anzuo.notification.domain.Inbox;
import cn.anzuo.notification.domain.InboxItem;
import cn.anzuo.notification.domain.NoticeTexts;
import cn.anzuo.shared.web.PageRequestParams;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.Unique;
import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * API.md "Effect" of an alarm: the people who must act are told what happened in their language. A gas alarm
 * tells the gas by name with its reading and limit; a camera event has neither and tells what the camera saw.
 */
@AnzuoTest
@EnableScenarios
class AlarmNoticesTest {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Autowired ApiClient api;
    @Autowired Inbox inbox;
    @Autowired NoticeTexts texts;

    UUID companyId;
    UUID siteId;
    String siteName;
    UUID safetyId;

    @BeforeEach
    void ids() throws Exception {
        companyId = UUID.fromString(ApiClient.read(api.get("admin", "/api/v1/me"), "$.companyId"));
        String sites = api.get("admin", "/api/v1/sites").andReturn().getResponse().getContentAsString();
        siteId = UUID.fromString(JsonPath.read(sites, "$.items[0].id"));
        siteName = JsonPath.read(sites, "$.items[0].name");
        safetyId = UUID.fromString(ApiClient.read(api.get("safety", "/api/v1/me"), "$.id"));
    }

    @Test
    void a_camera_event_tells_what_the_camera_saw_without_a_reading(Scenario scenario) {
        String camera = Unique.code("CAM");
        AlarmRaised smoke = raised(camera, "SMOKE", null, null, AlarmLevel.LEVEL_2);
        scenario.publish(smoke)
                .andWaitForStateChange(() -> itemFor(smoke), Optional::isPresent)
                .andVerify(item -> {
                    assertThat(texts.title(item.orElseThrow(), ZH)).isEqualTo("二级报警:作业已全部暂停");
                    assertThat(texts.body(item.orElseThrow(), ZH)).isEqualTo(
                            siteName + " " + camera + " 报告烟火:该区域全部作业已暂停,请立即撤离、处置,并确认报警。");
                    assertThat(texts.body(item.orElseThrow(), Locale.ENGLISH))
                            .startsWith(siteName + " " + camera + " reports Smoke or fire: all work at the site");
                });
        AlarmRaised intrusion = raised(camera, "INTRUSION", null, null, AlarmLevel.LEVEL_1);
        scenario.publish(intrusion)
                .andWaitForStateChange(() -> itemFor(intrusion), Optional::isPresent)
                .andVerify(item -> assertThat(texts.body(item.orElseThrow(), ZH))
                        .startsWith(siteName + " " + camera + " 报告人员闯入:受限空间和特级动火作业已暂停")
                        .doesNotContain("读数", "INTRUSION"));
    }

    @Test
    void a_gas_alarm_tells_the_gas_by_name_with_its_reading_and_limit(Scenario scenario) {
        String detector = Unique.code("GD");
        AlarmRaised lel = raised(detector, "LEL", 52.0, 50.0, AlarmLevel.LEVEL_2);
        scenario.publish(lel)
                .andWaitForStateChange(() -> itemFor(lel), Optional::isPresent)
                .andVerify(item -> {
                    assertThat(texts.body(item.orElseThrow(), ZH)).startsWith(
                            siteName + " " + detector + " 可燃气体 读数 52.0 %LEL,达到二级报警值 50.0 %LEL:该区域全部作业已暂停");
                    assertThat(texts.body(item.orElseThrow(), Locale.ENGLISH)).startsWith(
                            siteName + " " + detector + " Combustible gas reads 52.0 %LEL, at or above the second level 50.0 %LEL");
                });
    }

    @Test
    void free_text_that_looks_like_a_term_stays_text_and_a_term_must_name_a_code() {
        assertThat(texts.render("notification.alarmResolved.body",
                List.of("一号罐区", "张三", "#{notification.alarm2.title}"), ZH)).contains("#{notification.alarm2.title}");
        assertThat(texts.render("notification.alarmResolved.body",
                List.of("一号罐区", "张三", NoticeTexts.term("alarms.metric.SMOKE")), ZH)).contains("烟火");
        assertThatThrownBy(() -> NoticeTexts.term("notification.alarm2.title"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    AlarmRaised raised(String device, String metric, Double value, Double threshold, AlarmLevel level) {
        return new AlarmRaised(UUID.randomUUID(), companyId, siteId, device, metric, value, threshold, level,
                Instant.now(), false);
    }

    Optional<InboxItem> itemFor(AlarmRaised alarm) {
        return inbox.page(safetyId, false, PageRequestParams.of(0, PageRequestParams.MAX_SIZE)).items().stream()
                .filter(item -> ("/alarms/" + alarm.alarmId()).equals(item.link()))
                .findFirst();
    }
}
