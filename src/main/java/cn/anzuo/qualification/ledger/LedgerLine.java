package cn.anzuo.qualification.ledger;

import cn.anzuo.qualification.ledger.LedgerCells.DateValue;

/** One data row of the sheet as read, before any check; {@code rowNo} is Excel's row number. */
record LedgerLine(int rowNo, String name, String idNumber, String phone, String employer, String category,
        String itemCode, String number, String authority, DateValue issuedOn, DateValue expiresOn,
        DateValue reviewDueOn) {}
