package cn.anzuo.analytics.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The words and numbers of a KPI row, from the bundles, for the exports and the dashboard alike. */
@Component
class KpiTexts {

    /** The exports are for the enterprise's files (台账), which are kept in Chinese whatever the reader's locale. */
    static final Locale EXPORT = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    KpiTexts(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    String label(KpiMeasure measure, Locale locale) {
        return text("kpi." + measure.name(), locale);
    }

    String dimension(KpiMeasure measure, Locale locale) {
        return text("kpi.dimension." + measure.dimension.name(), locale);
    }

    String target(KpiMeasure measure, Locale locale) {
        return text("kpi.target." + measure.target.name(), locale);
    }

    String met(Boolean met, Locale locale) {
        return text("kpi.met." + (met == null ? "unknown" : met.toString()), locale);
    }

    /** A figure with its unit: rates as percent with one decimal, times with one decimal, counts whole. */
    String value(KpiMeasure measure, Double value, Locale locale) {
        if (value == null) {
            return text("kpi.noData", locale);
        }
        String number = switch (measure.unit) {
            case RATE -> String.format(Locale.ROOT, "%.1f", value * 100);
            case COUNT -> String.format(Locale.ROOT, "%d", Math.round(value));
            default -> String.format(Locale.ROOT, "%.1f", value);
        };
        return text("kpi.unit." + measure.unit.name(), locale, number);
    }

    /** A figure for a sheet cell: rates as a percentage number with one decimal, null without data. */
    Object exported(KpiMeasure measure, Double value) {
        if (value == null) {
            return null;
        }
        double shown = measure.unit == KpiMeasure.Unit.RATE ? value * 100 : value;
        return java.math.BigDecimal.valueOf(shown).setScale(1, java.math.RoundingMode.HALF_UP);
    }
}
