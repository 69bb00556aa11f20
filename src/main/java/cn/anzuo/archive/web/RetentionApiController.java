package cn.anzuo.archive.web;

import cn.anzuo.archive.domain.Retention;
import cn.anzuo.organization.Organization;
import cn.anzuo.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Retention settings of a company (issue 12 item 8): photos configurable, permits and traces always kept. */
@RestController
@PreAuthorize("isAuthenticated()")
@Tag(name = "Archive and audit")
class RetentionApiController {

    private final Retention retention;
    private final Organization organization;

    RetentionApiController(Retention retention, Organization organization) {
        this.retention = retention;
        this.organization = organization;
    }

    /** {@code photoRetentionDays} null: back to the default. */
    record RetentionRequest(Integer photoRetentionDays) {}

    /** The effective settings; permits and their traces are never deleted, so they have no number of days. */
    record RetentionResponse(UUID companyId, int photoRetentionDays, boolean companySetting, int defaultPhotoRetentionDays,
            int minimumPhotoRetentionDays, String permitRetention) {
        static RetentionResponse of(Retention.Settings s) {
            return new RetentionResponse(s.companyId(), s.photoRetentionDays(), s.companySetting(),
                    s.defaultPhotoRetentionDays(), Retention.MINIMUM_DAYS, "KEPT_INDEFINITELY");
        }
    }

    @GetMapping("/api/v1/companies/{id}/retention")
    @Operation(summary = "The company's effective retention settings",
            description = "{\"companyId\",\"photoRetentionDays\",\"companySetting\",\"defaultPhotoRetentionDays\","
                    + "\"minimumPhotoRetentionDays\":365,\"permitRetention\":\"KEPT_INDEFINITELY\"}: nothing deletes a permit "
                    + "or a trace row (the hash chain needs them); after photoRetentionDays a photo keeps only its SHA-256")
    RetentionResponse get(CurrentUser me, @PathVariable UUID id) {
        organization.requireVisible(me, id);
        return RetentionResponse.of(retention.settings(id));
    }

    @PutMapping("/api/v1/companies/{id}/retention")
    @PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'GROUP_ADMIN')")
    @Operation(summary = "Change how long the company's site photos keep their image (COMPANY_ADMIN)",
            description = "{\"photoRetentionDays\":730} (null: back to the default); 422 RETENTION_TOO_SHORT below 365 days, "
                    + "RETENTION_TOO_LONG above 36500; another company's → 404")
    RetentionResponse change(CurrentUser me, @PathVariable UUID id, @RequestBody RetentionRequest request) {
        organization.requireVisible(me, id);
        return RetentionResponse.of(retention.changePhotoRetention(id, request.photoRetentionDays(), me.id()));
    }
}
