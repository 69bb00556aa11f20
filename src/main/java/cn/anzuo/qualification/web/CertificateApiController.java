package cn.anzuo.qualification.web;

import cn.anzuo.organization.Organization;
import cn.anzuo.qualification.CertificateStatus;
import cn.anzuo.qualification.domain.CertificateRegistry;
import cn.anzuo.qualification.domain.RegistryVerification;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.web.PageRequestParams;
import cn.anzuo.shared.web.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/certificates")
@Tag(name = "Workers and certificates")
class CertificateApiController {

    private final CertificateRegistry certificates;
    private final RegistryVerification registry;
    private final Organization organization;

    CertificateApiController(CertificateRegistry certificates, RegistryVerification registry, Organization organization) {
        this.certificates = certificates;
        this.registry = registry;
        this.organization = organization;
    }

    record RevokeRequest(@NotBlank @Size(max = 500) String reason) {}

    enum Method { MANUAL, REGISTRY }

    record VerifyRequest(@NotNull Method method, UUID evidenceId) {}

    @GetMapping
    @Operation(summary = "Certificates with today's status; e.g. ?status=EXPIRING&withinDays=15")
    PageResult<CertificateResponse> list(
            CurrentUser user,
            @RequestParam(required = false) UUID companyId,
            @RequestParam(required = false) CertificateStatus status,
            @RequestParam(required = false) @Min(0) @Max(3650) Integer withinDays,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        UUID company = organization.companyOrOwn(user, companyId);
        QualificationAccess.requireSeesAll(user);
        return PageResult.of(certificates.list(Set.of(company), status, withinDays), PageRequestParams.of(page, size))
                .map(CertificateResponse::of);
    }

    @GetMapping("/{id}")
    CertificateResponse get(CurrentUser user, @PathVariable UUID id) {
        var certificate = certificates.visible(user, id);
        QualificationAccess.requireMayView(user, certificate.workerId());
        return CertificateResponse.of(certificates.dated(certificate));
    }

    @PostMapping("/{id}/revoke")
    @PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'SAFETY_OFFICER')")
    @Operation(summary = "Revoke (撤销) with a reason", description = "409 CERTIFICATE_REVOKED when already revoked")
    CertificateResponse revoke(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody RevokeRequest request) {
        return CertificateResponse.of(certificates.revoke(user, id, request.reason()));
    }

    @PostMapping("/{id}/verify")
    @PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'SAFETY_OFFICER')")
    @Operation(summary = "Verify authenticity (真伪核验)",
            description = "MANUAL needs an evidenceId from POST /api/v1/files (422 EVIDENCE_REQUIRED); REGISTRY asks the "
                    + "customer's contracted registry (422 REGISTRY_MISMATCH, 503 REGISTRY_UNAVAILABLE)")
    CertificateResponse verify(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody VerifyRequest request) {
        return CertificateResponse.of(switch (request.method()) {
            case MANUAL -> certificates.verifyManually(user, id, request.evidenceId());
            case REGISTRY -> registry.verify(user, id);
        });
    }
}
