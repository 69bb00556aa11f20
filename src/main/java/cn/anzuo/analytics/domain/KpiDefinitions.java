package cn.anzuo.analytics.domain;

import cn.anzuo.analytics.KpiFigures;
import cn.anzuo.permit.PermitSheet;
import cn.anzuo.qualification.QualificationCheck;
import cn.anzuo.shared.WorkType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Every KPI's numerator and denominator, in one place (PRODUCT.md §2.7, DOMAIN.md §6; docs/kpis.md says the
 * same in prose). DOMAIN.md §6 notes that "no national standard that defines these KPIs was found": the
 * definitions below are the enterprise's proposals, and changing one means changing it here and in the doc.
 * The day a fact falls on is the day of its event in the company's time zone.
 */
public final class KpiDefinitions {

    private KpiDefinitions() {}

    /** The counters kept per company and day; each KPI below divides two of them. */
    public enum Counter {
        /** People (leader, guardian, workers) named on permits that started that day. */
        PEOPLE_ON_STARTED_PERMITS,
        /** Of those, people holding a valid certificate for the required item at the time of work. */
        PEOPLE_CERTIFIED,
        /** Permits started that day. */
        PERMITS_STARTED,
        /** Of those, permits whose every approval step was approved before the start. */
        PERMITS_STARTED_FULLY_APPROVED,
        /** Checklist items (安全措施) on permits started that day. */
        MEASURES_ON_STARTED_PERMITS,
        /** Of those, items answered (是否涉及 confirmed as applicable or not) before the start. */
        MEASURES_CONFIRMED,
        /** Permits whose last approval step was approved that day. */
        PERMITS_APPROVED,
        /** Sum of their minutes from submission to final approval. */
        APPROVAL_MINUTES,
        /** Alarms acknowledged that day. */
        ALARMS_ACKNOWLEDGED,
        /** Sum of their seconds from raising to acknowledging. */
        ALARM_ACK_SECONDS,
        /** Hazards closed that day. */
        HAZARDS_CLOSED,
        /** Sum of their hours from report to closing. */
        HAZARD_CLOSURE_HOURS,
        /** Permits closed (完工验收) that day. */
        PERMITS_CLOSED,
        /** Of those, permits whose record is complete (see {@link #completeRecord}). */
        PERMITS_CLOSED_COMPLETE,
        /** Hazards reported that day. */
        HAZARDS_REPORTED
    }

    /**
     * Upper edges (minutes) of the approval-time buckets kept per day for the p90; the last one holds every
     * longer approval. Fixed, so that days and companies add up bucket by bucket.
     */
    public static final List<Integer> APPROVAL_BUCKETS = List.of(5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240, 360,
            480, 720, 1440, 2880, 4320, 10080, Integer.MAX_VALUE);

    /** Work types whose record needs a gas analysis (GB 30871-2022 §5.3, §6.3). */
    private static final List<WorkType> GAS_TESTED = List.of(WorkType.HOT_WORK, WorkType.CONFINED_SPACE);

    /** What a started permit adds to the compliance counters. */
    public record StartFacts(int people, int certified, boolean fullyApproved, int measures, int measuresConfirmed) {}

    /** The sums of the counters over companies and days, with the distinct people active or trained. */
    public record Totals(Map<Counter, Double> sums, SortedMap<Integer, Long> approvalHistogram, long activeUsers,
            long trainedWorkers) {

        double sum(Counter counter) {
            return sums.getOrDefault(counter, 0.0);
        }

        /** Nothing counted: a company without a fact in the span. */
        public static Totals none() {
            return new Totals(Map.of(), new java.util.TreeMap<>(), 0, 0);
        }

        /**
         * The totals of several companies together. Distinct people add up because a user or a worker belongs
         * to one company only.
         */
        public Totals plus(Totals other) {
            Map<Counter, Double> both = new java.util.EnumMap<>(Counter.class);
            both.putAll(sums);
            other.sums.forEach((counter, amount) -> both.merge(counter, amount, Double::sum));
            SortedMap<Integer, Long> histogram = new java.util.TreeMap<>(approvalHistogram);
            other.approvalHistogram.forEach((edge, permits) -> histogram.merge(edge, permits, Long::sum));
            return new Totals(both, histogram, activeUsers + other.activeUsers, trainedWorkers + other.trainedWorkers);
        }
    }

    /**
     * The KPIs from the totals and two head counts the facts do not keep (users and workers of the companies).
     *
     * <ul>
     *   <li>持证上岗率 {@code certifiedWorkRate}: "People on special-operation permits holding a valid, verified
     *       certificate for the required item at the time of work ÷ all people on such permits" (DOMAIN.md §6)
     *       = {@code PEOPLE_CERTIFIED / PEOPLE_ON_STARTED_PERMITS}. Target 100 % (PRODUCT.md: ≥ 98 %).
     *   <li>审批完整率 {@code approvalCompletenessRate}: "Permits with every required approval node, per the
     *       configured B.1 chain, signed before the start ÷ permits started" = {@code PERMITS_STARTED_FULLY_APPROVED
     *       / PERMITS_STARTED}. Target 100 %.
     *   <li>防护措施落实率 {@code measureCompletionRate}: checklist items confirmed before the start ÷ checklist
     *       items of started permits = {@code MEASURES_CONFIRMED / MEASURES_ON_STARTED_PERMITS}. Target ≥ 98 %.
     *   <li>{@code meanApprovalMinutes} = {@code APPROVAL_MINUTES / PERMITS_APPROVED}; {@code p90ApprovalMinutes}
     *       = the upper edge of the bucket holding the 90th percentile of the approval-time histogram ("at most").
     *       Target −50 % year on year.
     *   <li>报警响应时长 {@code meanAlarmAckSeconds} = {@code ALARM_ACK_SECONDS / ALARMS_ACKNOWLEDGED}.
     *   <li>{@code hazardClosureHours} = {@code HAZARD_CLOSURE_HOURS / HAZARDS_CLOSED}.
     *   <li>记录完整率 {@code dataCompletenessRate} = {@code PERMITS_CLOSED_COMPLETE / PERMITS_CLOSED}. Target 100 %.
     *   <li>{@code activeMobileUserRate}: distinct users who checked in, reported a hazard, acknowledged an alarm
     *       or signed a permit act in the span ÷ enabled user accounts of the companies.
     *   <li>{@code hazardReports} = {@code HAZARDS_REPORTED} (a count, never null).
     *   <li>{@code trainingCompletionRate}: distinct workers with a training record completed in the span ÷
     *       enabled workers of the companies.
     * </ul>
     */
    public static KpiFigures figures(Totals t, long users, long workers) {
        return new KpiFigures(
                ratio(t.sum(Counter.PEOPLE_CERTIFIED), t.sum(Counter.PEOPLE_ON_STARTED_PERMITS)),
                ratio(t.sum(Counter.PERMITS_STARTED_FULLY_APPROVED), t.sum(Counter.PERMITS_STARTED)),
                ratio(t.sum(Counter.MEASURES_CONFIRMED), t.sum(Counter.MEASURES_ON_STARTED_PERMITS)),
                ratio(t.sum(Counter.APPROVAL_MINUTES), t.sum(Counter.PERMITS_APPROVED)),
                p90(t.approvalHistogram()),
                ratio(t.sum(Counter.ALARM_ACK_SECONDS), t.sum(Counter.ALARMS_ACKNOWLEDGED)),
                ratio(t.sum(Counter.HAZARD_CLOSURE_HOURS), t.sum(Counter.HAZARDS_CLOSED)),
                ratio(t.sum(Counter.PERMITS_CLOSED_COMPLETE), t.sum(Counter.PERMITS_CLOSED)),
                users == 0 ? null : Math.min(1.0, (double) t.activeUsers() / users),
                Math.round(t.sum(Counter.HAZARDS_REPORTED)),
                workers == 0 ? null : Math.min(1.0, (double) t.trainedWorkers() / workers),
                null);
    }

    /** The bucket an approval of so many minutes is counted in. */
    public static int bucketOf(double minutes) {
        return APPROVAL_BUCKETS.stream().filter(edge -> minutes <= edge).findFirst().orElse(Integer.MAX_VALUE);
    }

    /**
     * The 90th percentile as the upper edge of its bucket; the open last bucket reports its lower edge (a week),
     * the most the histogram can say.
     */
    static Double p90(SortedMap<Integer, Long> histogram) {
        long n = histogram.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return null;
        }
        long rank = (long) Math.ceil(0.9 * n);
        long seen = 0;
        for (Map.Entry<Integer, Long> bucket : histogram.entrySet()) {
            seen += bucket.getValue();
            if (seen >= rank) {
                int edge = bucket.getKey();
                return (double) (edge == Integer.MAX_VALUE ? APPROVAL_BUCKETS.get(APPROVAL_BUCKETS.size() - 2) : edge);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /**
     * A started permit's compliance facts: its distinct people and how many were qualified (the
     * qualification module's answer for the permit's window), whether every approval step was approved
     * before the start, and how many checklist items were answered.
     */
    public static StartFacts startFacts(PermitSheet sheet, Collection<QualificationCheck> checks) {
        int certified = (int) checks.stream().filter(QualificationCheck::qualified).count();
        java.time.Instant start = sheet.startedAt();
        boolean approved = !sheet.approvals().isEmpty() && sheet.approvals().stream()
                .allMatch(a -> "APPROVED".equals(a.status()) && a.decidedAt() != null
                        && (start == null || !a.decidedAt().isAfter(start)));
        int confirmed = (int) sheet.measures().stream().filter(m -> m.applicable() != null).count();
        return new StartFacts(checks.size(), certified, approved, sheet.measures().size(), confirmed);
    }

    /**
     * A closed permit's record is complete when the form has its place and content, every checklist item is
     * answered, every approval step is decided, someone checked in, it was started and completed, leader and
     * guardian accepted it (完工验收), and hot work and confined-space entry have a gas analysis.
     */
    public static boolean completeRecord(PermitSheet sheet) {
        return !blank(sheet.location()) && !blank(sheet.content())
                && sheet.measures().stream().allMatch(m -> m.applicable() != null)
                && !sheet.approvals().isEmpty() && sheet.approvals().stream().allMatch(a -> a.decidedAt() != null)
                && !sheet.checkIns().isEmpty()
                && sheet.startedAt() != null && sheet.completedAt() != null
                && sheet.leaderAcceptedAt() != null && sheet.guardianAcceptedAt() != null
                && (!GAS_TESTED.contains(sheet.permit().type()) || !sheet.gasAnalyses().isEmpty());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Double ratio(double numerator, double denominator) {
        return denominator == 0 ? null : numerator / denominator;
    }
}
