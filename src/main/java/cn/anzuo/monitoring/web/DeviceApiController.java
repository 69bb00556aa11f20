package cn.anzuo.monitoring.web;

import cn.anzuo.monitoring.DeviceKind;
import cn.anzuo.monitoring.DeviceView;
import cn.anzuo.monitoring.Devices;
import cn.anzuo.monitoring.RegisteredDevice;
import cn.anzuo.organization.Organization;
import cn.anzuo.organization.SiteView;
import cn.anzuo.shared.problem.NotAllowed;
import cn.anzuo.shared.problem.RecordNotFound;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.security.Role;
import cn.anzuo.shared.web.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Devices of the sites (API.md "Devices, telemetry, alarms"): registered by the company admin with their own secret. */
@RestController
@RequestMapping("/api/v1/devices")
@Tag(name = "Devices")
class DeviceApiController {

    private final Devices devices;
    private final Organization organization;
    private final Clock clock;

    DeviceApiController(Devices devices, Organization organization, Clock clock) {
        this.devices = devices;
        this.organization = organization;
        this.clock = clock;
    }

    record DeviceRequest(@NotBlank @Size(max = 40) String code, @NotNull DeviceKind kind, @NotNull UUID siteId,
            LocalDate calibratedOn) {}

    record DeviceChange(LocalDate calibratedOn, Boolean enabled) {}

    record CreatedDevice(UUID id, String code, DeviceKind kind, UUID siteId, LocalDate calibratedOn, String secret) {
        static CreatedDevice of(RegisteredDevice r) {
            DeviceView d = r.device();
            return new CreatedDevice(d.id(), d.code(), d.kind(), d.siteId(), d.calibratedOn(), r.secret());
        }
    }

    record DeviceResponse(UUID id, String code, DeviceKind kind, UUID companyId, UUID siteId, LocalDate calibratedOn,
            Instant lastSeenAt, boolean online, boolean enabled) {
        static DeviceResponse of(DeviceView d, Instant now) {
            return new DeviceResponse(d.id(), d.code(), d.kind(), d.companyId(), d.siteId(), d.calibratedOn(),
                    d.lastSeenAt(), d.online(now), d.enabled());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a device at a site (COMPANY_ADMIN); the secret is answered this once",
            description = "409 DEVICE_CODE_TAKEN; 422 INVALID_DEVICE_CODE (letters, digits, '.', '_', '-')")
    CreatedDevice register(CurrentUser me, @Valid @RequestBody DeviceRequest r) {
        SiteView site = adminSite(me, r.siteId());
        return CreatedDevice.of(devices.register(site.companyId(), site.id(), r.code(), r.kind(), r.calibratedOn()));
    }

    @GetMapping
    @Operation(summary = "Devices of a site, or of the caller's company", description = "online: a reading within 2 minutes")
    PageResult<DeviceResponse> list(CurrentUser me, @RequestParam(required = false) UUID siteId,
            @RequestParam(required = false) UUID companyId) {
        Instant now = clock.instant();
        List<DeviceView> found = siteId != null ? devices.atSite(organization.visibleSite(me, siteId).id())
                : devices.ofCompany(organization.companyOrOwn(me, companyId));
        List<DeviceResponse> items = found.stream().map(d -> DeviceResponse.of(d, now)).toList();
        return new PageResult<>(items, 0, Math.max(items.size(), 1), items.size());
    }

    @GetMapping("/{id}")
    DeviceResponse one(CurrentUser me, @PathVariable UUID id) {
        return DeviceResponse.of(visible(me, id), clock.instant());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Record a calibration or switch a device off and on (COMPANY_ADMIN)")
    DeviceResponse change(CurrentUser me, @PathVariable UUID id, @RequestBody DeviceChange change) {
        DeviceView device = visible(me, id);
        requireAdmin(me);
        return DeviceResponse.of(registryChange(device, change), clock.instant());
    }

    @PostMapping("/{id}/secret")
    @Operation(summary = "Give a device a new secret (COMPANY_ADMIN); the old one stops working at once")
    CreatedDevice rotate(CurrentUser me, @PathVariable UUID id) {
        visible(me, id);
        requireAdmin(me);
        return CreatedDevice.of(devices.rotateSecret(id));
    }

    private DeviceView registryChange(DeviceView device, DeviceChange change) {
        return devices.change(device.id(), change.calibratedOn() != null ? change.calibratedOn() : device.calibratedOn(),
                change.enabled() != null ? change.enabled() : device.enabled());
    }

    private DeviceView visible(CurrentUser me, UUID id) {
        return devices.find(id).filter(d -> organization.canSee(me, d.companyId()))
                .orElseThrow(() -> new RecordNotFound("device", id));
    }

    private SiteView adminSite(CurrentUser me, UUID siteId) {
        SiteView site = organization.visibleSite(me, siteId);
        requireAdmin(me);
        return site;
    }

    private static void requireAdmin(CurrentUser me) {
        if (!me.hasAny(Role.COMPANY_ADMIN, Role.GROUP_ADMIN)) {
            throw new NotAllowed();
        }
    }
}
