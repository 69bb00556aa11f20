package cn.anzuo.analytics.web;

import cn.anzuo.analytics.KpiFigures;
import java.util.function.Function;

/**
 * Every figure of {@link KpiFigures} with its dimension, unit and target (PRODUCT.md §2.7: compliance ≥ 98 %,
 * speed −50 % year on year, data 100 %, participation without a target), in the order the exports and the
 * dashboard show them. Message keys are {@code kpi.<name>}.
 */
enum KpiMeasure {
    certifiedWorkRate(Dimension.COMPLIANCE, Unit.RATE, Target.AT_LEAST_98, KpiFigures::certifiedWorkRate),
    approvalCompletenessRate(Dimension.COMPLIANCE, Unit.RATE, Target.AT_LEAST_98, KpiFigures::approvalCompletenessRate),
    measureCompletionRate(Dimension.COMPLIANCE, Unit.RATE, Target.AT_LEAST_98, KpiFigures::measureCompletionRate),
    meanApprovalMinutes(Dimension.SPEED, Unit.MINUTES, Target.HALVE, KpiFigures::meanApprovalMinutes),
    p90ApprovalMinutes(Dimension.SPEED, Unit.MINUTES, Target.HALVE, KpiFigures::p90ApprovalMinutes),
    meanAlarmAckSeconds(Dimension.SPEED, Unit.SECONDS, Target.HALVE, KpiFigures::meanAlarmAckSeconds),
    hazardClosureHours(Dimension.SPEED, Unit.HOURS, Target.HALVE, KpiFigures::hazardClosureHours),
    dataCompletenessRate(Dimension.DATA, Unit.RATE, Target.ALL, KpiFigures::dataCompletenessRate),
    activeMobileUserRate(Dimension.PARTICIPATION, Unit.RATE, Target.NONE, KpiFigures::activeMobileUserRate),
    hazardReports(Dimension.PARTICIPATION, Unit.COUNT, Target.NONE, f -> (double) f.hazardReports()),
    trainingCompletionRate(Dimension.PARTICIPATION, Unit.RATE, Target.NONE, KpiFigures::trainingCompletionRate);

    enum Dimension { COMPLIANCE, SPEED, DATA, PARTICIPATION }

    enum Unit { RATE, MINUTES, SECONDS, HOURS, COUNT }

    enum Target { AT_LEAST_98, HALVE, ALL, NONE }

    /** Rates are compared with a little slack: 49/50 is 0.98 exactly, but not always in binary. */
    private static final double EPSILON = 1e-9;

    final Dimension dimension;
    final Unit unit;
    final Target target;
    private final Function<KpiFigures, Double> read;

    KpiMeasure(Dimension dimension, Unit unit, Target target, Function<KpiFigures, Double> read) {
        this.dimension = dimension;
        this.unit = unit;
        this.target = target;
        this.read = read;
    }

    Double of(KpiFigures figures) {
        return figures == null ? null : read.apply(figures);
    }

    /**
     * Whether the span meets the target: null when there is no target or no data to judge by (a time with
     * no year-earlier figure cannot have halved).
     */
    Boolean met(Double value, Double previous) {
        if (value == null) {
            return null;
        }
        return switch (target) {
            case AT_LEAST_98 -> value >= 0.98 - EPSILON;
            case ALL -> value >= 1.0 - EPSILON;
            case HALVE -> previous == null || previous <= 0 ? null : value <= previous * 0.5 + EPSILON;
            case NONE -> null;
        };
    }

    /** One figure of a span, ready to show or export. */
    record Row(KpiMeasure measure, Double value, Double previous, Boolean met) {}

    static java.util.List<Row> rows(KpiFigures figures) {
        return java.util.Arrays.stream(values())
                .map(m -> new Row(m, m.of(figures), m.of(figures.previous()),
                        m.met(m.of(figures), m.of(figures.previous()))))
                .toList();
    }
}
