package cn.anzuo.archive.pdf;

import cn.anzuo.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The printed permit (API.md "Archive and audit"): one PDF, reachable by the API with a token and from the
 * permit page with the session ({@code /p/{id}/pdf}, the "打印/PDF" link). Both answer what
 * {@code GET /permits/{id}} answers for the same caller: another company's permit is not found.
 */
@RestController
@PreAuthorize("isAuthenticated()")
@Tag(name = "Archive and audit")
class PermitPdfController {

    private final PermitPrints prints;

    PermitPdfController(PermitPrints prints) {
        this.prints = prints;
    }

    @GetMapping(value = "/api/v1/permits/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The permit as its GB 30871 Annex A form (PDF)",
            description = "Level marked, crew (ID numbers masked), checklist, other measures, gas analyses, check-ins, "
                    + "approvals with signature images, photos and the trace's QR code; Chinese text embedded. "
                    + "404 for a permit of a company the caller may not see.")
    ResponseEntity<byte[]> api(CurrentUser me, @PathVariable UUID id, Locale locale) {
        return pdf(me, id, locale);
    }

    @GetMapping(value = "/p/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> page(CurrentUser me, @PathVariable UUID id, Locale locale) {
        return pdf(me, id, locale);
    }

    private ResponseEntity<byte[]> pdf(CurrentUser me, UUID id, Locale locale) {
        String traceUrl = ServletUriComponentsBuilder.fromCurrentContextPath().path("/p/{id}").buildAndExpand(id)
                .toUriString();
        byte[] pdf = prints.pdf(me, id, traceUrl, locale);
        // inline: the browser shows it and prints from its viewer; no-store, as the permit keeps changing
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename("permit-" + id + ".pdf").build().toString())
                .cacheControl(CacheControl.noStore())
                .body(pdf);
    }
}
