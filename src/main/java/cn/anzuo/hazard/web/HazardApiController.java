package cn.anzuo.hazard.web;

import cn.anzuo.hazard.HazardStatus;
import cn.anzuo.hazard.HazardView;
import cn.anzuo.hazard.domain.Hazards;
import cn.anzuo.organization.Organization;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.web.PageRequestParams;
import cn.anzuo.shared.web.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Hazard reports (API.md "Hazards"): report, assign, fix, verify. */
@RestController
@RequestMapping("/api/v1/hazards")
@Tag(name = "Hazards")
class HazardApiController {

    private final Hazards hazards;
    private final Organization organization;

    HazardApiController(Hazards hazards, Organization organization) {
        this.hazards = hazards;
        this.organization = organization;
    }

    record ReportRequest(@NotNull UUID siteId, @NotBlank @Size(max = 1000) String description,
            @DecimalMin("-90") @DecimalMax("90") Double latitude, @DecimalMin("-180") @DecimalMax("180") Double longitude,
            UUID photoId) {}

    record AssignRequest(@NotNull UUID assigneeUserId, @NotNull LocalDate dueOn) {}

    record FixRequest(@NotBlank @Size(max = 1000) String note) {}

    record VerifyRequest(@NotNull Boolean accepted) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Report a hazard (any user of the site's company)", description = "422 UNKNOWN_PHOTO")
    HazardView report(CurrentUser me, @Valid @RequestBody ReportRequest r) {
        return hazards.report(me, r.siteId(), r.description(), r.latitude(), r.longitude(), r.photoId());
    }

    @PostMapping(path = "/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload the live photo of a report first (JPEG or PNG, ≤ 10 MB)",
            description = "422 UNSUPPORTED_MEDIA")
    Map<String, UUID> photo(CurrentUser me, @RequestPart("file") MultipartFile file) throws IOException {
        return Map.of("id", hazards.uploadPhoto(me, file.getBytes()));
    }

    @GetMapping("/photos/{id}")
    ResponseEntity<byte[]> photo(CurrentUser me, @PathVariable UUID id) {
        Hazards.Photo photo = hazards.photo(me, id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType())).body(photo.bytes());
    }

    @GetMapping
    PageResult<HazardView> list(CurrentUser me, @RequestParam(required = false) UUID companyId,
            @RequestParam(required = false) HazardStatus status, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Set<UUID> companies = Set.of(organization.companyOrOwn(me, companyId));
        PageRequestParams p = PageRequestParams.of(page, size);
        return new PageResult<>(hazards.list(companies, status, p.offset(), p.size()), p.page(), p.size(),
                hazards.count(companies, status));
    }

    @GetMapping("/{id}")
    HazardView one(CurrentUser me, @PathVariable UUID id) {
        return hazards.find(me, id);
    }

    @PostMapping("/{id}/assign")
    @Operation(summary = "Assign with a due date (SAFETY_OFFICER) → ASSIGNED",
            description = "409 ILLEGAL_TRANSITION; 422 UNKNOWN_ASSIGNEE, DUE_DATE_PAST")
    HazardView assign(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody AssignRequest r) {
        return hazards.assign(me, id, r.assigneeUserId(), r.dueOn());
    }

    @PostMapping("/{id}/fix")
    @Operation(summary = "The assignee reports the fix → FIXED", description = "409 ILLEGAL_TRANSITION")
    HazardView fix(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody FixRequest r) {
        return hazards.fix(me, id, r.note());
    }

    @PostMapping("/{id}/verify")
    @Operation(summary = "Verify the fix (SAFETY_OFFICER) → CLOSED, or back to ASSIGNED",
            description = "409 ILLEGAL_TRANSITION")
    HazardView verify(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody VerifyRequest r) {
        return hazards.verify(me, id, r.accepted());
    }
}
