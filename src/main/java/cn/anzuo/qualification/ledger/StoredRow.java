package cn.anzuo.qualification.ledger;

import java.util.List;

/** A row of a stored preview: its Excel row number, its data and its problems. */
record StoredRow(int rowNo, RowData data, List<RowProblem> problems) {

    boolean valid() {
        return problems.isEmpty();
    }
}
