package cn.anzuo.analytics.web;

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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A titled table (the ranking, the 合规之星) written as an Excel sheet or an A4 PDF. Cells are numbers where
 * the value is a number, so the sheet can be computed with; null is an empty cell.
 */
record ReportTable(String title, List<String> lines, List<String> columns, List<List<Object>> rows) {

    byte[] xlsx(String sheetName) {
        var out = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(out, "Anzuo", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            sheet.value(0, 0, title);
            sheet.style(0, 0).bold().set();
            int r = 1;
            for (String line : lines) {
                sheet.value(r++, 0, line);
            }
            r++;
            for (int c = 0; c < columns.size(); c++) {
                sheet.value(r, c, columns.get(c));
                sheet.style(r, c).bold().set();
            }
            for (List<Object> row : rows) {
                r++;
                for (int c = 0; c < row.size(); c++) {
                    Object value = row.get(c);
                    if (value instanceof Number n) {
                        sheet.value(r, c, n);
                    } else if (value != null) {
                        sheet.value(r, c, value.toString());
                    }
                }
            }
            sheet.width(1, 24);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    byte[] pdf() {
        var out = new ByteArrayOutputStream();
        var document = new Document(columns.size() > 6 ? PageSize.A4.rotate() : PageSize.A4, 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.open();
        Font titleFont = new Font(CjkFont.get(), 16, Font.BOLD);
        Font body = new Font(CjkFont.get(), 9);
        Font head = new Font(CjkFont.get(), 9, Font.BOLD);
        document.add(new Paragraph(title, titleFont));
        for (String line : lines) {
            document.add(new Paragraph(line, body));
        }
        var table = new PdfPTable(columns.size());
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        table.setHeaderRows(1);
        columns.forEach(column -> table.addCell(cell(column, head)));
        for (List<Object> row : rows) {
            row.forEach(value -> table.addCell(cell(value == null ? "—" : value.toString(), body)));
        }
        document.add(table);
        document.close();
        return out.toByteArray();
    }

    private static PdfPCell cell(String text, Font font) {
        var cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(3);
        return cell;
    }
}
