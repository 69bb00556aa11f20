package cn.anzuo.qualification.ledger;

import java.time.Instant;
import java.util.UUID;

/** The header of a stored import (table {@code ledger_import}); {@code problemCount} counts rows with problems. */
record ImportRecord(UUID id, UUID companyId, UUID uploadedBy, String fileName, Instant createdAt,
        Instant confirmedAt, int rowCount, int problemCount, ImportResult result) {

    boolean confirmed() {
        return confirmedAt != null;
    }
}
