package cn.anzuo.qualification.web;

import cn.anzuo.organization.Organization;
import cn.anzuo.qualification.CertificateRegime;
import cn.anzuo.qualification.WorkerView;
import cn.anzuo.qualification.domain.CertificateRegistry;
import cn.anzuo.qualification.domain.CertificateRegistry.AddCertificate;
import cn.anzuo.qualification.domain.WorkerRegistry;
import cn.anzuo.qualification.domain.WorkerRegistry.RegisterWorker;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.web.PageRequestParams;
import cn.anzuo.shared.web.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workers")
@Tag(name = "Workers and certificates")
class WorkerApiController {

    private final WorkerRegistry workers;
    private final CertificateRegistry certificates;
    private final Organization organization;

    WorkerApiController(WorkerRegistry workers, CertificateRegistry certificates, Organization organization) {
        this.workers = workers;
        this.certificates = certificates;
        this.organization = organization;
    }

    record WorkerRequest(
            @NotNull UUID companyId,
            @NotBlank @Size(max = 50) String name,
            @NotBlank @Size(max = 20) String idNumber,
            @Size(max = 20) @Pattern(regexp = "[0-9+\\- ]*") String phone,
            @Size(max = 100) String employer) {}

    record WorkerResponse(UUID id, UUID companyId, String name, String idNumberMasked, String phone, String employer) {
        static WorkerResponse of(WorkerView w) {
            return new WorkerResponse(w.id(), w.companyId(), w.name(), w.idNumberMasked(), w.phone(), w.employer());
        }
    }

    record CertificateRequest(
            @NotNull CertificateRegime regime,
            @NotBlank @Size(max = 20) String itemCode,
            @Size(max = 64) String number,
            @Size(max = 100) String authority,
            @NotNull LocalDate issuedOn,
            LocalDate expiresOn,
            LocalDate reviewDueOn) {

        AddCertificate toCommand() {
            return new AddCertificate(regime, itemCode, number, authority, issuedOn, expiresOn, reviewDueOn);
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'SAFETY_OFFICER')")
    @Operation(summary = "Register a worker (employee or contractor)",
            description = "422 INVALID_ID_NUMBER (GB 11643 format or check digit); 409 WORKER_EXISTS. The ID number is never returned, only masked.")
    WorkerResponse register(CurrentUser user, @Valid @RequestBody WorkerRequest request) {
        return WorkerResponse.of(workers.register(user, new RegisterWorker(request.companyId(), request.name(),
                request.idNumber(), request.phone(), request.employer())));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One worker", description = "Workers and guardians see only themselves (403 FORBIDDEN otherwise).")
    WorkerResponse get(CurrentUser user, @PathVariable UUID id) {
        WorkerResponse worker = WorkerResponse.of(workers.visible(user, id).view());
        QualificationAccess.requireMayView(user, id);
        return worker;
    }

    @GetMapping
    @Operation(summary = "Search workers by name or the last 4 digits of the ID number, optionally by employer",
            description = "Not for workers and guardians (403 FORBIDDEN): they see only their own record.")
    PageResult<WorkerResponse> search(
            CurrentUser user,
            @RequestParam(required = false) UUID companyId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String employer,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        UUID company = organization.companyOrOwn(user, companyId);
        QualificationAccess.requireSeesAll(user);
        return workers.searchPage(Set.of(company), q, employer, PageRequestParams.of(page, size))
                .map(WorkerResponse::of);
    }

    @PostMapping("/{id}/certificates")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'SAFETY_OFFICER')")
    @Operation(summary = "Add a certificate to a worker",
            description = "422 UNKNOWN_CERTIFICATE_ITEM, INVALID_CERTIFICATE_NUMBER (特种作业: T + ID number), INVALID_DATES. "
                    + "Missing dates follow DOMAIN.md: 特种作业 6 years with review after 3; 特种设备 4 years.")
    CertificateResponse addCertificate(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody CertificateRequest request) {
        return CertificateResponse.of(certificates.add(user, id, request.toCommand()));
    }

    @GetMapping("/{id}/certificates")
    List<CertificateResponse> certificates(CurrentUser user, @PathVariable UUID id) {
        var held = certificates.ofWorker(user, id);
        QualificationAccess.requireMayView(user, id);
        return held.stream().map(CertificateResponse::of).toList();
    }
}
