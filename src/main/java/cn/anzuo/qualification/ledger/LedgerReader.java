package cn.anzuo.qualification.ledger;

import cn.anzuo.qualification.ledger.LedgerProblems.CellTooLong;
import cn.anzuo.qualification.ledger.LedgerProblems.InvalidSpreadsheet;
import cn.anzuo.qualification.ledger.LedgerProblems.TooManyRows;
import cn.anzuo.shared.problem.BusinessProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.springframework.stereotype.Component;

/**
 * Reads the 台账 sheet (or the first sheet) of an .xlsx: finds the header row among the first ten
 * rows (plants often put a title above it), maps our columns by their headers in any order, and returns
 * the non-blank rows. Extra columns are ignored.
 */
@Component
class LedgerReader {

    static final int MAX_ROWS = 20_000;
    /** Longer than any ledger field (the longest, employer and authority, take 100 characters). */
    static final int MAX_CELL_CHARACTERS = 500;
    static final String SHEET = "台账";
    private static final int HEADER_SEARCH_ROWS = 10;
    private static final int HEADER_MIN_COLUMNS = 3;
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    List<LedgerLine> read(byte[] content) {
        if (content == null || content.length < 8 || !ReadableWorkbook.isOOXMLZipHeader(content)) {
            boolean oldExcel = content != null && content.length >= 8 && startsWith(content, OLE2);
            throw new InvalidSpreadsheet(oldExcel ? "ledger.spreadsheet.xls" : "ledger.spreadsheet.notXlsx");
        }
        InflationLimit.check(content);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.findSheet(SHEET).orElseGet(workbook::getFirstSheet);
            try (Stream<Row> rows = sheet.openStream()) {
                return lines(rows.iterator(), workbook.isDate1904());
            }
        } catch (BusinessProblem problem) {
            throw problem;
        } catch (IOException | RuntimeException e) {
            throw new InvalidSpreadsheet("ledger.spreadsheet.unreadable");
        }
    }

    private static List<LedgerLine> lines(Iterator<Row> rows, boolean date1904) {
        Map<LedgerColumn, Integer> columns = null;
        int scanned = 0;
        List<LedgerLine> lines = new ArrayList<>();
        while (rows.hasNext()) {
            Row row = rows.next();
            requireShortCells(row);
            if (columns == null) {
                if (++scanned > HEADER_SEARCH_ROWS) {
                    break;
                }
                columns = header(row);
                continue;
            }
            LedgerLine line = line(row, columns, date1904);
            if (line == null) {
                continue;
            }
            if (lines.size() == MAX_ROWS) {
                throw new TooManyRows(MAX_ROWS);
            }
            lines.add(line);
        }
        if (columns == null) {
            throw new InvalidSpreadsheet("ledger.spreadsheet.noHeader");
        }
        if (lines.isEmpty()) {
            throw new InvalidSpreadsheet("ledger.spreadsheet.empty");
        }
        return lines;
    }

    /** A 16 MB cell is refused with its address rather than carried into the preview and echoed back. */
    private static void requireShortCells(Row row) {
        for (Cell cell : row) {
            String text = cell == null ? null : cell.getText();
            if (text != null && text.length() > MAX_CELL_CHARACTERS) {
                throw new CellTooLong(cell.getAddress().toString(), MAX_CELL_CHARACTERS);
            }
        }
    }

    /**
     * Our columns' positions if this is the header row (it has at least three of our headers, so a
     * renamed column is reported by name); null otherwise.
     */
    private static Map<LedgerColumn, Integer> header(Row row) {
        Map<LedgerColumn, Integer> found = new EnumMap<>(LedgerColumn.class);
        for (Cell cell : row) {
            String text = LedgerCells.text(cell);
            for (LedgerColumn column : LedgerColumn.values()) {
                if (text != null && column.matches(text) && !found.containsKey(column)) {
                    found.put(column, cell.getColumnIndex());
                }
            }
        }
        if (found.size() < HEADER_MIN_COLUMNS) {
            return null;
        }
        List<LedgerColumn> missing = Stream.of(LedgerColumn.values()).filter(c -> !found.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidSpreadsheet("ledger.spreadsheet.missingColumns",
                    missing.stream().map(LedgerColumn::header).collect(Collectors.joining("、")));
        }
        return found;
    }

    private static LedgerLine line(Row row, Map<LedgerColumn, Integer> columns, boolean date1904) {
        LedgerLine line = new LedgerLine(row.getRowNum(),
                text(row, columns, LedgerColumn.NAME), text(row, columns, LedgerColumn.ID_NUMBER),
                text(row, columns, LedgerColumn.PHONE), text(row, columns, LedgerColumn.EMPLOYER),
                text(row, columns, LedgerColumn.REGIME), text(row, columns, LedgerColumn.ITEM_CODE),
                text(row, columns, LedgerColumn.NUMBER), text(row, columns, LedgerColumn.AUTHORITY),
                date(row, columns, LedgerColumn.ISSUED_ON, date1904), date(row, columns, LedgerColumn.EXPIRES_ON, date1904),
                date(row, columns, LedgerColumn.REVIEW_DUE_ON, date1904));
        boolean blank = Stream.of(line.name(), line.idNumber(), line.phone(), line.employer(), line.category(),
                line.itemCode(), line.number(), line.authority()).allMatch(v -> v == null)
                && line.issuedOn().blank() && line.expiresOn().blank() && line.reviewDueOn().blank();
        return blank ? null : line;
    }

    private static String text(Row row, Map<LedgerColumn, Integer> columns, LedgerColumn column) {
        return row.getOptionalCell(columns.get(column)).map(LedgerCells::text).orElse(null);
    }

    private static LedgerCells.DateValue date(Row row, Map<LedgerColumn, Integer> columns, LedgerColumn column,
            boolean date1904) {
        return row.getOptionalCell(columns.get(column)).map(c -> LedgerCells.date(c, date1904))
                .orElse(LedgerCells.DateValue.BLANK);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
