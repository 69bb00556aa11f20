package cn.anzuo.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.anzuo.analytics.KpiFigures;
import cn.anzuo.analytics.domain.KpiDefinitions.Counter;
import cn.anzuo.analytics.domain.KpiDefinitions.StartFacts;
import cn.anzuo.analytics.domain.KpiDefinitions.Totals;
import cn.anzuo.permit.PermitLevel;
import cn.anzuo.permit.PermitRecord;
import cn.anzuo.permit.PermitSheet;
import cn.anzuo.permit.PermitStatus;
import cn.anzuo.qualification.QualificationCheck;
import cn.anzuo.qualification.QualificationReason;
import cn.anzuo.shared.WorkType;
import cn.anzuo.shared.security.Role;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** KpiDefinitions: each KPI's numerator and denominator on hand-built numbers (docs/kpis.md). */
class KpiDefinitionsTest {

    static final Instant START = Instant.parse("2026-03-02T02:00:00Z");

    static Totals totals(Map<Counter, Double> sums, TreeMap<Integer, Long> histogram, long active, long trained) {
        EnumMap<Counter, Double> copy = new EnumMap<>(Counter.class);
        copy.putAll(sums);
        return new Totals(copy, histogram, active, trained);
    }

    @Test
    void each_rate_divides_its_numerator_by_its_denominator() {
        TreeMap<Integer, Long> histogram = new TreeMap<>(Map.of(10, 5L, 30, 4L, 120, 1L));
        KpiFigures f = KpiDefinitions.figures(totals(Map.ofEntries(
                Map.entry(Counter.PEOPLE_ON_STARTED_PERMITS, 50.0), Map.entry(Counter.PEOPLE_CERTIFIED, 49.0),
                Map.entry(Counter.PERMITS_STARTED, 20.0), Map.entry(Counter.PERMITS_STARTED_FULLY_APPROVED, 19.0),
                Map.entry(Counter.MEASURES_ON_STARTED_PERMITS, 200.0), Map.entry(Counter.MEASURES_CONFIRMED, 196.0),
                Map.entry(Counter.PERMITS_APPROVED, 10.0), Map.entry(Counter.APPROVAL_MINUTES, 250.0),
                Map.entry(Counter.ALARMS_ACKNOWLEDGED, 4.0), Map.entry(Counter.ALARM_ACK_SECONDS, 180.0),
                Map.entry(Counter.HAZARDS_CLOSED, 2.0), Map.entry(Counter.HAZARD_CLOSURE_HOURS, 30.0),
                Map.entry(Counter.PERMITS_CLOSED, 8.0), Map.entry(Counter.PERMITS_CLOSED_COMPLETE, 6.0),
                Map.entry(Counter.HAZARDS_REPORTED, 7.0)), histogram, 3, 5), 12, 20);

        assertThat(f.certifiedWorkRate()).isCloseTo(0.98, within(1e-9));
        assertThat(f.approvalCompletenessRate()).isCloseTo(0.95, within(1e-9));
        assertThat(f.measureCompletionRate()).isCloseTo(0.98, within(1e-9));
        assertThat(f.meanApprovalMinutes()).isEqualTo(25.0);
        assertThat(f.p90ApprovalMinutes()).isEqualTo(30.0); // 9th of 10 approvals lies in the ≤ 30 min bucket
        assertThat(f.meanAlarmAckSeconds()).isEqualTo(45.0);
        assertThat(f.hazardClosureHours()).isEqualTo(15.0);
        assertThat(f.dataCompletenessRate()).isEqualTo(0.75);
        assertThat(f.activeMobileUserRate()).isEqualTo(0.25);
        assertThat(f.hazardReports()).isEqualTo(7);
        assertThat(f.trainingCompletionRate()).isEqualTo(0.25);
        assertThat(f.previous()).isNull();
    }

    @Test
    void a_figure_without_data_is_null_and_the_report_count_zero() {
        KpiFigures f = KpiDefinitions.figures(totals(Map.of(), new TreeMap<>(), 0, 0), 0, 0);

        assertThat(List.of(f)).extracting(KpiFigures::certifiedWorkRate, KpiFigures::approvalCompletenessRate,
                KpiFigures::measureCompletionRate, KpiFigures::meanApprovalMinutes, KpiFigures::p90ApprovalMinutes,
                KpiFigures::meanAlarmAckSeconds, KpiFigures::hazardClosureHours, KpiFigures::dataCompletenessRate,
                KpiFigures::activeMobileUserRate, KpiFigures::trainingCompletionRate)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(null, null, null, null, null, null, null, null, null, null));
        assertThat(f.hazardReports()).isZero();
    }

    @Test
    void approval_p90_is_the_upper_edge_of_its_bucket_and_a_week_for_the_open_bucket() {
        assertThat(KpiDefinitions.bucketOf(0.5)).isEqualTo(5);
        assertThat(KpiDefinitions.bucketOf(5.0)).isEqualTo(5);
        assertThat(KpiDefinitions.bucketOf(5.01)).isEqualTo(10);
        assertThat(KpiDefinitions.bucketOf(20_000)).isEqualTo(Integer.MAX_VALUE);
        assertThat(KpiDefinitions.p90(new TreeMap<>(Map.of(5, 9L, 60, 1L)))).isEqualTo(5.0);
        assertThat(KpiDefinitions.p90(new TreeMap<>(Map.of(5, 8L, 60, 2L)))).isEqualTo(60.0);
        assertThat(KpiDefinitions.p90(new TreeMap<>(Map.of(Integer.MAX_VALUE, 1L)))).isEqualTo(10080.0);
    }

    @Test
    void certified_work_counts_each_person_and_completeness_needs_every_approval_before_the_start() {
        PermitSheet sheet = sheet(START, List.of(approval(START.minusSeconds(600)), approval(START.minusSeconds(60))),
                List.of(measure(true), measure(false), measure(null)));
        List<QualificationCheck> crew = List.of(qualified(), qualified(),
                new QualificationCheck(UUID.randomUUID(), List.of(QualificationReason.EXPIRED), null));

        assertThat(KpiDefinitions.startFacts(sheet, crew)).isEqualTo(new StartFacts(3, 2, true, 3, 2));

        PermitSheet signedAfterStart = sheet(START, List.of(approval(START.minusSeconds(600)), approval(START.plusSeconds(1))),
                List.of());
        assertThat(KpiDefinitions.startFacts(signedAfterStart, crew).fullyApproved()).isFalse();
    }

    @Test
    void a_closed_record_is_complete_only_with_acceptance_check_in_and_gas_analysis_for_hot_work() {
        PermitSheet complete = closedSheet(true, true);
        assertThat(KpiDefinitions.completeRecord(complete)).isTrue();
        assertThat(KpiDefinitions.completeRecord(closedSheet(false, true))).isFalse();
        assertThat(KpiDefinitions.completeRecord(closedSheet(true, false))).isFalse();
    }

    static PermitSheet closedSheet(boolean guardianAccepted, boolean gasAnalysed) {
        PermitSheet base = sheet(START, List.of(approval(START.minusSeconds(60))), List.of(measure(true)));
        return new PermitSheet(base.permit(), base.applicantId(), base.appliedAt(), "东区罐区", "管线动火", "可燃气体", null,
                null, null, null, List.of(), base.measures(), base.approvals(),
                gasAnalysed ? List.of(new PermitSheet.GasAnalysis(START.minusSeconds(900), "P1", UUID.randomUUID(), true,
                        List.of(new PermitSheet.Reading("LEL", 0.1, "PCT_LEL")))) : List.of(),
                List.of(new PermitSheet.CheckIn(UUID.randomUUID(), START.minusSeconds(300), "GPS")), null, START,
                START.plusSeconds(3600), START.plusSeconds(4000), guardianAccepted ? START.plusSeconds(4100) : null);
    }

    static PermitSheet sheet(Instant startedAt, List<PermitSheet.Approval> approvals, List<PermitSheet.Measure> measures) {
        PermitRecord permit = new PermitRecord(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "DH-1",
                WorkType.HOT_WORK, PermitLevel.LEVEL_1, PermitStatus.ACTIVE, startedAt, startedAt.plusSeconds(8 * 3600),
                new PermitRecord.Crew(UUID.randomUUID(), UUID.randomUUID(), List.of(UUID.randomUUID())), null);
        return new PermitSheet(permit, UUID.randomUUID(), startedAt.minusSeconds(3600), "东区罐区", "管线动火", null, null,
                null, null, null, List.of(), measures, approvals, List.of(), List.of(), null, startedAt, null, null, null);
    }

    static PermitSheet.Approval approval(Instant decidedAt) {
        return new PermitSheet.Approval(1, Role.SAFETY_OFFICER, "APPROVED", UUID.randomUUID(), "孙丽", decidedAt, null, null);
    }

    static PermitSheet.Measure measure(Boolean applicable) {
        return new PermitSheet.Measure("M1", "措施", "measure", applicable);
    }

    static QualificationCheck qualified() {
        return new QualificationCheck(UUID.randomUUID(), List.of(), UUID.randomUUID());
    }
}
