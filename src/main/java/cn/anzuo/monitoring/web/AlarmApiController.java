package cn.anzuo.monitoring.web;

import cn.anzuo.monitoring.AlarmStatus;
import cn.anzuo.monitoring.AlarmView;
import cn.anzuo.monitoring.domain.AlarmBook;
import cn.anzuo.monitoring.domain.AlarmResponse;
import cn.anzuo.organization.Organization;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.web.PageRequestParams;
import cn.anzuo.shared.web.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Alarms (API.md): listed, acknowledged by those who must act, resolved by a safety officer with a note. */
@RestController
@RequestMapping("/api/v1/alarms")
@Tag(name = "Alarms")
class AlarmApiController {

    private final AlarmBook book;
    private final AlarmResponse response;
    private final Organization organization;

    AlarmApiController(AlarmBook book, AlarmResponse response, Organization organization) {
        this.book = book;
        this.response = response;
        this.organization = organization;
    }

    record ResolveRequest(@NotBlank @Size(max = 500) String note) {}

    @GetMapping
    @Operation(summary = "Alarms of the caller's companies, newest first",
            description = "companyId defaults to the caller's own; another company's → 404")
    PageResult<AlarmView> list(CurrentUser me, @RequestParam(required = false) UUID companyId,
            @RequestParam(required = false) UUID siteId, @RequestParam(required = false) AlarmStatus status,
            @RequestParam(required = false) UUID permitId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Set<UUID> companies = companyId != null || siteId == null
                ? Set.of(organization.companyOrOwn(me, companyId))
                : Set.of(organization.visibleSite(me, siteId).companyId());
        PageRequestParams p = PageRequestParams.of(page, size);
        return new PageResult<>(book.list(companies, siteId, status, permitId, p.offset(), p.size()), p.page(), p.size(),
                book.count(companies, siteId, status, permitId));
    }

    @GetMapping("/{id}")
    AlarmView one(CurrentUser me, @PathVariable UUID id) {
        return response.visible(me, id);
    }

    @GetMapping(path = "/{id}/snapshot", produces = MediaType.IMAGE_JPEG_VALUE)
    @Operation(summary = "The camera snapshot of an alarm, if it came with one")
    ResponseEntity<byte[]> snapshot(CurrentUser me, @PathVariable UUID id) {
        response.visible(me, id);
        return book.snapshot(id).map(bytes -> ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping("/{id}/acknowledge")
    @Operation(summary = "Acknowledge (SAFETY_OFFICER, or the leader or guardian of a permit it suspended)",
            description = "409 ALARM_NOT_OPEN")
    AlarmView acknowledge(CurrentUser me, @PathVariable UUID id) {
        return response.acknowledge(me, id);
    }

    @PostMapping("/{id}/resolve")
    @Operation(summary = "Resolve with a note (SAFETY_OFFICER); acknowledges it too if nobody had",
            description = "409 ALARM_ALREADY_RESOLVED")
    AlarmView resolve(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody ResolveRequest r) {
        return response.resolve(me, id, r.note());
    }
}
