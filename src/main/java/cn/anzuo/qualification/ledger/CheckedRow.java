package cn.anzuo.qualification.ledger;

import cn.anzuo.qualification.domain.CertificateDates;
import cn.anzuo.qualification.domain.CertificateItem;
import cn.anzuo.qualification.domain.IdNumber;
import java.util.List;

/**
 * A row after the checks: what could be understood of it (null where it could not) and every
 * problem found. Holds the clear ID number only in memory, never beyond the preview request.
 */
record CheckedRow(LedgerLine line, IdNumber idNumber, CertificateItem item, String number, CertificateDates dates,
        List<RowProblem> problems) {

    boolean valid() {
        return problems.isEmpty();
    }

    /** For display and storage: the valid number masked; anything else masked the same way. */
    String idNumberMasked() {
        return idNumber != null ? idNumber.masked() : LedgerMask.mask(line.idNumber());
    }
}
