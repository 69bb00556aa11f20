package cn.anzuo.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.anzuo.analytics.KpiFigures;
import cn.anzuo.analytics.Kpis;
import cn.anzuo.analytics.domain.KpiDefinitions.StartFacts;
import cn.anzuo.hazard.HazardClosed;
import cn.anzuo.hazard.HazardReported;
import cn.anzuo.monitoring.AlarmAcknowledged;
import cn.anzuo.organization.Organization;
import cn.anzuo.permit.Actor;
import cn.anzuo.permit.CheckedIn;
import cn.anzuo.permit.PermitActRecorded;
import cn.anzuo.permit.PermitApproved;
import cn.anzuo.permit.PermitStatus;
import cn.anzuo.qualification.TrainingRecorded;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.support.AnzuoTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Daily facts fed through the recorder the listeners use, on a company of its own (so no other test's facts
 * mix in), with the expected figures written out: issue 14 "Done when" for the KPIs.
 */
@AnzuoTest
class KpiFactsTest {

    @Autowired FactRecorder recorder;
    @Autowired DailyFacts facts;
    @Autowired Kpis kpis;
    @Autowired Organization organization;
    @Autowired org.springframework.context.ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;

    final UUID company = UUID.randomUUID();

    /** 10:00 in Shanghai on the day, whatever the default zone: far from midnight either way. */
    static Instant on(String day, int plusMinutes) {
        return Instant.parse(day + "T02:00:00Z").plusSeconds(plusMinutes * 60L);
    }

    void approval(String day, int minutes) {
        recorder.on(new PermitApproved(UUID.randomUUID(), company, "DH-1", UUID.randomUUID(), on(day, 0), on(day, minutes)));
    }

    @Test
    void each_kpi_is_computed_from_the_facts_of_its_events() {
        String day = "2021-03-10";
        approval(day, 10);
        approval(day, 20);
        approval(day, 90);
        recorder.started(company, on(day, 0), new StartFacts(4, 4, true, 10, 10));
        recorder.started(company, on(day, 5), new StartFacts(3, 2, false, 10, 9));
        recorder.closed(company, on(day, 60), true);
        recorder.closed(company, on(day, 61), false);
        recorder.closed(company, on(day, 62), true);
        recorder.closed(company, on(day, 63), true);
        UUID u1 = UUID.randomUUID();
        UUID u2 = UUID.randomUUID();
        recorder.on(new AlarmAcknowledged(UUID.randomUUID(), company, UUID.randomUUID(), u1, on(day, 1), 30));
        recorder.on(new AlarmAcknowledged(UUID.randomUUID(), company, UUID.randomUUID(), u1, on(day, 2), 90));
        for (int i = 0; i < 3; i++) {
            recorder.on(new HazardReported(UUID.randomUUID(), company, UUID.randomUUID(), u2, on(day, i)));
        }
        recorder.on(new HazardClosed(UUID.randomUUID(), company, UUID.randomUUID(), on(day, -600), on(day, 0), 12));
        recorder.on(new HazardClosed(UUID.randomUUID(), company, UUID.randomUUID(), on(day, -2000), on(day, 0), 36));
        recorder.on(new CheckedIn(UUID.randomUUID(), company, UUID.randomUUID(), UUID.randomUUID(), u1, "GPS", on(day, 3)));
        recorder.on(new PermitActRecorded(UUID.randomUUID(), company, "DH-1", "START", PermitStatus.APPROVED,
                PermitStatus.ACTIVE, on(day, 4), Actor.system("SCHEDULE"), null));
        UUID w1 = UUID.randomUUID();
        recorder.on(new TrainingRecorded(UUID.randomUUID(), w1, company, "REVIEW", LocalDate.parse(day)));
        recorder.on(new TrainingRecorded(UUID.randomUUID(), w1, company, "DRILL", LocalDate.parse(day)));
        recorder.on(new TrainingRecorded(UUID.randomUUID(), UUID.randomUUID(), company, "DRILL", LocalDate.parse(day)));

        KpiFigures f = kpis.figures(Set.of(company), LocalDate.parse("2021-03-01"), LocalDate.parse("2021-03-31"));

        assertThat(f.certifiedWorkRate()).isEqualTo(6 / 7.0);
        assertThat(f.approvalCompletenessRate()).isEqualTo(0.5);
        assertThat(f.measureCompletionRate()).isEqualTo(0.95);
        assertThat(f.meanApprovalMinutes()).isEqualTo(40.0);
        assertThat(f.p90ApprovalMinutes()).isEqualTo(90.0);
        assertThat(f.meanAlarmAckSeconds()).isEqualTo(60.0);
        assertThat(f.hazardClosureHours()).isEqualTo(24.0);
        assertThat(f.dataCompletenessRate()).isEqualTo(0.75);
        assertThat(f.hazardReports()).isEqualTo(3);
        // No accounts or workers in this made-up company: the participation rates have nothing to divide by.
        assertThat(f.activeMobileUserRate()).isNull();
        assertThat(f.trainingCompletionRate()).isNull();
        var totals = facts.totals(Set.of(company), LocalDate.parse("2021-03-01"), LocalDate.parse("2021-03-31"));
        assertThat(totals.activeUsers()).isEqualTo(2); // u1 (ack, check-in) and u2 (reports); the system is nobody
        assertThat(totals.trainedWorkers()).isEqualTo(2);
        assertThat(kpis.figures(Set.of(company), LocalDate.parse("2021-03-11"), LocalDate.parse("2021-03-31"))
                .hazardReports()).isZero();
    }

    @Test
    void a_span_across_months_reads_whole_months_from_the_roll_up_and_loose_days_from_the_daily_rows() {
        String[] days = {"2021-06-30", "2021-07-01", "2021-07-15", "2021-07-31", "2021-08-01", "2021-09-30",
                "2021-10-01", "2021-10-02"};
        for (int i = 0; i < days.length; i++) {
            approval(days[i], 10 * (i + 1)); // 10, 20, … 80 minutes: each day's figure can be told apart
        }

        assertThat(approvals("2021-06-01", "2021-10-31")).as("everything").isEqualTo(8);
        assertThat(approvals("2021-07-01", "2021-09-30")).as("three whole months").isEqualTo(5);
        assertThat(approvals("2021-06-30", "2021-10-01")).as("loose days at both ends").isEqualTo(7);
        assertThat(approvals("2021-07-02", "2021-09-30")).as("loose days at the start").isEqualTo(4);
        assertThat(approvals("2021-07-15", "2021-07-31")).as("inside one month").isEqualTo(2);
        assertThat(kpis.figures(Set.of(company), LocalDate.parse("2021-06-30"), LocalDate.parse("2021-10-01"))
                .meanApprovalMinutes()).isEqualTo((10 + 20 + 30 + 40 + 50 + 60 + 70) / 7.0);
        assertThat(facts.totals(Set.of(company), LocalDate.parse("2021-06-30"), LocalDate.parse("2021-10-01"))
                .approvalHistogram().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(7);
        assertThat(facts.totalsPerCompany(Set.of(company), LocalDate.parse("2021-06-30"), LocalDate.parse("2021-10-01"))
                .get(company).sum(KpiDefinitions.Counter.PERMITS_APPROVED)).isEqualTo(7);
    }

    @Test
    void a_user_active_in_a_loose_day_and_a_whole_month_counts_once() {
        UUID u = UUID.randomUUID();
        UUID v = UUID.randomUUID();
        for (String day : new String[] {"2021-06-30", "2021-07-15", "2021-07-16", "2021-10-01"}) {
            recorder.on(new CheckedIn(UUID.randomUUID(), company, UUID.randomUUID(), UUID.randomUUID(), u, "GPS", on(day, 0)));
        }
        recorder.on(new CheckedIn(UUID.randomUUID(), company, UUID.randomUUID(), UUID.randomUUID(), v, "GPS",
                on("2021-07-01", 0)));

        assertThat(active("2021-06-30", "2021-10-01")).as("u in three pieces, v in one").isEqualTo(2);
        assertThat(active("2021-07-02", "2021-09-30")).as("only u from 07-15").isEqualTo(1);
        assertThat(active("2021-06-01", "2021-06-30")).as("a whole month").isEqualTo(1);
        assertThat(active("2021-08-01", "2021-09-30")).isZero();
        assertThat(facts.totalsPerCompany(Set.of(company), LocalDate.parse("2021-06-30"), LocalDate.parse("2021-10-01"))
                .get(company).activeUsers()).isEqualTo(2);
    }

    long active(String from, String to) {
        return facts.totals(Set.of(company), LocalDate.parse(from), LocalDate.parse(to)).activeUsers();
    }

    double approvals(String from, String to) {
        return facts.totals(Set.of(company), LocalDate.parse(from), LocalDate.parse(to))
                .sum(KpiDefinitions.Counter.PERMITS_APPROVED);
    }

    @Test
    void an_event_delivered_twice_is_counted_once() {
        String day = "2021-04-10";
        PermitApproved approved = new PermitApproved(UUID.randomUUID(), company, "DH-2", UUID.randomUUID(),
                on(day, 0), on(day, 30));
        AlarmAcknowledged ack = new AlarmAcknowledged(UUID.randomUUID(), company, UUID.randomUUID(), UUID.randomUUID(),
                on(day, 1), 40);
        HazardReported reported = new HazardReported(UUID.randomUUID(), company, UUID.randomUUID(), UUID.randomUUID(), on(day, 2));
        HazardClosed closed = new HazardClosed(reported.hazardId(), company, reported.siteId(), on(day, 2), on(day, 122), 2);
        for (int delivery = 0; delivery < 2; delivery++) {
            recorder.on(approved);
            recorder.on(ack);
            recorder.on(reported);
            recorder.on(closed);
        }

        KpiFigures f = kpis.figures(Set.of(company), LocalDate.parse(day), LocalDate.parse(day));

        assertThat(f.meanApprovalMinutes()).isEqualTo(30.0);
        assertThat(f.p90ApprovalMinutes()).isEqualTo(30.0);
        assertThat(f.meanAlarmAckSeconds()).isEqualTo(40.0);
        assertThat(f.hazardReports()).isEqualTo(1);
        assertThat(f.hazardClosureHours()).isEqualTo(2.0);
        assertThat(facts.totals(Set.of(company), LocalDate.parse(day), LocalDate.parse(day)).approvalHistogram())
                .containsExactly(java.util.Map.entry(30, 1L));
    }

    @Test
    void previous_is_the_same_span_a_year_earlier() {
        approval("2021-05-20", 60);
        approval("2020-05-20", 120);
        approval("2020-06-01", 5); // outside the earlier span
        recorder.on(new HazardReported(UUID.randomUUID(), company, UUID.randomUUID(), UUID.randomUUID(), on("2020-05-31", 0)));

        KpiFigures f = kpis.compared(Set.of(company), LocalDate.parse("2021-05-01"), LocalDate.parse("2021-05-31"));

        assertThat(f.meanApprovalMinutes()).isEqualTo(60.0);
        assertThat(f.hazardReports()).isZero();
        assertThat(f.previous().meanApprovalMinutes()).isEqualTo(120.0);
        assertThat(f.previous().hazardReports()).isEqualTo(1);
        assertThat(f.previous().previous()).isNull();
    }

    @Test
    void a_span_ending_before_it_starts_is_refused() {
        assertThatThrownBy(() -> kpis.compared(Set.of(company), LocalDate.parse("2021-05-02"), LocalDate.parse("2021-05-01")))
                .isInstanceOf(BusinessProblem.class).extracting("code").isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void the_listener_counts_a_published_event_once_it_is_committed() {
        HazardReported reported = new HazardReported(UUID.randomUUID(), company, UUID.randomUUID(), UUID.randomUUID(),
                on("2021-07-01", 0));
        transactions.executeWithoutResult(tx -> events.publishEvent(reported));

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                kpis.figures(Set.of(company), LocalDate.parse("2021-07-01"), LocalDate.parse("2021-07-01")).hazardReports())
                .isEqualTo(1));
    }

    @Test
    void a_rebuild_recounts_history_and_forgets_what_history_does_not_have() {
        recorder.on(new HazardReported(UUID.randomUUID(), company, UUID.randomUUID(), UUID.randomUUID(), on("2021-08-01", 0)));

        assertThat(kpis.rebuild(company)).isZero();
        assertThat(kpis.figures(Set.of(company), LocalDate.parse("2021-08-01"), LocalDate.parse("2021-08-01"))
                .hazardReports()).isZero();

        UUID demo = organization.companyByCode("DEMO").orElseThrow().id();
        LocalDate from = LocalDate.parse("2000-01-01");
        LocalDate to = LocalDate.parse("2100-01-01");
        int counted = kpis.rebuild(demo);
        assertThat(counted).as("the demo plant's permit history").isPositive();
        KpiFigures once = kpis.figures(Set.of(demo), from, to);
        assertThat(kpis.rebuild(demo)).isEqualTo(counted);
        assertThat(kpis.figures(Set.of(demo), from, to)).isEqualTo(once);
    }
}
