package cn.anzuo.qualification.ledger;

import cn.anzuo.qualification.domain.CertificateCatalog;
import cn.anzuo.shared.crypto.PersonalDataCipher;
import cn.anzuo.qualification.ledger.LedgerProblems.ImportAlreadyConfirmed;
import cn.anzuo.qualification.ledger.LedgerProblems.ImportConflict;
import cn.anzuo.qualification.ledger.LedgerProblems.ImportExpired;
import cn.anzuo.shared.problem.RecordNotFound;
import cn.anzuo.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger import: upload → preview with every row's problems (stored, nothing else saved) →
 * confirm once → the valid rows saved in one transaction. An import belongs to the uploader's
 * company; for anyone else it does not exist.
 */
@Service
class LedgerImports {

    /** How long a preview can be confirmed; {@link LedgerCleanup} forgets older ones. */
    static final Duration PREVIEW_LIFETIME = Duration.ofHours(24);

    private static final Logger log = LoggerFactory.getLogger(LedgerImports.class);

    private final LedgerReader reader;
    private final LedgerImportStore store;
    private final LedgerConfirmation confirmation;
    private final CertificateCatalog catalog;
    private final RegisteredWorkers registered;
    private final PersonalDataCipher cipher;
    private final Clock clock;

    LedgerImports(LedgerReader reader, LedgerImportStore store, LedgerConfirmation confirmation,
            CertificateCatalog catalog, RegisteredWorkers registered, PersonalDataCipher cipher, Clock clock) {
        this.reader = reader;
        this.store = store;
        this.confirmation = confirmation;
        this.catalog = catalog;
        this.registered = registered;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Reads and checks outside any transaction; only storing the preview is one. */
    Preview upload(CurrentUser by, String fileName, byte[] content) {
        List<LedgerLine> lines = reader.read(content);
        UUID companyId = by.companyId();
        Map<String, String> registeredNames = new HashMap<>();
        registered.of(companyId).forEach((digest, worker) -> registeredNames.put(digest, worker.name()));
        LedgerChecks checks = new LedgerChecks(catalog.byCode(companyId), registeredNames, cipher::digest);
        List<StoredRow> rows = lines.stream()
                .map(checks::check)
                .map(row -> new StoredRow(row.line().rowNo(), RowData.of(row, cipher), row.problems()))
                .toList();
        int problemRows = (int) rows.stream().filter(row -> !row.valid()).count();
        ImportRecord record = new ImportRecord(UUID.randomUUID(), companyId, by.id(), safeFileName(fileName),
                clock.instant(), null, rows.size(), problemRows, null);
        store.insert(record, rows);
        log.info("Ledger import {} previewed for company {}: {} rows, {} with problems", record.id(), companyId,
                rows.size(), problemRows);
        return preview(record, rows);
    }

    @Transactional(readOnly = true)
    Preview preview(CurrentUser by, UUID importId) {
        ImportRecord record = visible(by, importId);
        return preview(record, store.rows(importId));
    }

    /** Saves the valid rows in one transaction; a second confirmation is refused. */
    @Transactional
    ImportResult confirm(CurrentUser by, UUID importId) {
        ImportRecord record = visible(by, importId);
        if (record.confirmed()) {
            throw new ImportAlreadyConfirmed();
        }
        if (expired(record)) {
            throw new ImportExpired();
        }
        if (!store.markConfirmed(importId, by.id(), clock.instant())) {
            throw new ImportAlreadyConfirmed();
        }
        List<StoredRow> rows = store.rows(importId);
        try {
            ImportResult applied = confirmation.apply(record.companyId(), rows.stream().filter(StoredRow::valid).toList());
            Set<Integer> skipped = new TreeSet<>(applied.skippedRows());
            rows.stream().filter(row -> !row.valid()).forEach(row -> skipped.add(row.rowNo()));
            ImportResult result = applied.withSkippedRows(List.copyOf(skipped));
            store.saveResult(importId, result);
            log.info("Ledger import {} confirmed: workers {} created, {} updated; certificates {} created, {} updated; "
                    + "{} rows skipped", importId, result.workersCreated(), result.workersUpdated(),
                    result.certificatesCreated(), result.certificatesUpdated(), result.rowsSkipped());
            return result;
        } catch (DuplicateKeyException e) {
            throw new ImportConflict();
        }
    }

    private ImportRecord visible(CurrentUser by, UUID importId) {
        return store.find(importId)
                .filter(record -> record.companyId().equals(by.companyId()))
                .orElseThrow(() -> new RecordNotFound("import", importId));
    }

    private Preview preview(ImportRecord record, List<StoredRow> rows) {
        List<Preview.Row> shown = rows.stream().map(Preview.Row::of).toList();
        return new Preview(record.id(), record.fileName(), record.createdAt(), record.confirmedAt(),
                !record.confirmed() && expired(record), record.rowCount(), record.rowCount() - record.problemCount(),
                record.problemCount(), shown, record.result());
    }

    private boolean expired(ImportRecord record) {
        return record.createdAt().plus(PREVIEW_LIFETIME).isBefore(clock.instant());
    }

    private static String safeFileName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "ledger.xlsx" : fileName.replaceAll(".*[/\\\\]", "");
        name = LedgerMask.within(name.strip());
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
