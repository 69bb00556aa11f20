package cn.anzuo.organization.web;

import cn.anzuo.organization.Organization;
import cn.anzuo.organization.SiteView;
import cn.anzuo.organization.domain.SiteAdministration;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.web.PageRequestParams;
import cn.anzuo.shared.web.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
@RequestMapping("/api/v1/sites")
@Tag(name = "Organisation")
class SiteApiController {

    private final Organization organization;
    private final SiteAdministration administration;

    SiteApiController(Organization organization, SiteAdministration administration) {
        this.organization = organization;
        this.administration = administration;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'GROUP_ADMIN')")
    @Operation(summary = "Register a site with its geofence", description = "409 SITE_CODE_TAKEN; another company → 404")
    SiteView create(CurrentUser user, @Valid @RequestBody SiteForm request) {
        return administration.create(user, request.toCommand());
    }

    @GetMapping
    PageResult<SiteView> list(
            CurrentUser user,
            @RequestParam(required = false) UUID companyId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        UUID company = organization.companyOrOwn(user, companyId);
        return PageResult.of(organization.sitesOf(Set.of(company), q), PageRequestParams.of(page, size));
    }

    @GetMapping("/{id}")
    SiteView get(CurrentUser user, @PathVariable UUID id) {
        return organization.visibleSite(user, id);
    }
}
