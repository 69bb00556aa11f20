package cn.anzuo.archive.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** The form's cells and labels: one look for every section of an Annex A form, texts in the reader's language. */
final class FormCells {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final Color HEAD_FILL = new Color(0xEE, 0xEE, 0xEE);

    private final MessageSource messages;
    private final Locale locale;
    private final ZoneId zone;
    private final Font heading;
    private final Font body;

    FormCells(MessageSource messages, Locale locale, ZoneId zone, Font heading, Font body) {
        this.messages = messages;
        this.locale = locale;
        this.zone = zone;
        this.heading = heading;
        this.body = body;
    }

    /** An empty section on one line ("气体分析：无"), so its title cannot be parted from its content. */
    void none(Document document, String key) throws DocumentException {
        Paragraph p = new Paragraph();
        p.add(new Chunk(text(key) + "：", heading));
        p.add(new Chunk(text("pdf.none"), body));
        p.setSpacingBefore(8);
        document.add(p);
    }

    /**
     * The section's title as the table's first row and the column labels as its second, both repeated on a
     * new page: a title never stays behind at the foot of a page without its table.
     */
    void headerRow(PdfPTable table, String section, String... keys) {
        titleRow(table, section, keys.length);
        for (String key : keys) {
            label(table, key);
        }
        table.setHeaderRows(2);
    }

    void titleRow(PdfPTable table, String section, int columns) {
        PdfPCell title = new PdfPCell(new Phrase(text(section), heading));
        title.setColspan(columns);
        title.setBorder(Rectangle.NO_BORDER);
        title.setPaddingTop(8);
        title.setPaddingBottom(4);
        title.setPaddingLeft(0);
        table.addCell(title);
        table.setHeaderRows(1);
    }

    void label(PdfPTable table, String key) {
        PdfPCell cell = new PdfPCell(new Phrase(text(key), body));
        cell.setBackgroundColor(HEAD_FILL);
        cell.setPadding(3);
        table.addCell(cell);
    }

    void cell(PdfPTable table, String value) {
        PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, body));
        cell.setPadding(3);
        table.addCell(cell);
    }

    void pair(PdfPTable table, String key1, String value1, String key2, String value2) {
        label(table, key1);
        cell(table, value1);
        if (key2 == null) {
            cell(table, "");
            cell(table, "");
        } else {
            label(table, key2);
            cell(table, value2);
        }
    }

    void wide(PdfPTable table, String key, String value) {
        label(table, key);
        PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, body));
        cell.setColspan(3);
        cell.setPadding(3);
        table.addCell(cell);
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    String orNone(String value) {
        return value == null || value.isBlank() ? text("pdf.none") : value;
    }

}
