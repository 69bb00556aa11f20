package cn.anzuo.analytics.web;

import cn.anzuo.analytics.KpiFigures;
import cn.anzuo.analytics.Kpis;
import cn.anzuo.analytics.web.KpiSpans.KpiSpan;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The dashboard's charts: twelve months up to the span's end, each month's figures read from {@link Kpis}
 * like any span (so a month's rate is its own numerator over its own denominator, not a mean of days).
 */
@Component
class KpiTrend {

    static final int MONTHS = 12;
    /** The rates worth a line: the two compliance rates most steered by the plant, and record completeness. */
    static final List<KpiMeasure> RATES = List.of(KpiMeasure.certifiedWorkRate,
            KpiMeasure.approvalCompletenessRate, KpiMeasure.dataCompletenessRate);
    static final List<KpiMeasure> APPROVAL = List.of(KpiMeasure.meanApprovalMinutes, KpiMeasure.p90ApprovalMinutes);

    private final Kpis kpis;
    private final KpiTexts texts;

    KpiTrend(Kpis kpis, KpiTexts texts) {
        this.kpis = kpis;
        this.texts = texts;
    }

    /** A series: the figure's key, its label, a value per month (null where the month has no data). */
    record Series(String key, String name, List<Double> values) {}

    /** The JSON of {@code GET /dashboard/trend.json}. */
    record Trend(List<String> months, List<Series> rates, List<Series> approvalMinutes) {}

    Trend of(KpiSpan span, Locale locale) {
        YearMonth last = YearMonth.from(span.to());
        List<String> months = new ArrayList<>();
        Map<KpiMeasure, List<Double>> values = new LinkedHashMap<>();
        for (int i = MONTHS - 1; i >= 0; i--) {
            YearMonth month = last.minusMonths(i);
            LocalDate end = month.atEndOfMonth().isAfter(span.today()) ? span.today() : month.atEndOfMonth();
            months.add(month.toString());
            // a month still to come has no figures rather than zeros
            KpiFigures figures = end.isBefore(month.atDay(1)) ? null
                    : kpis.figures(span.companies(), month.atDay(1), end);
            for (KpiMeasure m : concat()) {
                values.computeIfAbsent(m, k -> new ArrayList<>()).add(m.of(figures));
            }
        }
        return new Trend(months, series(RATES, values, locale), series(APPROVAL, values, locale));
    }

    private static List<KpiMeasure> concat() {
        List<KpiMeasure> all = new ArrayList<>(RATES);
        all.addAll(APPROVAL);
        return all;
    }

    private List<Series> series(List<KpiMeasure> measures, Map<KpiMeasure, List<Double>> values, Locale locale) {
        return measures.stream().map(m -> new Series(m.name(), texts.label(m, locale), values.get(m))).toList();
    }
}
