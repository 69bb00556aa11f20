package cn.anzuo.qualification.ledger;

import cn.anzuo.qualification.domain.IdNumber;

/**
 * Masking of what a sheet's user typed: an ID-number column keeps only its first six and last four
 * characters, like {@link IdNumber#masked()}, even when the number is invalid (a mistyped real
 * number is still personal data); any other text has embedded ID numbers masked.
 */
final class LedgerMask {

    private LedgerMask() {}

    static String mask(String idNumberCell) {
        if (idNumberCell == null) {
            return null;
        }
        String value = idNumberCell.replaceAll("\\s", "");
        if (value.length() < 10) {
            return "*".repeat(value.length());
        }
        return value.substring(0, 6) + "*".repeat(value.length() - 10) + value.substring(value.length() - 4);
    }

    static String within(String text) {
        return text == null ? null : IdNumber.maskWithin(text);
    }
}
