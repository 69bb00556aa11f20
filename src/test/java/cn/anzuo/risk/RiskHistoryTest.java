package cn.anzuo.risk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.risk.domain.RiskFeatures;
import cn.anzuo.risk.domain.RiskHistory;
import cn.anzuo.risk.domain.RiskTrainer.LabelledPermit;
import cn.anzuo.support.AnzuoTest;
import java.time.LocalDateTime;
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
}
