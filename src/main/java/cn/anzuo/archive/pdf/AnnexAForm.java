package cn.anzuo.archive.pdf;

import cn.anzuo.archive.domain.TraceEvent;
import cn.anzuo.permit.PermitLevel;
import cn.anzuo.permit.PermitRecord;
import cn.anzuo.permit.PermitSheet;
import cn.anzuo.qualification.WorkerView;
import cn.anzuo.shared.WorkType;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import cn.anzuo.shared.pdf.CjkFont;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;

/**
 * Lays a permit out as its type's GB 30871-2022 Annex A form, in the form's order: head (title, number,
 * level), the common fields, the crew, the safety-measure table ending with item 16 (其他安全措施), gas
 * analyses, check-ins, the approval blocks with their signatures, the work's progress, photos, and the QR
 * code of the trace. All text is real text in the embedded font, so the printed permit can be searched and
 * copied; labels come from the message bundles.
 */
final class AnnexAForm {

    private static final Color RED = new Color(0xB0, 0x1C, 0x1C);
    /** Every Annex A checklist ends with this free-text item; its text is the permit's {@code otherMeasures}. */
    private static final String OTHER_MEASURES_ITEM = "其他安全措施";

    private final PrintedPermit printed;
    private final MessageSource messages;
    private final Locale locale;
    private final Font title;
    private final Font heading;
    private final Font body;
    private final Font small;
    private final Font emphasis;
    private final FormCells cells;
    private final String checked;
    private final String unchecked;

    private AnnexAForm(PrintedPermit printed, MessageSource messages, Locale locale) {
        this.printed = printed;
        this.messages = messages;
        this.locale = locale;
        BaseFont cjk = CjkFont.get();
        this.title = new Font(cjk, 18);
        this.heading = new Font(cjk, 11);
        this.body = new Font(cjk, 9);
        this.small = new Font(cjk, 7.5f, Font.NORMAL, Color.DARK_GRAY);
        this.emphasis = new Font(cjk, 10, Font.NORMAL, RED);
        this.cells = new FormCells(messages, locale, printed.zone(), heading, body);
        // the paper form's ☐ boxes; fall back to squares the font is sure to have
        boolean boxes = cjk.charExists('☑') && cjk.charExists('☐');
        this.checked = boxes ? "☑" : "■";
        this.unchecked = boxes ? "☐" : "□";
    }

    static byte[] write(PrintedPermit printed, MessageSource messages, Locale locale) {
        return new AnnexAForm(printed, messages, locale).write();
    }

    private byte[] write() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 44);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Footer());
            PermitRecord p = printed.sheet().permit();
            document.addTitle(cells.text("pdf.title." + p.type().name()) + " " + p.number());
            document.addCreator("Anzuo");
            document.open();
            head(document);
            commonFields(document);
            crew(document);
            measures(document);
            gasAnalyses(document);
            checkIns(document);
            approvals(document);
            progress(document);
            photos(document);
            chain(document);
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("permit " + printed.sheet().permit().id() + " could not be printed", e);
        }
        return out.toByteArray();
    }

    // ---- head: title, number, level, QR code ----

    private void head(Document document) throws DocumentException, IOException {
        PermitRecord p = printed.sheet().permit();
        PdfPTable head = new PdfPTable(new float[] {5, 1.3f});
        head.setWidthPercentage(100);
        PdfPCell left = new PdfPCell();
        left.setBorder(Rectangle.NO_BORDER);
        Paragraph name = new Paragraph(cells.text("pdf.title." + p.type().name()), title);
        name.setAlignment(Element.ALIGN_CENTER);
        left.addElement(name);
        Paragraph annex = new Paragraph(cells.text("pdf.annex"), small);
        annex.setAlignment(Element.ALIGN_CENTER);
        left.addElement(annex);
        Paragraph number = new Paragraph();
        number.setSpacingBefore(6);
        number.add(new Chunk(cells.text("pdf.number") + "：", body));
        number.add(new Chunk(p.number(), heading));
        number.add(new Chunk("    " + cells.text("pdf.status") + "：" + cells.text("permit.status." + p.status().name()), body));
        left.addElement(number);
        List<PermitLevel> levels = PermitLevel.of(p.type());
        if (!levels.isEmpty()) {
            Paragraph level = new Paragraph();
            level.add(new Chunk(cells.text("pdf.level") + "：", body));
            for (PermitLevel l : levels) {
                boolean mine = l == p.level();
                level.add(new Chunk((mine ? checked : unchecked) + cells.text("permitLevel." + l.name()) + "   ",
                        mine ? emphasis : body));
            }
            left.addElement(level);
        }
        head.addCell(left);
        PdfPCell right = new PdfPCell();
        right.setBorder(Rectangle.NO_BORDER);
        Image qr = Image.getInstance(printed.qrPng());
        qr.scaleToFit(72, 72);
        qr.setAlignment(Element.ALIGN_CENTER);
        right.addElement(qr);
        Paragraph caption = new Paragraph(cells.text("pdf.qr"), small);
        caption.setAlignment(Element.ALIGN_CENTER);
        right.addElement(caption);
        head.addCell(right);
        document.add(head);
    }

    // ---- the fields every Annex A form has, and the type's own ----

    private void commonFields(Document document) throws DocumentException {
        PermitSheet s = printed.sheet();
        PermitRecord p = s.permit();
        PdfPTable table = new PdfPTable(new float[] {1.2f, 2.3f, 1.2f, 2.3f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        cells.pair(table, "pdf.applicantUnit", printed.companyName(), "pdf.appliedAt", cells.time(s.appliedAt()));
        cells.pair(table, "pdf.applicant", printed.applicantName(), "pdf.place", join(printed.siteName(), s.location()));
        cells.wide(table, "pdf.content", s.content());
        cells.wide(table, "pdf.window", cells.text("pdf.window.value", cells.time(p.plannedStart()), cells.time(p.plannedEnd())));
        if (s.heightMeters() != null) {
            cells.wide(table, "pdf.height", plain(s.heightMeters()));
        }
        if (s.loadTonnes() != null) {
            cells.wide(table, "pdf.load", plain(s.loadTonnes()));
        }
        cells.wide(table, "pdf.related", s.relatedNumbers().isEmpty() ? cells.text("pdf.none") : String.join("，", s.relatedNumbers()));
        cells.wide(table, "pdf.hazards", cells.orNone(s.hazards()));
        document.add(table);
    }

    private void crew(Document document) throws DocumentException {
        PermitRecord.Crew crew = printed.sheet().permit().crew();
        PdfPTable table = new PdfPTable(new float[] {1.2f, 1.4f, 2.2f, 2.2f});
        table.setWidthPercentage(100);
        cells.headerRow(table, "pdf.crew", "pdf.crew.role", "pdf.crew.name", "pdf.crew.idNumber", "pdf.crew.employer");
        person(table, "pdf.crew.leader", crew.leaderId());
        for (UUID worker : crew.workerIds()) {
            person(table, "pdf.crew.worker", worker);
        }
        person(table, "pdf.crew.guardian", crew.guardianId());
        document.add(table);
    }

    /** ID numbers only ever masked (as {@link WorkerView} gives them): a printed permit leaves the plant. */
    private void person(PdfPTable table, String role, UUID id) {
        WorkerView w = printed.workers().get(id);
        cells.cell(table, cells.text(role));
        cells.cell(table, w == null ? "" : w.name());
        cells.cell(table, w == null || w.idNumberMasked() == null ? "" : w.idNumberMasked());
        cells.cell(table, w == null || !w.contractor() ? printed.companyName() : w.employer());
    }

    private void measures(Document document) throws DocumentException {
        PermitSheet s = printed.sheet();
        PdfPTable table = new PdfPTable(new float[] {0.5f, 6, 0.9f, 1.2f});
        table.setWidthPercentage(100);
        cells.headerRow(table, "pdf.measures", "pdf.measures.seq", "pdf.measures.text", "pdf.measures.applicable", "pdf.measures.confirmedBy");
        boolean english = locale.getLanguage().equals("en");
        int seq = 0;
        boolean otherPrinted = false;
        for (PermitSheet.Measure m : s.measures()) {
            cells.cell(table, String.valueOf(++seq));
            boolean other = OTHER_MEASURES_ITEM.equals(m.textZh());
            String text = english && m.textEn() != null ? m.textEn() : m.textZh();
            cells.cell(table, other ? text + "：" + cells.orNone(s.otherMeasures()) : text);
            cells.cell(table, m.applicable() == null ? cells.text("pdf.measures.unanswered")
                    : (m.applicable() ? checked + cells.text("pdf.measures.yes") : unchecked + cells.text("pdf.measures.no")));
            // the applicant answers the checklist and writes the other measures: confirmer and author (编制人)
            cells.cell(table, other ? cells.text("pdf.measures.author") + "：" + printed.applicantName()
                    : m.applicable() == null ? "" : printed.applicantName());
            otherPrinted |= other;
        }
        if (!otherPrinted) {
            cells.cell(table, String.valueOf(++seq));
            PdfPCell row = new PdfPCell(new Phrase(cells.text("pdf.measures.other") + "：" + cells.orNone(s.otherMeasures()), body));
            row.setColspan(2);
            row.setPadding(3);
            table.addCell(row);
            cells.cell(table, cells.text("pdf.measures.author") + "：" + printed.applicantName());
        }
        document.add(table);
        PdfPTable emergency = new PdfPTable(new float[] {1.2f, 5.8f});
        emergency.setWidthPercentage(100);
        cells.label(emergency, "pdf.emergency");
        cells.cell(emergency, cells.orNone(s.emergencyMeasures()));
        document.add(emergency);
    }

    private void gasAnalyses(Document document) throws DocumentException {
        List<PermitSheet.GasAnalysis> tests = printed.sheet().gasAnalyses();
        if (tests.isEmpty()) {
            cells.none(document, "pdf.gas");
            return;
        }
        PdfPTable table = new PdfPTable(new float[] {1.5f, 1.5f, 3.2f, 0.8f, 1});
        table.setWidthPercentage(100);
        cells.headerRow(table, "pdf.gas", "pdf.gas.sampledAt", "pdf.gas.point", "pdf.gas.values", "pdf.gas.result", "pdf.gas.analyst");
        for (PermitSheet.GasAnalysis g : tests) {
            cells.cell(table, cells.time(g.sampledAt()));
            cells.cell(table, g.samplePoint() == null ? "" : g.samplePoint());
            cells.cell(table, String.join("；", g.readings().stream()
                    .map(r -> r.gas() + " " + plain(BigDecimal.valueOf(r.value())) + " " + unit(r.unit())).toList()));
            cells.cell(table, cells.text(g.passed() ? "pdf.gas.passed" : "pdf.gas.failed"));
            cells.cell(table, printed.analysts().getOrDefault(g.analystId(), ""));
        }
        document.add(table);
    }

    private void checkIns(Document document) throws DocumentException {
        List<PermitSheet.CheckIn> checkIns = printed.sheet().checkIns();
        if (checkIns.isEmpty()) {
            cells.none(document, "pdf.checkIns");
            return;
        }
        PdfPTable table = new PdfPTable(new float[] {2, 2, 2});
        table.setWidthPercentage(100);
        cells.headerRow(table, "pdf.checkIns", "pdf.crew.name", "pdf.checkIns.at", "pdf.checkIns.method");
        for (PermitSheet.CheckIn c : checkIns) {
            cells.cell(table, printed.workerName(c.workerId()));
            cells.cell(table, cells.time(c.at()));
            cells.cell(table, cells.text("onsite.proof." + c.method()));
        }
        document.add(table);
    }

    /** One block per step of the chain, in order, as the form's sequential opinion-and-signature boxes. */
    private void approvals(Document document) throws DocumentException, IOException {
        PdfPTable table = new PdfPTable(new float[] {1.4f, 2.6f, 1.6f, 1.4f});
        table.setWidthPercentage(100);
        cells.headerRow(table, "pdf.approvals", "pdf.approvals.step", "pdf.approvals.opinion", "pdf.approvals.signature", "pdf.approvals.at");
        for (PermitSheet.Approval a : printed.sheet().approvals()) {
            cells.cell(table, cells.text("role." + a.role().name()));
            String opinion = cells.text("pdf.approvals." + a.status());
            cells.cell(table, a.comment() == null || a.comment().isBlank() ? opinion : opinion + "：" + a.comment());
            PdfPCell signature = new PdfPCell();
            signature.setPadding(3);
            signature.setMinimumHeight(34);
            if (a.signaturePng() != null) {
                Image image = Image.getInstance(a.signaturePng());
                image.scaleToFit(90, 30);
                signature.addElement(image);
            }
            if (a.decidedByName() != null) {
                signature.addElement(new Paragraph(a.decidedByName(), small));
            }
            table.addCell(signature);
            cells.cell(table, cells.time(a.decidedAt()));
        }
        document.add(table);
    }

    private void progress(Document document) throws DocumentException {
        PermitSheet s = printed.sheet();
        PdfPTable table = new PdfPTable(new float[] {1.2f, 2.3f, 1.2f, 2.3f});
        table.setWidthPercentage(100);
        cells.titleRow(table, "pdf.progress", 4);
        if (s.permit().type() == WorkType.HOT_WORK) {
            // 当班班长验票 is a step of the hot-work form only (A.1)
            cells.pair(table, "pdf.progress.shiftCheck", cells.time(s.shiftCheckedAt()), null, null);
        }
        cells.pair(table, "pdf.progress.started", cells.time(s.startedAt()), "pdf.progress.completed", cells.time(s.completedAt()));
        cells.pair(table, "pdf.progress.leaderAccepted", cells.time(s.leaderAcceptedAt()), "pdf.progress.guardianAccepted",
                cells.time(s.guardianAcceptedAt()));
        document.add(table);
    }

    private void photos(Document document) throws DocumentException, IOException {
        if (printed.photos().isEmpty()) {
            return;
        }
        PdfPTable table = new PdfPTable(4);
        table.setWidthPercentage(100);
        cells.titleRow(table, "pdf.photos", 4);
        for (byte[] photo : printed.photos()) {
            Image image = Image.getInstance(photo);
            image.scaleToFit(120, 90);
            PdfPCell cell = new PdfPCell(image, false);
            cell.setPadding(3);
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(cell);
        }
        table.getDefaultCell().setBorder(Rectangle.NO_BORDER); // the empty rest of the last row
        table.completeRow();
        document.add(table);
    }

    /** 4.18 不得涂改: the printed copy names the last hash of the trace, so a reader can check it against the system. */
    private void chain(Document document) throws DocumentException {
        List<TraceEvent> events = printed.trace().events();
        String line = printed.trace().chainValid()
                ? cells.text("pdf.chain.valid", events.size(), events.isEmpty() ? "-" : events.getLast().hash())
                : cells.text("pdf.chain.broken");
        Paragraph paragraph = new Paragraph(line, printed.trace().chainValid() ? small : emphasis);
        paragraph.setSpacingBefore(8);
        document.add(paragraph);
    }

    // ---- small pieces ----

    private static String join(String a, String b) {
        return a == null || a.isBlank() ? b : b == null || b.isBlank() ? a : a + " · " + b;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String unit(String unit) {
        return switch (unit) {
            case "PCT_VOL" -> "%VOL";
            case "PCT_LEL" -> "%LEL";
            case "PPM" -> "ppm";
            case "MG_M3" -> "mg/m³";
            default -> unit;
        };
    }

    /** Page number and the generation line at the foot of every page. */
    private final class Footer extends PdfPageEventHelper {

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            String line = cells.text("pdf.footer", cells.time(printed.printedAt())) + "   " + printed.sheet().permit().number()
                    + " · " + writer.getPageNumber();
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, new Phrase(line, small),
                    (document.left() + document.right()) / 2, document.bottom() - 20, 0);
        }
    }
}
