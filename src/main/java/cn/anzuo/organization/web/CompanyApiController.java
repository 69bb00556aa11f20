package cn.anzuo.organization.web;

import cn.anzuo.organization.CheckInIdentity;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

import cn.anzuo.organization.CompanyPolicy;
import cn.anzuo.organization.CompanyView;
import cn.anzuo.organization.Organization;
import cn.anzuo.organization.domain.CompanyAdministration;
import cn.anzuo.organization.domain.CompanyAdministration.CreateCompany;
import cn.anzuo.organization.domain.PolicySettings;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.web.PageRequestParams;
import cn.anzuo.shared.web.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/companies")
@Tag(name = "Organisation")
class CompanyApiController {

    private final Organization organization;
    private final CompanyAdministration administration;

    CompanyApiController(Organization organization, CompanyAdministration administration) {
        this.organization = organization;
        this.administration = administration;
    }

    record CompanyRequest(
            @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+") String code,
            @NotBlank @Size(max = 100) String name,
            UUID parentId) {}

    record PolicyRequest(
            @Min(1) @Max(240) Integer checkInWindowMinutes,
            @Min(1) @Max(365) Integer expiryReminderDays,
            LocalTime nightStart,
            LocalTime nightEnd,
            Boolean allowUnverifiedCertificates,
            @Min(1) @Max(1440) Integer approvalEscalationMinutes,
            @Min(1) @Max(CompanyPolicy.MAX_PERMIT_VALIDITY_HOURS) Integer permitValidityHours,
            @Min(1) @Max(1440) Integer alarmEscalationMinutes,
            @Size(min = 1, max = 4) List<@Pattern(regexp = "QR|NFC|FACE|PASSKEY") String> checkInMethods,
            CheckInIdentity checkInIdentity,
            @DecimalMin("0.5") @DecimalMax("1.0") Double faceMinSimilarity,
            @Min(1) @Max(120) Integer guardianAbsenceMinutes,
            @Min(1) @Max(14) Integer fatigueNights) {

        PolicySettings toSettings() {
            return new PolicySettings(checkInWindowMinutes, expiryReminderDays, nightStart, nightEnd,
                    allowUnverifiedCertificates, approvalEscalationMinutes, permitValidityHours,
                    alarmEscalationMinutes, checkInMethods == null ? null : String.join(",",
                            new java.util.LinkedHashSet<>(checkInMethods)), checkInIdentity, faceMinSimilarity,
                    guardianAbsenceMinutes, fatigueNights);
        }
    }

    record PolicyResponse(
            int checkInWindowMinutes,
            int expiryReminderDays,
            String nightStart,
            String nightEnd,
            boolean allowUnverifiedCertificates,
            int approvalEscalationMinutes,
            int permitValidityHours,
            int alarmEscalationMinutes,
            List<String> checkInMethods,
            CheckInIdentity checkInIdentity,
            double faceMinSimilarity,
            int guardianAbsenceMinutes,
            String timeZone,
            int fatigueNights) {

        static PolicyResponse of(CompanyPolicy policy) {
            return new PolicyResponse(policy.checkInWindowMinutes(), policy.expiryReminderDays(),
                    policy.nightStart().toString(), policy.nightEnd().toString(), policy.allowUnverifiedCertificates(),
                    policy.approvalEscalationMinutes(), policy.permitValidityHours(), policy.alarmEscalationMinutes(),
                    policy.checkInMethods(), policy.checkInIdentity(), policy.faceMinSimilarity(),
                    policy.guardianAbsenceMinutes(), policy.zone().getId(), policy.fatigueNights());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('GROUP_ADMIN')")
    @Operation(summary = "Create a company inside the caller's subtree", description = "409 COMPANY_CODE_TAKEN")
    CompanyView create(CurrentUser user, @Valid @RequestBody CompanyRequest request) {
        return administration.create(user, new CreateCompany(request.code().trim(), request.name().trim(), request.parentId()));
    }

    @GetMapping
    @Operation(summary = "Companies the caller may see")
    PageResult<CompanyView> list(
            CurrentUser user, @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return PageResult.of(organization.visibleCompanies(user), PageRequestParams.of(page, size));
    }

    @GetMapping("/{id}")
    CompanyView get(CurrentUser user, @PathVariable UUID id) {
        organization.requireVisible(user, id);
        return organization.company(id);
    }

    @GetMapping("/{id}/policy")
    @Operation(summary = "The company's effective policy (configured values, else defaults)")
    PolicyResponse policy(CurrentUser user, @PathVariable UUID id) {
        organization.requireVisible(user, id);
        return PolicyResponse.of(organization.policy(id));
    }

    @PutMapping("/{id}/policy")
    @PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'GROUP_ADMIN')")
    @Operation(summary = "Change company rules; fields left out keep their value")
    PolicyResponse changePolicy(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody PolicyRequest request) {
        return PolicyResponse.of(administration.changePolicy(user, id, request.toSettings()));
    }
}
