package cn.anzuo.organization.web;

import cn.anzuo.organization.domain.Company;
import cn.anzuo.organization.domain.CompanyAdministration;
import cn.anzuo.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Renaming and disabling companies (issue 10). Companies are never deleted (ADR 0041). */
@RestController
@RequestMapping("/api/v1/companies")
@Tag(name = "Organisation")
class CompanyEditApiController {

    private final CompanyAdministration administration;

    CompanyEditApiController(CompanyAdministration administration) {
        this.administration = administration;
    }

    record RenameCompanyRequest(@NotBlank @Size(max = 100) String name) {}

    record CompanyStateResponse(UUID id, String code, String name, UUID parentId, boolean enabled) {
        static CompanyStateResponse of(Company company) {
            return new CompanyStateResponse(company.id(), company.code(), company.name(), company.parentId(),
                    company.enabled());
        }
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'GROUP_ADMIN')")
    @Operation(summary = "Rename a company", description = "The code stays. A company the caller cannot see → 404")
    CompanyStateResponse rename(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody RenameCompanyRequest request) {
        return CompanyStateResponse.of(administration.rename(me, id, request.name()));
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasRole('GROUP_ADMIN')")
    @Operation(summary = "Disable or re-enable a company of the caller's group",
            description = "{\"enabled\":false}. Its users can no longer sign in or use tokens, its sites take no new "
                    + "permits (422 SITE_DISABLED). 409 CANNOT_DISABLE_OWN_COMPANY. Companies are never deleted.")
    CompanyStateResponse changeEnabled(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody EnabledRequest request) {
        return CompanyStateResponse.of(administration.changeEnabled(me, id, request.enabled()));
    }
}
