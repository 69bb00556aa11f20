package cn.anzuo.archive.web;

import cn.anzuo.archive.domain.PermitQr;
import cn.anzuo.archive.domain.Trace;
import cn.anzuo.archive.domain.TraceChain;
import cn.anzuo.organization.Organization;
import cn.anzuo.permit.PermitRecord;
import cn.anzuo.permit.Permits;
import cn.anzuo.shared.problem.RecordNotFound;
import cn.anzuo.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** API.md "Archive and audit": a permit's trace, and the verification of every chain of a company. */
@RestController
@PreAuthorize("isAuthenticated()")
@Tag(name = "Archive and audit")
class TraceApiController {

    private final TraceChain chain;
    private final Permits permits;
    private final Organization organization;

    TraceApiController(TraceChain chain, Permits permits, Organization organization) {
        this.chain = chain;
        this.permits = permits;
        this.organization = organization;
    }

    @GetMapping("/api/v1/permits/{id}/trace")
    @Operation(summary = "The permit's tamper-evident trace",
            description = "{\"permitId\",\"events\":[{\"seq\",\"at\",\"type\",\"actor\",\"data\",\"hash\",\"prevHash\"}],"
                    + "\"chainValid\"}; hash = hex SHA-256 of prevHash + \"\\n\" + JCS(event without hash)")
    Trace trace(CurrentUser me, @PathVariable UUID id) {
        PermitRecord permit = visiblePermit(permits, organization, me, id);
        return chain.read(permit.id());
    }

    @GetMapping("/api/v1/audit/verify")
    @PreAuthorize("hasRole('AUDITOR')")
    @Operation(summary = "Verify every permit chain of a company (AUDITOR)",
            description = "{\"permitsChecked\",\"broken\":[permitIds]}")
    TraceChain.Verification verify(CurrentUser me, @RequestParam UUID companyId) {
        organization.requireVisible(me, companyId);
        return chain.verifyCompany(companyId);
    }

    @GetMapping(value = "/api/v1/permits/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    @Operation(summary = "The permit's QR code", description = "PNG of the permit's trace URL …/p/{id}")
    ResponseEntity<byte[]> qr(CurrentUser me, @PathVariable UUID id) {
        PermitRecord permit = visiblePermit(permits, organization, me, id);
        return qrPng(permit.id());
    }

    /** The URL a QR code of the permit opens: {@code <context>/p/{id}} on the host the caller used. */
    static String traceUrl(UUID permitId) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/p/{id}").buildAndExpand(permitId).toUriString();
    }

    static ResponseEntity<byte[]> qrPng(UUID permitId) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(1, TimeUnit.DAYS).cachePrivate())
                .body(PermitQr.png(traceUrl(permitId), 300));
    }

    static PermitRecord visiblePermit(Permits permits, Organization organization, CurrentUser me, UUID id) {
        return permits.find(id).filter(p -> organization.canSee(me, p.companyId()))
                .orElseThrow(() -> new RecordNotFound("permit", id));
    }
}
