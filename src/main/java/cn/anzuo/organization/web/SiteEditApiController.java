package cn.anzuo.organization.web;

import cn.anzuo.organization.domain.Site;
import cn.anzuo.organization.domain.SiteAdministration;
import cn.anzuo.organization.domain.SiteAdministration.ChangeSite;
import cn.anzuo.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Editing a site's name and geofence, and disabling it (issue 10). Sites are never deleted (ADR 0041). */
@RestController
@RequestMapping("/api/v1/sites")
@Tag(name = "Organisation")
@PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'GROUP_ADMIN')")
class SiteEditApiController {

    private final SiteAdministration administration;

    SiteEditApiController(SiteAdministration administration) {
        this.administration = administration;
    }

    record ChangeSiteRequest(
            @NotBlank @Size(max = 100) String name,
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
            @NotNull @Min(10) @Max(5000) Integer radiusMeters,
            boolean hazardArea,
            Boolean outdoor) {

        ChangeSite toCommand() {
            return new ChangeSite(name, latitude, longitude, radiusMeters, hazardArea, outdoor);
        }
    }

    record SiteStateResponse(UUID id, UUID companyId, String code, String name, double latitude, double longitude,
            int radiusMeters, boolean hazardArea, boolean outdoor, boolean enabled) {
        static SiteStateResponse of(Site site) {
            var v = site.view();
            return new SiteStateResponse(v.id(), v.companyId(), v.code(), v.name(), v.latitude(), v.longitude(),
                    v.radiusMeters(), v.hazardArea(), v.outdoor(), site.enabled());
        }
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a site's name and geofence",
            description = "The code stays; outdoor omitted keeps the current value. Check-ins from then on are judged by the new geofence. Another company's site → 404")
    SiteStateResponse change(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody ChangeSiteRequest request) {
        return SiteStateResponse.of(administration.change(me, id, request.toCommand()));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Disable or re-enable a site",
            description = "{\"enabled\":false}. A new permit at a disabled site → 422 SITE_DISABLED; permits already "
                    + "issued there go on. Sites are never deleted.")
    SiteStateResponse changeEnabled(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody EnabledRequest request) {
        return SiteStateResponse.of(administration.changeEnabled(me, id, request.enabled()));
    }
}
