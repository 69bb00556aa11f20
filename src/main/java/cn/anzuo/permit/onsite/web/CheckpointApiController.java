package cn.anzuo.permit.onsite.web;

import cn.anzuo.permit.onsite.domain.Checkpoints;
import cn.anzuo.permit.onsite.domain.Checkpoints.Kind;
import cn.anzuo.organization.Organization;
import cn.anzuo.organization.SiteView;
import cn.anzuo.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "On site")
class CheckpointApiController {

    private final Checkpoints checkpoints;
    private final Organization organization;

    CheckpointApiController(Checkpoints checkpoints, Organization organization) {
        this.checkpoints = checkpoints;
        this.organization = organization;
    }

    record CheckpointRequest(@NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+") String code, @NotNull Kind kind) {}

    record CheckpointResponse(UUID id, String code, Kind kind, UUID siteId, String secret) {}

    @PostMapping("/api/v1/sites/{siteId}/checkpoints")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'GROUP_ADMIN')")
    @Operation(summary = "Add a checkpoint (打卡点) to a site",
            description = "Returns the base32 TOTP secret once (RFC 6238, HMAC-SHA1, 30 s, 6 digits). 409 CHECKPOINT_CODE_TAKEN")
    CheckpointResponse create(CurrentUser user, @PathVariable UUID siteId, @Valid @RequestBody CheckpointRequest request) {
        SiteView site = organization.visibleSite(user, siteId);
        Checkpoints.Created created = checkpoints.create(site.companyId(), site.id(), request.code(), request.kind());
        return new CheckpointResponse(created.checkpoint().id(), created.checkpoint().code(), created.checkpoint().kind(),
                site.id(), created.secret());
    }

    @GetMapping("/api/v1/sites/{siteId}/checkpoints")
    List<CheckpointResponse> list(CurrentUser user, @PathVariable UUID siteId) {
        SiteView site = organization.visibleSite(user, siteId);
        return checkpoints.ofSite(site.id()).stream()
                .map(c -> new CheckpointResponse(c.id(), c.code(), c.kind(), c.siteId(), null))
                .toList();
    }
}
