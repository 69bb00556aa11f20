package cn.anzuo.permit.web;

import cn.anzuo.permit.onsite.CheckInRecord;
import cn.anzuo.permit.onsite.GasFailure;
import cn.anzuo.permit.onsite.GasReading;
import cn.anzuo.permit.onsite.GasTestView;
import cn.anzuo.permit.onsite.GasUnit;
import cn.anzuo.permit.onsite.OnSite;
import cn.anzuo.permit.onsite.ProofMethod;
import cn.anzuo.permit.domain.PermitLifecycle;
import cn.anzuo.permit.domain.PermitLifecycle.CheckIn;
import cn.anzuo.permit.domain.PermitLifecycle.RecordGasTest;
import cn.anzuo.permit.domain.PermitQueries;
import cn.anzuo.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** API.md "Lifecycle", check-ins, gas tests and the shift check of a permit. */
@RestController
@RequestMapping("/api/v1/permits/{id}")
@Tag(name = "Permits: on site and lifecycle")
class PermitLifecycleApiController {

    private final PermitLifecycle lifecycle;
    private final PermitQueries queries;
    private final OnSite onSite;
    private final PermitViews views;

    private final cn.anzuo.permit.domain.GuardianPresence presence;

    PermitLifecycleApiController(PermitLifecycle lifecycle, PermitQueries queries, OnSite onSite, PermitViews views,
            cn.anzuo.permit.domain.GuardianPresence presence) {
        this.presence = presence;
        this.lifecycle = lifecycle;
        this.queries = queries;
        this.onSite = onSite;
        this.views = views;
    }

    record CheckInRequest(
            @NotNull UUID workerId,
            @NotNull ProofMethod method,
            @Size(max = 32) String checkpointCode,
            @NotBlank @Size(max = 512) String proof,
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
            @NotNull @DecimalMin("0") Double accuracyMeters,
            tools.jackson.databind.JsonNode assertion) {

        String assertionJson() {
            return assertion == null || assertion.isNull() ? null
                    : assertion.isString() ? assertion.asString() : assertion.toString();
        }
    }

    record PresenceRequest(@NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
            @NotNull @DecimalMin("0") Double accuracyMeters) {}

    record PresenceResponse(Instant at, boolean inside, double distanceMeters) {}

    record CheckInResponse(UUID id, UUID workerId, Instant at, boolean withinGeofence, double distanceMeters) {
        static CheckInResponse of(CheckInRecord r) {
            return new CheckInResponse(r.id(), r.workerId(), r.at(), r.withinGeofence(), r.distanceMeters());
        }
    }

    record Reading(@NotBlank @Size(max = 10) String gas, @NotNull Double value, @NotNull GasUnit unit) {}

    record GasTestRequest(
            @NotNull OffsetDateTime sampledAt,
            @NotBlank @Size(max = 200) String samplePoint,
            UUID analystId,
            Boolean oxygenEnriched,
            @NotEmpty @Size(max = 30) List<@Valid Reading> readings) {}

    record GasTestResponse(UUID id, Instant sampledAt, String samplePoint, boolean passed, List<GasReading> readings,
            List<GasFailure> failures) {
        static GasTestResponse of(GasTestView t) {
            return new GasTestResponse(t.id(), t.sampledAt(), t.samplePoint(), t.passed(), t.readings(), t.failures());
        }
    }

    record HeadcountResponse(int personsIn, int personsOut, int toolsIn, int toolsOut, int personsInside,
            boolean balanced) {
        static HeadcountResponse of(OnSite.Headcount h) {
            return new HeadcountResponse(h.personsIn(), h.personsOut(), h.toolsIn(), h.toolsOut(), h.personsInside(),
                    h.balanced());
        }
    }

    record ReasonRequest(@NotBlank @Size(max = 500) String reason) {}

    record HeadcountRequest(@NotNull OnSite.Direction direction, @NotNull @Min(0) @Max(200) Integer persons,
            @NotNull @Min(0) @Max(500) Integer tools) {}

    @PostMapping("/check-ins")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Check in yourself at the permit's site",
            description = "403 PROXY_CHECK_IN (for someone else); 422 NOT_ON_PERMIT, OUTSIDE_GEOFENCE, LOCATION_INACCURATE "
                    + "(accuracy worse than 100 m), INVALID_PROOF (wrong, reused or unsupported proof; an NFC tag's SUN message "
                    + "with a forged MAC, wrong key or a counter not above the last), CHECK_IN_METHOD_NOT_ALLOWED, "
                    + "IDENTITY_REQUIRED (policy PASSKEY: a fresh assertion of your own passkey in \"assertion\"), "
                    + "CHECKIN_WINDOW_CLOSED; "
                    + "409 PERMIT_NOT_APPROVED")
    CheckInResponse checkIn(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody CheckInRequest r,
            @io.swagger.v3.oas.annotations.Parameter(description = "Optional stable id of the phone or app installation "
                    + "(8–128 visible ASCII characters); an audit signal only (flag SAME_DEVICE_CHECK_INS), never checked")
            @org.springframework.web.bind.annotation.RequestHeader(value = CheckInDevice.HEADER, required = false)
            String deviceId, // declared for the OpenAPI document; CheckInDevice reads it, with the cookie as fallback
            jakarta.servlet.http.HttpServletRequest request) {
        return CheckInResponse.of(lifecycle.checkIn(user, id, new CheckIn(r.workerId(), r.method(), r.checkpointCode(),
                r.proof(), r.latitude(), r.longitude(), r.accuracyMeters(), r.assertionJson(),
                CheckInDevice.ofApiClient(request))));
    }

    @PostMapping("/presence")
    @Operation(summary = "The guardian's phone reports its position while the permit is active (every 30 s)",
            description = "403 unless the caller is the permit's guardian; 409 ILLEGAL_TRANSITION unless ACTIVE or "
                    + "SUSPENDED; 422 LOCATION_INACCURATE. Outside the fence suspends the permit (GUARDIAN_ABSENT); so does "
                    + "silence longer than the policy's guardianAbsenceMinutes")
    PresenceResponse presence(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody PresenceRequest r) {
        OnSite.Presence p = presence.report(user, id, r.latitude(), r.longitude(), r.accuracyMeters());
        return new PresenceResponse(p.at(), p.inside(), p.distanceMeters());
    }

    @GetMapping("/check-ins")
    List<CheckInResponse> checkIns(CurrentUser user, @PathVariable UUID id) {
        return onSite.checkIns(queries.visible(user, id).id()).stream().map(CheckInResponse::of).toList();
    }

    @PostMapping("/gas-tests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a gas analysis (GAS_ANALYST)",
            description = "Judged by GB 30871 5.3.2 / 6.3 and GBZ 2.1; 422 UNKNOWN_GAS, INVALID_UNIT, INVALID_SAMPLE_TIME, "
                    + "READINGS_MISSING (hot work and temporary power need a combustible reading, a confined space O2 and "
                    + "a combustible one; missing[]), INVALID_READING (negative, not finite, over 100 % or 10^6 ppm), "
                    + "UNKNOWN_ANALYST (analystId is not a gas analyst of the permit's company); 403 PROXY_GAS_TEST")
    GasTestResponse gasTest(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody GasTestRequest r) {
        return GasTestResponse.of(lifecycle.recordGasTest(user, id, new RecordGasTest(r.sampledAt().toInstant(),
                r.samplePoint(), r.analystId(), Boolean.TRUE.equals(r.oxygenEnriched()),
                r.readings().stream().map(x -> new GasReading(x.gas(), x.value(), x.unit())).toList())));
    }

    @GetMapping("/gas-tests")
    List<GasTestResponse> gasTests(CurrentUser user, @PathVariable UUID id) {
        return onSite.gasTests(queries.visible(user, id).id()).stream().map(GasTestResponse::of).toList();
    }

    @PostMapping("/shift-check")
    @Operation(summary = "当班班长验票 before ignition (SHIFT_LEADER, hot work)")
    PermitResponse shiftCheck(CurrentUser user, @PathVariable UUID id) {
        return views.one(lifecycle.shiftCheck(user, id), List.of());
    }

    @PostMapping("/start")
    @Operation(summary = "Start the work (guardian or leader)",
            description = "422 with unmet[]: GAS_TEST_REQUIRED, GAS_TEST_FAILED, GAS_TEST_STALE, NOT_CHECKED_IN "
                    + "(missingWorkerIds), GUARDIAN_NOT_PRESENT, SHIFT_CHECK_REQUIRED, WINDOW_NOT_OPEN (before plannedStart); "
                    + "422 WEATHER_BLOCKED (outdoor work the site's weather forbids, checked first); 422 "
                    + "ALARM_NOT_ACKNOWLEDGED with alarmId (an open alarm at the site that would stop this work: any "
                    + "second-level one, a first-level one for confined space and special hot work); 409 ILLEGAL_TRANSITION")
    PermitResponse start(CurrentUser user, @PathVariable UUID id) {
        return views.one(lifecycle.start(user, id), List.of());
    }

    @PostMapping("/suspend")
    PermitResponse suspend(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ReasonRequest r) {
        return views.one(lifecycle.suspend(user, id, r.reason()), List.of());
    }

    @PostMapping("/resume")
    @Operation(summary = "Resume after a suspension", description = "After an ALARM suspension the alarm must be "
            + "acknowledged (422 ALARM_NOT_ACKNOWLEDGED); a new passing gas test sampled since the suspension after an alarm, "
            + "a GAS_TEST_DUE suspension, a new day of hot work or an interruption longer than 30/60 min: 422 "
            + "GAS_TEST_REQUIRED / GAS_TEST_FAILED / GAS_TEST_STALE; unmet[] lists them all. "
            + "Outdoor work the weather still forbids: 422 WEATHER_BLOCKED; another open alarm at the site that would "
            + "stop this work: 422 ALARM_NOT_ACKNOWLEDGED with alarmId")
    PermitResponse resume(CurrentUser user, @PathVariable UUID id) {
        return views.one(lifecycle.resume(user, id), List.of());
    }

    @PostMapping("/complete")
    @Operation(summary = "Complete the work", description = "Confined space: 422 HEADCOUNT_UNBALANCED until all are out")
    PermitResponse complete(CurrentUser user, @PathVariable UUID id) {
        return views.one(lifecycle.complete(user, id), List.of());
    }

    @PostMapping("/accept")
    @Operation(summary = "完工验收: leader and guardian each accept; CLOSED once both have")
    PermitResponse accept(CurrentUser user, @PathVariable UUID id) {
        return views.one(lifecycle.accept(user, id), List.of());
    }

    @PostMapping("/cancel")
    PermitResponse cancel(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ReasonRequest r) {
        return views.one(lifecycle.cancel(user, id, r.reason()), List.of());
    }

    @PostMapping("/headcount")
    @Operation(summary = "Confined space: people and tools in or out (the guardian)")
    HeadcountResponse headcount(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody HeadcountRequest r) {
        return HeadcountResponse.of(lifecycle.headcount(user, id, r.direction(), r.persons(), r.tools()));
    }
}
