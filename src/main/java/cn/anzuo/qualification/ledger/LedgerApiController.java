package cn.anzuo.qualification.ledger;

import cn.anzuo.qualification.ledger.LedgerTexts.RowView;
import cn.anzuo.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/ledger")
@Tag(name = "Ledger import (台账)")
@PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'SAFETY_OFFICER')")
class LedgerApiController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final LedgerImports imports;
    private final LedgerWorkbooks workbooks;
    private final LedgerTexts texts;

    LedgerApiController(LedgerImports imports, LedgerWorkbooks workbooks, LedgerTexts texts) {
        this.imports = imports;
        this.workbooks = workbooks;
        this.texts = texts;
    }

    record PreviewResponse(UUID id, String fileName, Instant createdAt, Instant confirmedAt, boolean expired,
            int rowCount, int validRows, int problemRows, List<RowView> rows, ImportResult result) {}

    @GetMapping("/template")
    @Operation(summary = "The empty 台账 template (.xlsx) with a 说明 sheet on formats and the certificate catalogue")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = XLSX))
    ResponseEntity<byte[]> template(@Parameter(hidden = true) CurrentUser user, Locale locale) {
        LedgerWorkbooks.Download download = workbooks.template(user, locale);
        return LedgerTexts.xlsx(download.fileName(), download.content());
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a filled-in 台账 (.xlsx, part `file`): a preview, nothing saved yet",
            description = "201 with every row and all its problems (INVALID_ID_NUMBER, MISSING_FIELD, "
                    + "UNKNOWN_CERTIFICATE_CATEGORY, UNKNOWN_CERTIFICATE_ITEM, BAD_DATE, INVALID_DATES, "
                    + "INVALID_CERTIFICATE_NUMBER, DUPLICATE_ROW, NAME_MISMATCH, INVALID_NAME, INVALID_PHONE, "
                    + "VALUE_TOO_LONG). "
                    + "ID numbers only masked. 422 INVALID_SPREADSHEET (not .xlsx, no header, missing columns, no rows), "
                    + "422 TOO_MANY_ROWS (more than 20,000).")
    @ApiResponse(responseCode = "201", description = "The preview; Location: /api/v1/ledger/imports/{id}")
    ResponseEntity<PreviewResponse> upload(@Parameter(hidden = true) CurrentUser user,
            @RequestParam("file") MultipartFile file, Locale locale) throws IOException {
        Preview preview = imports.upload(user, file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.created(URI.create("/api/v1/ledger/imports/" + preview.id()))
                .body(response(preview, false, locale));
    }

    @GetMapping("/imports/{id}")
    @Operation(summary = "A preview (and its result once confirmed); problemsOnly=true lists only rows with problems")
    PreviewResponse preview(@Parameter(hidden = true) CurrentUser user, @PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean problemsOnly, Locale locale) {
        return response(imports.preview(user, id), problemsOnly, locale);
    }

    @PostMapping("/imports/{id}/confirm")
    @Operation(summary = "Save the preview's valid rows in one transaction; rows with problems are skipped and listed",
            description = "Workers matched by ID number (updated, else registered), certificates by worker and item code "
                    + "(updated, else issued). 409 IMPORT_ALREADY_CONFIRMED, IMPORT_EXPIRED (older than 24 h), "
                    + "IMPORT_CONFLICT.")
    ImportResult confirm(@Parameter(hidden = true) CurrentUser user, @PathVariable UUID id) {
        return imports.confirm(user, id);
    }

    @GetMapping("/export")
    @Operation(summary = "The company's workers and certificates in the template's columns plus 状态 (.xlsx)",
            description = "ID numbers and certificate numbers are masked, so an export cannot be imported again.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = XLSX))
    ResponseEntity<byte[]> export(@Parameter(hidden = true) CurrentUser user, Locale locale) {
        LedgerWorkbooks.Download download = workbooks.export(user, locale);
        return LedgerTexts.xlsx(download.fileName(), download.content());
    }

    private PreviewResponse response(Preview preview, boolean problemsOnly, Locale locale) {
        List<Preview.Row> rows = problemsOnly ? preview.rows().stream().filter(r -> !r.valid()).toList() : preview.rows();
        return new PreviewResponse(preview.id(), preview.fileName(), preview.createdAt(), preview.confirmedAt(),
                preview.expired(), preview.rowCount(), preview.validRows(), preview.problemRows(),
                texts.rows(rows, locale), preview.result());
    }
}
