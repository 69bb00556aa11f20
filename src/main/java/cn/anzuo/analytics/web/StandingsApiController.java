package cn.anzuo.analytics.web;

import cn.anzuo.analytics.CompanyRank;
import cn.anzuo.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * API.md "Analytics": {@code GET /kpis/ranking} (subsidiaries by score, docs/kpis.md "Ranking") and
 * {@code GET /compliance-stars} (the month's 合规之星), each with an Excel and a PDF export.
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize(KpiApiController.READERS)
@Tag(name = "Analytics")
class StandingsApiController {

    private final Standings standings;
    private final KpiTexts texts;

    StandingsApiController(Standings standings, KpiTexts texts) {
        this.standings = standings;
        this.texts = texts;
    }

    @GetMapping("/kpis/ranking")
    @Operation(summary = "The subsidiaries of parentId ranked by score over from–to (inclusive days)",
            description = "[{companyId, name, score, rank, kpis}] best first; each subsidiary counts with its own "
                    + "subsidiaries; equal scores share a rank. The score (0–100) is documented in docs/kpis.md. "
                    + "parentId defaults to the caller's company, from to the first day of this quarter and to to "
                    + "today (company time). Another company → 404 NOT_FOUND; from after to → 422 "
                    + "VALIDATION_FAILED; a malformed date → 400 MALFORMED_REQUEST")
    List<CompanyRank> ranking(@Parameter(hidden = true) CurrentUser me, @RequestParam(required = false) UUID parentId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return standings.ranking(me, standings.rankingSpan(me, parentId, from, to));
    }

    @GetMapping("/kpis/ranking.xlsx")
    @Operation(summary = "The ranking of GET /kpis/ranking as an Excel sheet")
    ResponseEntity<byte[]> rankingXlsx(@Parameter(hidden = true) CurrentUser me,
            @RequestParam(required = false) UUID parentId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        var span = standings.rankingSpan(me, parentId, from, to);
        var table = standings.rankingTable(span, standings.ranking(me, span));
        return download(texts.text("ranking.file", KpiTexts.EXPORT, span.from(), span.to()) + ".xlsx",
                KpiExportController.XLSX, table.xlsx(texts.text("ranking.sheet", KpiTexts.EXPORT)));
    }

    @GetMapping("/kpis/ranking.pdf")
    @Operation(summary = "The ranking of GET /kpis/ranking as a PDF")
    ResponseEntity<byte[]> rankingPdf(@Parameter(hidden = true) CurrentUser me,
            @RequestParam(required = false) UUID parentId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        var span = standings.rankingSpan(me, parentId, from, to);
        var table = standings.rankingTable(span, standings.ranking(me, span));
        return download(texts.text("ranking.file", KpiTexts.EXPORT, span.from(), span.to()) + ".pdf",
                MediaType.APPLICATION_PDF, table.pdf());
    }

    @GetMapping("/compliance-stars")
    @Operation(summary = "The month's 合规之星 of a company",
            description = "[{workerId, name, score, rank, reasons}]: people named on permits closed that month with "
                    + "no violation and no refusal at the qualification gate that month, most closed permits first "
                    + "(score = those permits); the first five and anyone tied with the fifth. companyId defaults "
                    + "to the caller's company, month (yyyy-MM) to last month (company time). Another company → "
                    + "404 NOT_FOUND; a malformed month → 400 MALFORMED_REQUEST")
    List<Standings.Star> stars(@Parameter(hidden = true) CurrentUser me, @RequestParam(required = false) UUID companyId,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Locale locale) {
        return standings.stars(standings.starMonth(me, companyId, month), locale);
    }

    @GetMapping("/compliance-stars.xlsx")
    @Operation(summary = "The 合规之星 of GET /compliance-stars as an Excel sheet")
    ResponseEntity<byte[]> starsXlsx(@Parameter(hidden = true) CurrentUser me,
            @RequestParam(required = false) UUID companyId,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        var chosen = standings.starMonth(me, companyId, month);
        var table = standings.starTable(chosen, standings.stars(chosen, KpiTexts.EXPORT));
        return download(texts.text("stars.file", KpiTexts.EXPORT, chosen.month()) + ".xlsx", KpiExportController.XLSX,
                table.xlsx(texts.text("stars.sheet", KpiTexts.EXPORT)));
    }

    @GetMapping("/compliance-stars.pdf")
    @Operation(summary = "The 合规之星 of GET /compliance-stars as a PDF")
    ResponseEntity<byte[]> starsPdf(@Parameter(hidden = true) CurrentUser me,
            @RequestParam(required = false) UUID companyId,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        var chosen = standings.starMonth(me, companyId, month);
        var table = standings.starTable(chosen, standings.stars(chosen, KpiTexts.EXPORT));
        return download(texts.text("stars.file", KpiTexts.EXPORT, chosen.month()) + ".pdf", MediaType.APPLICATION_PDF,
                table.pdf());
    }

    static ResponseEntity<byte[]> download(String file, MediaType type, byte[] content) {
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
