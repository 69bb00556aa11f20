package cn.anzuo.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Real .xlsx files for tests, written and read with fastexcel like the application does. */
public final class Xlsx {

    public static final List<String> LEDGER_HEADER = List.of("姓名", "身份证号", "手机号", "所属单位(承包商填写)",
            "证书类别", "项目代码", "证书编号", "发证机关", "发证日期", "有效期至", "复审日期");

    private Xlsx() {}

    /** A 台账 sheet: our header, then the rows (String, Number or LocalDate cells; null leaves a cell empty). */
    public static byte[] ledger(List<List<Object>> rows) {
        List<List<Object>> all = new ArrayList<>();
        all.add(new ArrayList<>(LEDGER_HEADER));
        all.addAll(rows);
        return sheet("台账", all);
    }

    public static byte[] sheet(String name, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "AnzuoTest", "1.0");
            Worksheet sheet = workbook.newWorksheet(name);
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    switch (row.get(c)) {
                        case null -> { }
                        case LocalDate date -> {
                            sheet.value(r, c, date);
                            sheet.style(r, c).format("yyyy-mm-dd").set();
                        }
                        case Number number -> sheet.value(r, c, number);
                        default -> sheet.value(r, c, row.get(c).toString());
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Every sheet's cells as text, by sheet name (numbers as plain digits). */
    public static Map<String, List<List<String>>> read(byte[] content) {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
            for (var sheet : workbook.getSheets().toList()) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet.read()) {
                    List<String> cells = new ArrayList<>();
                    for (Cell cell : row) {
                        cells.add(cell == null ? "" : cell.getValue() instanceof BigDecimal n
                                ? n.toPlainString() : cell.getText());
                    }
                    rows.add(cells);
                }
                sheets.put(sheet.getName(), rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sheets;
    }
}
