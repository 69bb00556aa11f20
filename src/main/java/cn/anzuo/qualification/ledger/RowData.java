package cn.anzuo.qualification.ledger;

import cn.anzuo.qualification.CertificateRegime;
import cn.anzuo.shared.crypto.PersonalDataCipher;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * A preview row as stored (JSON in {@code ledger_import_row.data}): the ID number and the
 * certificate number (特种作业: "T" + ID number) only encrypted, the rest as checked, the dates with
 * the defaults of DOMAIN.md applied. For a row with problems, what could be read.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RowData(String name, String idNumberCipher, String idNumberMasked, String phone, String employer,
        CertificateRegime regime, String itemCode, String numberCipher, String authority, LocalDate issuedOn,
        LocalDate expiresOn, LocalDate reviewDueOn) {

    static RowData of(CheckedRow row, PersonalDataCipher cipher) {
        LedgerLine line = row.line();
        String id = row.idNumber() != null ? row.idNumber().value() : LedgerChecks.normalizedId(line.idNumber());
        String idCipher = id == null || id.isEmpty() ? null : cipher.encrypt(id);
        String numberCipher = row.number() == null ? null : cipher.encrypt(row.number());
        CertificateRegime regime = row.item() != null
                ? row.item().regime()
                : LedgerCategory.parse(line.category()).orElse(null);
        String itemCode = row.item() != null ? row.item().itemCode() : LedgerMask.within(line.itemCode());
        boolean checkedDates = row.dates() != null;
        return new RowData(line.name(), idCipher, row.idNumberMasked(), line.phone(), line.employer(), regime, itemCode,
                numberCipher, line.authority(),
                checkedDates ? row.dates().issuedOn() : line.issuedOn().date(),
                checkedDates ? row.dates().expiresOn() : line.expiresOn().date(),
                checkedDates ? row.dates().reviewDueOn() : line.reviewDueOn().date());
    }
}
