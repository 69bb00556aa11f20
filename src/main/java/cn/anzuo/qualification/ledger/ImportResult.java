package cn.anzuo.qualification.ledger;

import java.util.List;

/**
 * What confirming an import did. "Unchanged" workers and certificates were already there with the
 * same data (re-importing a sheet creates nothing new); skipped rows had problems in the preview.
 */
public record ImportResult(int workersCreated, int workersUpdated, int workersUnchanged, int certificatesCreated,
        int certificatesUpdated, int certificatesUnchanged, int rowsSkipped, List<Integer> skippedRows) {

    ImportResult withSkippedRows(List<Integer> rows) {
        return new ImportResult(workersCreated, workersUpdated, workersUnchanged, certificatesCreated,
                certificatesUpdated, certificatesUnchanged, rows.size(), rows);
    }
}
