package cn.anzuo.analytics.web;

import cn.anzuo.analytics.KpiFigures;
import cn.anzuo.analytics.Kpis;
import cn.anzuo.analytics.web.KpiSpans.KpiSpan;
import cn.anzuo.organization.Organization;
import cn.anzuo.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * API.md "Analytics": {@code GET /kpis.xlsx} and {@code GET /kpis.pdf}, the figures of {@code GET /kpis} with
 * their targets, in Chinese. A separate controller because {@code /kpis.xlsx} is not below {@code /kpis}.
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize(KpiApiController.READERS)
@Tag(name = "Analytics")
class KpiExportController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Kpis kpis;
    private final KpiSpans spans;
    private final Organization organization;
    private final KpiWorkbook workbook;
    private final KpiPdf pdf;
    private final KpiTexts texts;

    KpiExportController(Kpis kpis, KpiSpans spans, Organization organization, KpiWorkbook workbook, KpiPdf pdf,
            KpiTexts texts) {
        this.kpis = kpis;
        this.spans = spans;
        this.organization = organization;
        this.workbook = workbook;
        this.pdf = pdf;
        this.texts = texts;
    }

    @GetMapping("/kpis.xlsx")
    @Operation(summary = "The KPIs of GET /kpis as an Excel sheet: figures, a year earlier, targets, met")
    ResponseEntity<byte[]> xlsx(@Parameter(hidden = true) CurrentUser me,
            @RequestParam(required = false) UUID companyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "false") boolean includeSubsidiaries) {
        KpiSpan span = spans.resolve(me, companyId, from, to, includeSubsidiaries);
        KpiFigures figures = kpis.compared(span.companies(), span.from(), span.to());
        return download(span, ".xlsx", XLSX, workbook.write(span, figures));
    }

    @GetMapping("/kpis.pdf")
    @Operation(summary = "The KPIs of GET /kpis as a one-page PDF: figures, a year earlier, targets, met")
    ResponseEntity<byte[]> pdf(@Parameter(hidden = true) CurrentUser me,
            @RequestParam(required = false) UUID companyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "false") boolean includeSubsidiaries) {
        KpiSpan span = spans.resolve(me, companyId, from, to, includeSubsidiaries);
        KpiFigures figures = kpis.compared(span.companies(), span.from(), span.to());
        String name = organization.company(span.company()).name();
        return download(span, ".pdf", MediaType.APPLICATION_PDF, pdf.write(name, span, figures));
    }

    private ResponseEntity<byte[]> download(KpiSpan span, String extension, MediaType type, byte[] content) {
        String file = texts.text("kpi.export.file", KpiTexts.EXPORT, span.from(), span.to()) + extension;
        return StandingsApiController.download(file, type, content);
    }
}
