package cn.anzuo.archive.web;

import cn.anzuo.archive.domain.Photos;
import cn.anzuo.organization.Organization;
import cn.anzuo.permit.PermitRecord;
import cn.anzuo.permit.Permits;
import cn.anzuo.shared.problem.NotAllowed;
import cn.anzuo.shared.problem.RecordNotFound;
import cn.anzuo.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** API.md "Photos": live photos by the people on a permit, watermarked and hashed into its trace. */
@RestController
@PreAuthorize("isAuthenticated()")
@Tag(name = "Archive and audit")
class PhotoApiController {

    private final Photos photos;
    private final Permits permits;
    private final Organization organization;

    PhotoApiController(Photos photos, Permits permits, Organization organization) {
        this.photos = photos;
        this.permits = permits;
        this.organization = organization;
    }

    @PostMapping(value = "/api/v1/permits/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a live photo to a permit (someone on the permit)",
            description = "multipart file, latitude, longitude, kind MEASURE|SITE|COMPLETION → {\"id\",\"sha256\",\"takenAt\","
                    + "\"watermarked\":true}; JPEG or PNG (sniffed) ≤ 10 MB, else 422 UNSUPPORTED_MEDIA")
    Photos.Stored add(CurrentUser me, @PathVariable UUID id, @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) Double latitude, @RequestParam(required = false) Double longitude,
            @RequestParam(required = false) String kind) throws IOException {
        return add(photos, permits, organization, me, id, file, latitude, longitude, kind);
    }

    @GetMapping("/api/v1/photos/{id}")
    @Operation(summary = "A permit photo, as stored (watermarked)")
    ResponseEntity<byte[]> photo(CurrentUser me, @PathVariable UUID id) {
        return image(photos, organization, me, id);
    }

    static Photos.Stored add(Photos photos, Permits permits, Organization organization, CurrentUser me, UUID id,
            MultipartFile file, Double latitude, Double longitude, String kind) throws IOException {
        PermitRecord permit = TraceApiController.visiblePermit(permits, organization, me, id);
        PermitRecord.Crew crew = permit.crew();
        UUID worker = me.workerId();
        boolean onPermit = worker != null && (worker.equals(crew.leaderId()) || worker.equals(crew.guardianId())
                || crew.workerIds().contains(worker));
        if (!onPermit) {
            throw new NotAllowed("PHOTO_NOT_ON_PERMIT");
        }
        if (file.getSize() > Photos.MAX_BYTES) {
            throw new cn.anzuo.shared.problem.BusinessProblem(cn.anzuo.shared.problem.ProblemKind.RULE,
                    "UNSUPPORTED_MEDIA", "file");
        }
        return photos.add(permit, me.id(), file.getBytes(), latitude, longitude, kind,
                organization.policy(permit.companyId()).zone());
    }

    static ResponseEntity<byte[]> image(Photos photos, Organization organization, CurrentUser me, UUID id) {
        Photos.Image image = photos.image(id);
        if (!organization.canSee(me, image.companyId())) {
            throw new RecordNotFound("photo", id);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(image.contentType()))
                .cacheControl(CacheControl.maxAge(7, TimeUnit.DAYS).cachePrivate())
                .body(image.content());
    }
}
