package cn.anzuo.qualification.ledger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An import as its user sees it: counts, the rows (masked, with their problems) and, once
 * confirmed, the result. {@code expired}: too old to confirm, upload the sheet again. Public only
 * for the page template's expression language.
 */
public record Preview(UUID id, String fileName, Instant createdAt, Instant confirmedAt, boolean expired, int rowCount,
        int validRows, int problemRows, List<Row> rows, ImportResult result) {

    /** One row: Excel's row number, who, which item, and what is wrong with it (empty: nothing). */
    public record Row(int rowNo, String name, String idNumberMasked, String itemCode, List<RowProblem> problems) {

        static Row of(StoredRow row) {
            return new Row(row.rowNo(), LedgerMask.within(row.data().name()), row.data().idNumberMasked(),
                    row.data().itemCode(), row.problems());
        }

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public boolean confirmed() {
        return confirmedAt != null;
    }
}
