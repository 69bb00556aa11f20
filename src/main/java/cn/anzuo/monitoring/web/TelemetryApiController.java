package cn.anzuo.monitoring.web;

import cn.anzuo.monitoring.domain.CameraEvent;
import cn.anzuo.monitoring.domain.DeviceRegistry;
import cn.anzuo.monitoring.domain.SignedRequests;
import cn.anzuo.monitoring.domain.Telemetry;
import cn.anzuo.monitoring.domain.TelemetryMessage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Devices post here, signed with their own secret instead of a user's token (API.md "HTTP telemetry").
 * The body is read as bytes: the signature covers exactly what was sent.
 */
@RestController
@RequestMapping("/api/v1/telemetry")
@Tag(name = "Telemetry")
@SecurityRequirements
class TelemetryApiController {

    private final SignedRequests signed;
    private final Telemetry telemetry;
    private final JsonMapper json;

    TelemetryApiController(SignedRequests signed, Telemetry telemetry, JsonMapper json) {
        this.signed = signed;
        this.telemetry = telemetry;
        this.json = json;
    }

    @PostMapping(consumes = "*/*")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "A gas detector's reading, or a gateway's batch of up to 1,000",
            description = """
                    Body {"ts","values":{"LEL":12.0,"O2":20.9,"H2S":0.0,"CO":3.0}} or {"readings":[{"ts","values"},…]};
                    LEL in %LEL, O2 in %VOL, H2S and CO in mg/m³. X-Signature = hex HMAC-SHA256(secret,
                    X-Timestamp + "\\n" + body). 401 BAD_SIGNATURE (also an unknown device), 401 STALE_TIMESTAMP
                    (more than 5 minutes off), 409 REPLAYED, 422 UNKNOWN_METRIC / INVALID_READING / TOO_MANY_READINGS,
                    400 MALFORMED_REQUEST.""")
    Map<String, Integer> readings(@Parameter(description = "the device's code") @RequestHeader(value = "X-Device-Code", required = false) String code,
            @Parameter(description = "epoch milliseconds") @RequestHeader(value = "X-Timestamp", required = false) String timestamp,
            @RequestHeader(value = "X-Signature", required = false) String signature,
            @RequestBody(required = false) byte[] body, HttpServletRequest request) {
        byte[] bytes = body == null ? new byte[0] : body;
        DeviceRegistry.Device device = signed.verify(code, timestamp, signature, bytes);
        try {
            return Map.of("accepted", telemetry.accept(device, bytes));
        } catch (TelemetryMessage.Malformed e) {
            throw new HttpMessageNotReadableException(e.getMessage(), new ServletServerHttpRequest(request));
        }
    }

    @PostMapping(path = "/events", consumes = "*/*")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "A camera's event: INTRUSION, NO_HELMET (first-level alarm) or SMOKE (second-level)",
            description = """
                    Body {"ts","type","snapshot"?} with snapshot a base64 JPEG of at most 2 MB; signed like readings.
                    422 UNSUPPORTED_MEDIA / SNAPSHOT_TOO_LARGE / NOT_A_CAMERA, 400 MALFORMED_REQUEST (unknown type).""")
    void event(@RequestHeader(value = "X-Device-Code", required = false) String code,
            @RequestHeader(value = "X-Timestamp", required = false) String timestamp,
            @RequestHeader(value = "X-Signature", required = false) String signature,
            @RequestBody(required = false) byte[] body, HttpServletRequest request) {
        byte[] bytes = body == null ? new byte[0] : body;
        DeviceRegistry.Device device = signed.verify(code, timestamp, signature, bytes);
        CameraEvent type;
        Instant ts;
        String snapshot;
        try {
            JsonNode root = json.readTree(bytes);
            type = CameraEvent.valueOf(root.path("type").asString());
            ts = root.hasNonNull("ts") ? Instant.parse(java.time.OffsetDateTime.parse(root.get("ts").asString())
                    .toInstant().toString()) : null;
            snapshot = root.hasNonNull("snapshot") ? root.get("snapshot").asString() : null;
        } catch (JacksonException | IllegalArgumentException | java.time.DateTimeException e) {
            throw new HttpMessageNotReadableException("not a camera event", new ServletServerHttpRequest(request));
        }
        telemetry.cameraEvent(device, type, ts, snapshot);
    }
}
