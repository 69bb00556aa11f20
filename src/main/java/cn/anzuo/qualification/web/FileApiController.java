package cn.anzuo.qualification.web;

import cn.anzuo.organization.Organization;
import cn.anzuo.qualification.domain.StoredFiles;
import cn.anzuo.qualification.domain.StoredFiles.Content;
import cn.anzuo.qualification.domain.StoredFiles.StoredFile;
import cn.anzuo.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/files")
@Tag(name = "Workers and certificates")
class FileApiController {

    private final StoredFiles files;
    private final Organization organization;

    FileApiController(StoredFiles files, Organization organization) {
        this.files = files;
        this.organization = organization;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'SAFETY_OFFICER')")
    @Operation(summary = "Upload evidence (image or PDF ≤ 10 MB; type from content)",
            description = "422 FILE_TOO_LARGE, UNSUPPORTED_FILE_TYPE. Returns the SHA-256 stored with the file.")
    StoredFile upload(CurrentUser user, @RequestParam("file") MultipartFile file) throws IOException {
        return files.store(user.companyId(), user.id(), file.getOriginalFilename(), file.getBytes());
    }

    @GetMapping("/{id}")
    ResponseEntity<byte[]> download(CurrentUser user, @PathVariable UUID id) {
        Content content = files.load(id, companyId -> organization.canSee(user, companyId));
        QualificationAccess.requireSeesAll(user); // evidence scans carry personal data; workers see theirs on their page
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.file().contentType()))
                .cacheControl(CacheControl.noStore())
                .header("X-Content-SHA256", content.file().sha256())
                .body(content.bytes());
    }
}
