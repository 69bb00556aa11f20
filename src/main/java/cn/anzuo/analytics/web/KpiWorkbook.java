package cn.anzuo.analytics.web;

import cn.anzuo.analytics.KpiFigures;
import cn.anzuo.analytics.web.KpiSpans.KpiSpan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

/**
 * {@code GET /kpis.xlsx}: one sheet with the span, then a row per figure — dimension, name, this span, a year
 * earlier, target, met. Values are numbers where there is data (rates as fractions formatted as percent) so
 * that the sheet can be computed with; an empty cell means no data.
 */
@Component
class KpiWorkbook {

    private static final Locale ZH = KpiTexts.EXPORT;
    private static final List<String> COLUMNS = List.of("dimension", "figure", "value", "previous", "target", "met");

    private final KpiTexts texts;

    KpiWorkbook(KpiTexts texts) {
        this.texts = texts;
    }

    byte[] write(KpiSpan span, KpiFigures figures) {
        var out = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(out, "Anzuo", "1.0");
            Worksheet sheet = workbook.newWorksheet(texts.text("kpi.export.sheet", ZH));
            sheet.value(0, 0, texts.text("kpi.export.title", ZH));
            sheet.style(0, 0).bold().set();
            sheet.value(1, 0, texts.text("kpi.export.span", ZH, span.from(), span.to(),
                    span.from().minusYears(1), span.to().minusYears(1)));
            for (int c = 0; c < COLUMNS.size(); c++) {
                sheet.value(3, c, texts.text("kpi.col." + COLUMNS.get(c), ZH));
                sheet.style(3, c).bold().set();
            }
            int r = 4;
            for (KpiMeasure.Row row : KpiMeasure.rows(figures)) {
                sheet.value(r, 0, texts.dimension(row.measure(), ZH));
                sheet.value(r, 1, texts.label(row.measure(), ZH));
                number(sheet, r, 2, row.measure(), row.value());
                number(sheet, r, 3, row.measure(), row.previous());
                sheet.value(r, 4, texts.target(row.measure(), ZH));
                sheet.value(r, 5, texts.met(row.met(), ZH));
                r++;
            }
            sheet.width(0, 14);
            sheet.width(1, 24);
            sheet.width(4, 16);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void number(Worksheet sheet, int r, int c, KpiMeasure measure, Double value) {
        if (value == null) {
            return;
        }
        if (measure.unit == KpiMeasure.Unit.COUNT) {
            sheet.value(r, c, Math.round(value));
        } else {
            sheet.value(r, c, value);
        }
        String format = switch (measure.unit) {
            case RATE -> "0.0%";
            case COUNT -> "0";
            default -> "0.0";
        };
        sheet.style(r, c).format(format).set();
    }
}
