package cn.anzuo.qualification.ledger;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Cell;

/**
 * Cell values as the ledger needs them. Excel keeps a date as a day number formatted as a date;
 * people also type dates as text ({@code 2024-03-01}, {@code 2024/3/1}, {@code 2024.3.1},
 * {@code 2024年3月1日}, {@code 20240301}). Numbers typed into text columns (phone, ID number) come
 * back without Excel's exponent notation.
 */
final class LedgerCells {

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final LocalDate EXCEL_EPOCH_1904 = LocalDate.of(1904, 1, 1);
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2199;
    private static final Pattern TEXT_DATE = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T].*)?");
    private static final Pattern NUMERIC = Pattern.compile("\\d{1,8}(\\.\\d+)?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern BLANKS = Pattern.compile("^[\\s\\u00A0\\u3000]+|[\\s\\u00A0\\u3000]+$");

    private LedgerCells() {}

    /** A date cell: blank, a date, or text that is not a date (kept to say so). */
    record DateValue(LocalDate date, String raw) {

        static final DateValue BLANK = new DateValue(null, null);

        boolean blank() {
            return date == null && raw == null;
        }

        boolean bad() {
            return date == null && raw != null;
        }
    }

    /** The cell's text, trimmed (also of full-width and non-breaking spaces); null when blank. */
    static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        String value = switch (cell.getType()) {
            case EMPTY -> null;
            case NUMBER -> cell.asNumber().stripTrailingZeros().toPlainString();
            case STRING -> cell.asString();
            default -> cell.getRawValue();
        };
        if (value == null) {
            return null;
        }
        String trimmed = BLANKS.matcher(value).replaceAll("");
        return trimmed.isEmpty() ? null : trimmed;
    }

    static DateValue date(Cell cell, boolean date1904) {
        if (cell != null && cell.getType() == org.dhatim.fastexcel.reader.CellType.NUMBER) {
            return fromNumber(cell.asNumber(), date1904);
        }
        String text = text(cell);
        if (text == null) {
            return DateValue.BLANK;
        }
        // A formula's cached result, or a day number kept as text.
        return NUMERIC.matcher(text).matches() ? fromNumber(new BigDecimal(text), date1904) : fromText(text);
    }

    static DateValue fromNumber(BigDecimal number, boolean date1904) {
        String raw = number.stripTrailingZeros().toPlainString();
        Matcher compact = COMPACT_DATE.matcher(raw);
        if (compact.matches()) {
            return of(compact.group(1), compact.group(2), compact.group(3), raw);
        }
        long days = number.longValue();
        if (days < 1 || days > 200 * 366) {
            return new DateValue(null, raw);
        }
        return checked((date1904 ? EXCEL_EPOCH_1904 : EXCEL_EPOCH).plusDays(days), raw);
    }

    static DateValue fromText(String text) {
        Matcher matcher = TEXT_DATE.matcher(text);
        if (matcher.matches()) {
            return of(matcher.group(1), matcher.group(2), matcher.group(3), text);
        }
        Matcher compact = COMPACT_DATE.matcher(text);
        if (compact.matches()) {
            return of(compact.group(1), compact.group(2), compact.group(3), text);
        }
        return new DateValue(null, text);
    }

    private static DateValue of(String year, String month, String day, String raw) {
        try {
            return checked(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)), raw);
        } catch (DateTimeException e) {
            return new DateValue(null, raw);
        }
    }

    private static DateValue checked(LocalDate date, String raw) {
        boolean plausible = date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
        return new DateValue(plausible ? date : null, raw);
    }
}
