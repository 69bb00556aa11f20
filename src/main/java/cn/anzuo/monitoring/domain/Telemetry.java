package cn.anzuo.monitoring.domain;

import cn.anzuo.monitoring.DeviceKind;
import cn.anzuo.monitoring.TelemetryIngest;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.problem.ProblemKind;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Telemetry of a device that has proved who it is: every value is evaluated at once, then handed to the
 * writer. Used by the signed HTTP endpoint and by the MQTT transports.
 */
@Service
public class Telemetry implements TelemetryIngest {

    private static final Logger log = LoggerFactory.getLogger(Telemetry.class);
    /** API.md: a camera snapshot is a base64 JPEG of at most 2 MB. */
    public static final int MAX_SNAPSHOT_BYTES = 2 * 1024 * 1024;

    private final DeviceRegistry devices;
    private final AlarmEvaluator evaluator;
    private final ReadingWriter writer;
    private final JsonMapper json;
    private final Clock clock;

    private final cn.anzuo.organization.CompanyModules modules;

    Telemetry(DeviceRegistry devices, AlarmEvaluator evaluator, ReadingWriter writer, JsonMapper json, Clock clock,
            cn.anzuo.organization.CompanyModules modules) {
        this.modules = modules;
        this.devices = devices;
        this.evaluator = evaluator;
        this.writer = writer;
        this.json = json;
        this.clock = clock;
    }

    /** Evaluates and stores the samples of an authenticated device; refusals as {@link BusinessProblem}s. */
    public int accept(DeviceRegistry.Device device, byte[] body) {
        Instant received = clock.instant();
        List<TelemetryMessage.Sample> samples = TelemetryMessage.parse(json, body, received);
        int values = 0;
        for (TelemetryMessage.Sample sample : samples) {
            for (Map.Entry<Metric, Double> value : sample.values().entrySet()) {
                evaluator.reading(device, value.getKey(), value.getValue(), sample.measuredAt());
                writer.add(new ReadingWriter.Reading(device.id(), value.getKey(), sample.measuredAt(), value.getValue(),
                        received));
                values++;
            }
        }
        return values;
    }

    @Override
    public Outcome accept(String deviceCode, byte[] body) {
        DeviceRegistry.Device device = devices.byCode(deviceCode).filter(DeviceRegistry.Device::enabled).orElse(null);
        if (device == null) {
            return Outcome.UNKNOWN_DEVICE;
        }
        if (!modules.enabled(device.companyId(), cn.anzuo.organization.OptionalModule.MONITORING)) {
            // the MQTT path; HTTP telemetry is refused by the module gate before it gets here
            return Outcome.MODULE_DISABLED;
        }
        try {
            accept(device, body);
            return Outcome.ACCEPTED;
        } catch (TelemetryMessage.Malformed e) {
            log.debug("Malformed telemetry of device {}: {}", deviceCode, e.getMessage());
            return Outcome.MALFORMED;
        } catch (BusinessProblem refused) {
            log.debug("Refused telemetry of device {}: {}", deviceCode, refused.code());
            return switch (refused.code()) {
                case "UNKNOWN_METRIC" -> Outcome.UNKNOWN_METRIC;
                case "INVALID_READING" -> Outcome.INVALID_READING;
                default -> Outcome.MALFORMED;
            };
        }
    }

    /** A camera's event: raises the alarm of its type (API.md "Camera events"). */
    public void cameraEvent(DeviceRegistry.Device device, CameraEvent type, Instant ts, String snapshotBase64) {
        if (device.kind() != DeviceKind.CAMERA) {
            throw new BusinessProblem(ProblemKind.RULE, "NOT_A_CAMERA", "type");
        }
        byte[] snapshot = snapshot(snapshotBase64);
        evaluator.cameraEvent(device, type, ts == null ? clock.instant() : ts, snapshot);
    }

    static byte[] snapshot(String base64) {
        if (base64 == null || base64.isBlank()) {
            return null;
        }
        if (base64.length() > MAX_SNAPSHOT_BYTES / 3 * 4 + 8) {
            throw new BusinessProblem(ProblemKind.RULE, "SNAPSHOT_TOO_LARGE", "snapshot", MAX_SNAPSHOT_BYTES);
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new BusinessProblem(ProblemKind.RULE, "UNSUPPORTED_MEDIA", "snapshot");
        }
        if (bytes.length > MAX_SNAPSHOT_BYTES) {
            throw new BusinessProblem(ProblemKind.RULE, "SNAPSHOT_TOO_LARGE", "snapshot", MAX_SNAPSHOT_BYTES);
        }
        if (bytes.length < 3 || (bytes[0] & 0xff) != 0xFF || (bytes[1] & 0xff) != 0xD8 || (bytes[2] & 0xff) != 0xFF) {
            throw new BusinessProblem(ProblemKind.RULE, "UNSUPPORTED_MEDIA", "snapshot");
        }
        return bytes;
    }
}
