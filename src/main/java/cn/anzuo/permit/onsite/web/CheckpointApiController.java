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

    record CheckpointRequest(@NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+") String code, @NotNull Kind kind,
            String uid, String metaReadKey, String fileReadKey) {}

    /**
     * @param secret the TOTP secret of a QR checkpoint, shown once
     * @param metaReadKey the SDM meta-read key of an NFC checkpoint (AES-128, hex), shown once
     * @param urlTemplate the URL to personalise the tag with (SDM mirrors picc_data and cmac into it)
     */
    record CheckpointResponse(UUID id, String code, Kind kind, UUID siteId, String secret, String metaReadKey,
            String fileReadKey, String urlTemplate) {}

    @PostMapping("/api/v1/sites/{siteId}/checkpoints")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'GROUP_ADMIN')")
    @Operation(summary = "Add a checkpoint (打卡点) to a site",
            description = "QR: returns the base32 TOTP secret once (RFC 6238, HMAC-SHA1, 30 s, 6 digits). NFC: NTAG 424 DNA SUN "
                    + "keys (AES-128 hex, generated when omitted) once and the URL template for personalising the tag. "
                    + "409 CHECKPOINT_CODE_TAKEN; 422 INVALID_NFC_KEY")
    CheckpointResponse create(CurrentUser user, @PathVariable UUID siteId, @Valid @RequestBody CheckpointRequest request) {
        SiteView site = organization.visibleSite(user, siteId);
        Checkpoints.Created created = checkpoints.create(site.companyId(), site.id(), request.code(), request.kind(),
                new Checkpoints.NfcTag(request.uid(), request.metaReadKey(), request.fileReadKey()));
        return new CheckpointResponse(created.checkpoint().id(), created.checkpoint().code(), created.checkpoint().kind(),
                site.id(), created.secret(), created.metaReadKey(), created.fileReadKey(),
                created.checkpoint().kind() == Kind.NFC ? urlTemplate(created.checkpoint().code()) : null);
    }

    @GetMapping("/api/v1/sites/{siteId}/checkpoints")
    List<CheckpointResponse> list(CurrentUser user, @PathVariable UUID siteId) {
        SiteView site = organization.visibleSite(user, siteId);
        return checkpoints.ofSite(site.id()).stream()
                .map(c -> new CheckpointResponse(c.id(), c.code(), c.kind(), c.siteId(), null, null, null,
                        c.kind() == Kind.NFC ? urlTemplate(c.code()) : null))
                .toList();
    }

    /** What a tag is personalised with (NXP AN12196 §4): SDM mirrors the encrypted PICC data and the MAC into it. */
    static String urlTemplate(String code) {
        String base = org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
                .toUriString();
        return base + "/t/" + code + "?picc_data={PICCData 32 hex}&cmac={SDMMAC 16 hex}";
    }
}
