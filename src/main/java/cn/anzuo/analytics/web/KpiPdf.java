package cn.anzuo.analytics.web;

import cn.anzuo.analytics.KpiFigures;
import cn.anzuo.analytics.web.KpiSpans.KpiSpan;
import cn.anzuo.shared.pdf.CjkFont;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** {@code GET /kpis.pdf}: the same table as the workbook on one A4 page, in the permit's CJK font. */
@Component
class KpiPdf {

    private static final Locale ZH = KpiTexts.EXPORT;
    private static final List<String> COLUMNS = List.of("dimension", "figure", "value", "previous", "target", "met");

    private final KpiTexts texts;

    KpiPdf(KpiTexts texts) {
        this.texts = texts;
    }

    byte[] write(String companyName, KpiSpan span, KpiFigures figures) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.open();
        Font title = new Font(CjkFont.get(), 16, Font.BOLD);
        Font body = new Font(CjkFont.get(), 10);
        Font head = new Font(CjkFont.get(), 10, Font.BOLD);
        document.add(new Paragraph(texts.text("kpi.export.title", ZH), title));
        document.add(new Paragraph(companyName, body));
        document.add(new Paragraph(texts.text("kpi.export.span", ZH, span.from(), span.to(),
                span.from().minusYears(1), span.to().minusYears(1)), body));
        var table = new PdfPTable(new float[] {2.2f, 4f, 2f, 2f, 2.6f, 1.6f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        table.setHeaderRows(1);
        for (String column : COLUMNS) {
            table.addCell(cell(texts.text("kpi.col." + column, ZH), head));
        }
        for (KpiMeasure.Row row : KpiMeasure.rows(figures)) {
            table.addCell(cell(texts.dimension(row.measure(), ZH), body));
            table.addCell(cell(texts.label(row.measure(), ZH), body));
            table.addCell(cell(texts.value(row.measure(), row.value(), ZH), body));
            table.addCell(cell(texts.value(row.measure(), row.previous(), ZH), body));
            table.addCell(cell(texts.target(row.measure(), ZH), body));
            table.addCell(cell(texts.met(row.met(), ZH), body));
        }
        document.add(table);
        document.close();
        return out.toByteArray();
    }

    private static PdfPCell cell(String text, Font font) {
        var cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        return cell;
    }
}
