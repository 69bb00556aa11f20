package cn.anzuo.monitoring.web;

import cn.anzuo.monitoring.DeviceKind;
import cn.anzuo.monitoring.domain.DeviceRegistry;
import cn.anzuo.monitoring.domain.SignedRequests;
import cn.anzuo.permit.FaceEvent;
import cn.anzuo.permit.FaceOutcome;
import cn.anzuo.permit.Permits;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.problem.ProblemKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Face terminals (人脸识别终端) report recognitions, signed like telemetry (API.md "On-site identity"). */
@RestController
@Tag(name = "Telemetry")
@SecurityRequirements
class FaceEventApiController {

    private final SignedRequests signed;
    private final Permits permits;
    private final JsonMapper json;
    private final Clock clock;

    FaceEventApiController(SignedRequests signed, Permits permits, JsonMapper json, Clock clock) {
        this.signed = signed;
        this.permits = permits;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping(path = "/api/v1/devices/face-events", consumes = "*/*")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "A face terminal recognised a worker: check-ins (method FACE) on that worker's approved or "
            + "active permits at the terminal's site",
            description = """
                    Body {"ts","workerId","similarity":0.93,"liveness":true,"snapshot"?}; signed like telemetry
                    (X-Device-Code, X-Timestamp, X-Signature). 422 FACE_REJECTED when liveness is false or similarity is
                    below the policy's faceMinSimilarity (the refusal is kept for audit); 422 NOT_A_FACE_TERMINAL.""")
    Map<String, List<UUID>> faceEvent(@RequestHeader(value = "X-Device-Code", required = false) String code,
            @RequestHeader(value = "X-Timestamp", required = false) String timestamp,
            @RequestHeader(value = "X-Signature", required = false) String signature,
            @RequestBody(required = false) byte[] body, HttpServletRequest request) {
        byte[] bytes = body == null ? new byte[0] : body;
        DeviceRegistry.Device device = signed.verify(code, timestamp, signature, bytes);
        if (device.kind() != DeviceKind.FACE_TERMINAL) {
            throw new BusinessProblem(ProblemKind.RULE, "NOT_A_FACE_TERMINAL", "X-Device-Code");
        }
        FaceEvent event;
        try {
            JsonNode root = json.readTree(bytes);
            if (!root.path("similarity").isNumber() || !root.path("liveness").isBoolean()) {
                throw new IllegalArgumentException("similarity and liveness are required");
            }
            Instant at = root.hasNonNull("ts") ? OffsetDateTime.parse(root.get("ts").asString()).toInstant() : clock.instant();
            event = new FaceEvent(device.companyId(), device.siteId(), device.id(),
                    UUID.fromString(root.path("workerId").asString()), at, root.get("similarity").doubleValue(),
                    root.get("liveness").booleanValue());
        } catch (JacksonException | IllegalArgumentException | java.time.DateTimeException e) {
            throw new HttpMessageNotReadableException("not a face event", new ServletServerHttpRequest(request));
        }
        FaceOutcome outcome = permits.recordFace(event);
        if (!outcome.accepted()) {
            throw new BusinessProblem(ProblemKind.RULE, "FACE_REJECTED", "similarity", event.similarity(),
                    outcome.minimumSimilarity(), event.liveness() ? "" : "liveness");
        }
        return Map.of("checkedInPermitIds", outcome.checkedInPermitIds());
    }
}
