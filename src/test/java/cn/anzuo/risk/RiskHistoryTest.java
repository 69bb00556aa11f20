package cn.anzuo.risk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.permit.SiteWeatherHistory;
import cn.anzuo.risk.domain.RiskFeatures;
import cn.anzuo.risk.domain.RiskHistory;
import cn.anzuo.risk.domain.RiskTrainer.LabelledPermit;
import cn.anzuo.support.AnzuoTest;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the model learns from: the label is an alarm at the permit's site while it was under way, a violation
 * recorded against it or a failed spot check; an alarm before the start is site history, not a label.
 */
@AnzuoTest
class RiskHistoryTest {

    static final LocalDateTime DAY = LocalDateTime.parse("2026-10-12T09:00");

    @Autowired JdbcClient jdbc;
    @Autowired RiskHistory history;
    @Autowired SiteWeatherHistory weather;

    @Test
    void alarms_during_the_work_violations_and_failed_spot_checks_label_a_permit_risky() {
        RiskFixtures f = new RiskFixtures(jdbc);
        UUID w0 = f.workers.get(0);
        UUID w1 = f.workers.get(1);
        UUID alarmed = f.closedPermit("HOT_WORK", "LEVEL_2", f.siteA, DAY, 2, w0, w1);
        f.alarm(f.siteA, DAY.plusHours(1));
        UUID violated = f.closedPermit("HEIGHT", "II", f.siteB, DAY.plusDays(1), 2, w0, w1);
        f.violation(violated);
        UUID failed = f.closedPermit("LIFTING", "LEVEL_3", f.siteB, DAY.plusDays(2), 2, w0, w1);
        f.failedSpotCheck(failed);
        UUID alarmAfterCompletion = f.closedPermit("EXCAVATION", null, f.siteB, DAY.plusDays(3), 2, w0, w1);
        f.alarm(f.siteB, DAY.plusDays(3).plusHours(2).plusMinutes(30));
        UUID quiet = f.closedPermit("HOT_WORK", "LEVEL_2", f.siteA, DAY.plusDays(4).withHour(21), 2, w0, w1);

        Map<UUID, LabelledPermit> seen = history.closedPermits(f.companyId).stream()
                .collect(Collectors.toMap(LabelledPermit::permitId, p -> p));

        assertThat(seen).hasSize(5);
        assertThat(List.of(alarmed, violated, failed)).allSatisfy(id -> assertThat(seen.get(id).risky()).isTrue());
        assertThat(seen.get(alarmAfterCompletion).risky()).isFalse();
        assertThat(seen.get(quiet).risky()).isFalse();
        // The quiet night permit: site A had one alarm in the 90 days before; the crew had closed three permits.
        assertThat(seen.get(quiet).features()).containsEntry(RiskFeatures.NIGHT, 1.0)
                .containsEntry(RiskFeatures.SITE_ALARMS, 0.1)
                .doesNotContainKey(RiskFeatures.CREW);
        assertThat(seen.get(alarmed).features()).containsEntry(RiskFeatures.CREW, 1.0).doesNotContainKey(RiskFeatures.NIGHT);
    }

    /**
     * The weather a closed permit learns from is the observation valid at its start (ADR 0067: the latest taken at or
     * before it, for three hours; of two taken at once, the one recorded last), at its own site, as for a live permit;
     * the history reads the observations of all its permits at once.
     */
    @Test
    void a_closed_permit_learns_the_weather_valid_at_its_start_at_its_site_for_three_hours() {
        RiskFixtures f = new RiskFixtures(jdbc);
        UUID w0 = f.workers.get(0);
        UUID w1 = f.workers.get(1);
        UUID seen = f.closedPermit("HOT_WORK", "LEVEL_2", f.siteA, DAY, 2, w0, w1);
        f.weather(f.siteA, DAY.minusHours(1), 45, 1, 0);
        f.weather(f.siteA, DAY.minusHours(1), 35, 5, 10); // taken at the same moment, recorded later: it counts
        f.weather(f.siteA, DAY.plusMinutes(30), 40, 6, 0); // after the start: not what was known then
        UUID justStale = f.closedPermit("HOT_WORK", "LEVEL_2", f.siteA, DAY.plusDays(1), 2, w0, w1);
        f.weather(f.siteA, DAY.plusDays(1).minusHours(3), 39, 4, 0); // exactly three hours before: no longer valid
        UUID justValid = f.closedPermit("HOT_WORK", "LEVEL_2", f.siteA, DAY.plusDays(2), 2, w0, w1);
        f.weather(f.siteA, DAY.plusDays(2).minusHours(3).plusSeconds(1), 39, 4, 0);
        UUID otherSite = f.closedPermit("HOT_WORK", "LEVEL_2", f.siteB, DAY.plusDays(2), 2, w0, w1);
        UUID monthsLater = f.closedPermit("HOT_WORK", "LEVEL_2", f.siteB, DAY.plusDays(75), 2, w0, w1); // another read
        f.weather(f.siteB, DAY.plusDays(75).minusMinutes(30), 32, 2, 0);

        Map<UUID, Map<String, Double>> features = history.closedPermits(f.companyId).stream()
                .collect(Collectors.toMap(LabelledPermit::permitId, LabelledPermit::features));

        assertThat(features.get(seen)).containsEntry(RiskFeatures.HEAT, 0.5).containsEntry(RiskFeatures.WIND, 5 / 6.0);
        assertThat(features.get(justStale)).doesNotContainKeys(RiskFeatures.HEAT, RiskFeatures.WIND);
        assertThat(features.get(justValid)).containsEntry(RiskFeatures.HEAT, 0.9).containsEntry(RiskFeatures.WIND, 4 / 6.0);
        assertThat(features.get(otherSite)).doesNotContainKeys(RiskFeatures.HEAT, RiskFeatures.WIND);
        assertThat(features.get(monthsLater)).containsEntry(RiskFeatures.HEAT, 0.2).containsEntry(RiskFeatures.WIND, 2 / 6.0);
        // the same answers as the one-moment lookup a live permit's score uses
        ZoneId zone = RiskFixtures.ZONE;
        assertThat(weather.at(f.siteA, DAY.atZone(zone).toInstant())).hasValueSatisfying(r -> assertThat(r.temperatureC()).isEqualTo(35));
        assertThat(weather.at(f.siteA, DAY.plusDays(1).atZone(zone).toInstant())).isEmpty();
        assertThat(weather.at(f.siteA, DAY.plusDays(2).atZone(zone).toInstant())).isPresent();
        assertThat(weather.at(f.siteB, DAY.plusDays(2).atZone(zone).toInstant())).isEmpty();
    }
}
