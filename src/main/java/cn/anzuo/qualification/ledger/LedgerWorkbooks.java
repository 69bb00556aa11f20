package cn.anzuo.qualification.ledger;

import cn.anzuo.organization.Organization;
import cn.anzuo.qualification.domain.Certificate;
import cn.anzuo.qualification.domain.CertificateCatalog;
import cn.anzuo.qualification.domain.CertificateItem;
import cn.anzuo.qualification.domain.CertificateRegistry;
import cn.anzuo.qualification.domain.CertificateRegistry.Dated;
import cn.anzuo.qualification.domain.Worker;
import cn.anzuo.qualification.domain.WorkerRepository;
import cn.anzuo.shared.security.CurrentUser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two workbooks the page and the API hand out: the empty template, with a 说明 sheet on the
 * formats and the company's catalogue, and the export of the company's workers and certificates in
 * the template's columns plus 状态 — ID numbers and certificate numbers masked.
 */
@Component
class LedgerWorkbooks {

    static final String HELP_SHEET = "说明";
    private static final List<String> TEMPLATE_HELP = List.of("purpose", "oneRow", "required", "idNumber",
            "category", "itemCode", "number", "dates", "defaults", "contact", "reimport", "problems");
    private static final List<String> EXPORT_HELP = List.of("generated", "masked", "status");
    private static final String DATE_FORMAT = "yyyy-mm-dd";
    private static final String TEXT_FORMAT = "@";
    /** Text cells keep ID numbers, phones, codes such as 5.10 and numbers exactly as typed. */
    private static final List<LedgerColumn> TEXT_COLUMNS =
            List.of(LedgerColumn.ID_NUMBER, LedgerColumn.PHONE, LedgerColumn.ITEM_CODE, LedgerColumn.NUMBER);
    private static final List<LedgerColumn> DATE_COLUMNS =
            List.of(LedgerColumn.ISSUED_ON, LedgerColumn.EXPIRES_ON, LedgerColumn.REVIEW_DUE_ON);

    private final CertificateCatalog catalog;
    private final CertificateRegistry certificates;
    private final WorkerRepository workers;
    private final Organization organization;
    private final MessageSource messages;
    private final Clock clock;

    LedgerWorkbooks(CertificateCatalog catalog, CertificateRegistry certificates, WorkerRepository workers,
            Organization organization, MessageSource messages, Clock clock) {
        this.catalog = catalog;
        this.certificates = certificates;
        this.workers = workers;
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
    }

    /** A workbook to download and its file name. */
    record Download(String fileName, byte[] content) {}

    Download template(CurrentUser by, Locale locale) {
        return new Download(messages.getMessage("ledger.file.template", null, locale), template(by.companyId(), locale));
    }

    @Transactional(readOnly = true)
    Download export(CurrentUser by, Locale locale) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), organization.policy(by.companyId()).zone());
        return new Download(messages.getMessage("ledger.file.export", new Object[] {today.toString()}, locale),
                export(by.companyId(), today, locale));
    }

    private byte[] template(UUID companyId, Locale locale) {
        return write(workbook -> {
            Worksheet sheet = workbook.newWorksheet(LedgerReader.SHEET);
            header(sheet, false);
            // Column styles: what people type into the empty rows takes the column's format.
            TEXT_COLUMNS.forEach(column -> sheet.style(column.ordinal()).format(TEXT_FORMAT).set());
            DATE_COLUMNS.forEach(column -> sheet.style(column.ordinal()).format(DATE_FORMAT).set());
            Worksheet help = workbook.newWorksheet(HELP_SHEET);
            int row = help(help, "ledger.template.help.", TEMPLATE_HELP, locale);
            catalogue(help, row + 1, catalog.itemsFor(companyId), locale);
        });
    }

    private byte[] export(UUID companyId, LocalDate today, Locale locale) {
        Map<UUID, List<Dated>> held = certificates.list(Set.of(companyId), null, null).stream()
                .collect(Collectors.groupingBy(d -> d.certificate().workerId()));
        List<Worker> people = workers.findByCompanyId(companyId).stream()
                .sorted(Comparator.comparing(Worker::name)).toList();
        return write(workbook -> {
            Worksheet sheet = workbook.newWorksheet(LedgerReader.SHEET);
            header(sheet, true);
            int row = 1;
            for (Worker worker : people) {
                List<Dated> ofWorker = held.getOrDefault(worker.id(), List.of());
                if (ofWorker.isEmpty()) {
                    person(sheet, row++, worker);
                }
                for (Dated dated : ofWorker) {
                    person(sheet, row, worker);
                    certificate(sheet, row++, dated, locale);
                }
            }
            if (row > 1) {
                format(sheet, DATE_COLUMNS, row - 1, DATE_FORMAT);
            }
            help(workbook.newWorksheet(HELP_SHEET), "ledger.export.help.", EXPORT_HELP, locale, today);
        });
    }

    private static void format(Worksheet sheet, List<LedgerColumn> columns, int lastRow, String format) {
        for (LedgerColumn column : columns) {
            sheet.range(1, column.ordinal(), lastRow, column.ordinal()).style().format(format).set();
        }
    }

    private static void header(Worksheet sheet, boolean withStatus) {
        for (LedgerColumn column : LedgerColumn.values()) {
            sheet.value(0, column.ordinal(), column.header());
            sheet.width(column.ordinal(), column == LedgerColumn.ID_NUMBER || column == LedgerColumn.NUMBER ? 24 : 16);
        }
        int last = LedgerColumn.values().length - 1;
        if (withStatus) {
            sheet.value(0, ++last, LedgerColumn.STATUS_HEADER);
        }
        sheet.range(0, 0, 0, last).style().bold().fillColor("DDE7F3").set();
        sheet.freezePane(0, 1);
    }

    private static void person(Worksheet sheet, int row, Worker worker) {
        sheet.value(row, LedgerColumn.NAME.ordinal(), worker.name());
        sheet.value(row, LedgerColumn.ID_NUMBER.ordinal(), worker.view().idNumberMasked());
        sheet.value(row, LedgerColumn.PHONE.ordinal(), worker.view().phone());
        sheet.value(row, LedgerColumn.EMPLOYER.ordinal(), worker.view().employer());
    }

    private void certificate(Worksheet sheet, int row, Dated dated, Locale locale) {
        Certificate c = dated.certificate();
        sheet.value(row, LedgerColumn.REGIME.ordinal(), LedgerCategory.name(c.regime()));
        sheet.value(row, LedgerColumn.ITEM_CODE.ordinal(), c.itemCode());
        sheet.value(row, LedgerColumn.NUMBER.ordinal(), c.numberMasked());
        sheet.value(row, LedgerColumn.AUTHORITY.ordinal(), c.authority());
        sheet.value(row, LedgerColumn.ISSUED_ON.ordinal(), c.issuedOn());
        sheet.value(row, LedgerColumn.EXPIRES_ON.ordinal(), c.expiresOn());
        if (c.reviewDueOn() != null) {
            sheet.value(row, LedgerColumn.REVIEW_DUE_ON.ordinal(), c.reviewDueOn());
        }
        sheet.value(row, LedgerColumn.values().length,
                messages.getMessage("certificate.status." + dated.status().name(), null, locale));
    }

    private int help(Worksheet sheet, String prefix, List<String> keys, Locale locale, Object... args) {
        sheet.width(0, 110);
        sheet.value(0, 0, messages.getMessage(prefix + "title", args, locale));
        sheet.style(0, 0).bold().fontSize(14).set();
        int row = 1;
        for (String key : keys) {
            sheet.value(row++, 0, messages.getMessage(prefix + key, args, locale));
        }
        return row;
    }

    private void catalogue(Worksheet sheet, int row, List<CertificateItem> items, Locale locale) {
        sheet.value(row, 0, messages.getMessage("ledger.template.catalogue", null, locale));
        sheet.style(row, 0).bold().set();
        for (CertificateItem item : items) {
            row++;
            sheet.value(row, 0, LedgerCategory.name(item.regime()) + "  " + item.itemCode() + "  " + item.itemName()
                    + "(" + item.category() + ")");
        }
    }

    private interface Content {
        void write(Workbook workbook) throws IOException;
    }

    private static byte[] write(Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Anzuo", "1.0");
            content.write(workbook);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
