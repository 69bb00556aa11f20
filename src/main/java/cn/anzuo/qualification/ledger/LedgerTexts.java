package cn.anzuo.qualification.ledger;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Puts a preview into the reader's language, for the API and the page alike: each row problem gets
 * its column header and its message. Messages are cached per code and arguments, so a sheet with
 * thousands of the same mistake costs one look-up per distinct message.
 */
@Component
class LedgerTexts {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final MessageSource messages;

    LedgerTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** A row problem as shown: code, field, the column's header in the sheet, and the message. */
    public record ProblemView(String code, String field, String column, String message) {}

    /** A row as shown. */
    public record RowView(int rowNo, String name, String idNumberMasked, String itemCode, List<ProblemView> problems) {}

    List<RowView> rows(List<Preview.Row> rows, Locale locale) {
        Map<RowProblem, ProblemView> cache = new HashMap<>();
        return rows.stream()
                .map(row -> new RowView(row.rowNo(), row.name(), row.idNumberMasked(), row.itemCode(),
                        row.problems().stream().map(p -> cache.computeIfAbsent(p, q -> view(q, locale))).toList()))
                .toList();
    }

    String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private ProblemView view(RowProblem problem, Locale locale) {
        return new ProblemView(problem.code(), problem.field(), LedgerColumn.headerOf(problem.field()),
                messages.getMessage(problem.messageKey(), problem.args().toArray(), problem.code(), locale));
    }

    static ResponseEntity<byte[]> xlsx(String fileName, byte[] content) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
