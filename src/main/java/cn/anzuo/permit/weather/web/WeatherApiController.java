package cn.anzuo.permit.weather.web;

import cn.anzuo.permit.weather.domain.WeatherObservations;
import cn.anzuo.permit.weather.domain.WeatherObservations.RecordObservation;
import cn.anzuo.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The safety officer records a site's weather (API.md "Risk rules": the manual entry, or a weather adapter). */
@RestController
@RequestMapping("/api/v1/sites")
@Tag(name = "Weather")
@PreAuthorize("hasRole('SAFETY_OFFICER')")
class WeatherApiController {

    private final WeatherObservations observations;

    WeatherApiController(WeatherObservations observations) {
        this.observations = observations;
    }

    /** Temperature in °C (one decimal), wind as a Beaufort grade 0–17 (风力等级). */
    record ObservationRequest(
            @NotNull OffsetDateTime observedAt,
            @NotNull @DecimalMin("-60") @DecimalMax("70") BigDecimal temperatureC,
            @NotNull @Min(0) @Max(17) Integer windScale) {

        RecordObservation toCommand() {
            return new RecordObservation(observedAt.toInstant(), temperatureC, windScale);
        }
    }

    record ObservationResponse(UUID id, UUID siteId, OffsetDateTime observedAt, BigDecimal temperatureC, int windScale,
            String source, List<UUID> suspendedPermitIds) {}

    @PostMapping("/{id}/weather")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record the weather at a site",
            description = "Kept as history. ACTIVE outdoor permits at the site that it forbids (wind ≥ 5 级: hot work, "
                    + "height; ≥ 6 级: lifting; ≥ 40 °C all day, ≥ 37 °C 12:00–15:00: all outdoor work) are SUSPENDED "
                    + "with cause WEATHER and listed in suspendedPermitIds. Another company's site → 404.")
    ObservationResponse record(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody ObservationRequest request) {
        WeatherObservations.Recorded recorded = observations.record(me, id, request.toCommand());
        var o = recorded.observation();
        return new ObservationResponse(o.id(), o.siteId(), request.observedAt(), o.temperatureC(), o.windScale(),
                o.source(), recorded.suspendedPermitIds());
    }
}
