package cn.anzuo.monitoring.domain;

import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.problem.ProblemKind;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The telemetry JSON of API.md, read: one sample {@code {"ts","values":{"LEL":12.0,…}}} or a gateway's
 * batch {@code {"readings":[…]}} of at most {@value #MAX_BATCH}. A sample without {@code ts} was measured
 * when it arrived.
 */
public final class TelemetryMessage {

    public static final int MAX_BATCH = 1_000;

    /** One sample of a device: the values it measured at one moment. */
    public record Sample(Instant measuredAt, Map<Metric, Double> values) {}

    /** The body is not telemetry JSON at all (400 MALFORMED_REQUEST). */
    public static class Malformed extends RuntimeException {
        Malformed(String message) {
            super(message);
        }
    }

    private TelemetryMessage() {}

    public static List<Sample> parse(JsonMapper json, byte[] body, Instant receivedAt) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            throw new Malformed("not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new Malformed("not a JSON object");
        }
        JsonNode batch = root.get("readings");
        if (batch == null) {
            return List.of(sample(root, receivedAt, "values"));
        }
        if (!batch.isArray() || batch.isEmpty()) {
            throw new Malformed("readings must be a non-empty array");
        }
        if (batch.size() > MAX_BATCH) {
            throw new BusinessProblem(ProblemKind.RULE, "TOO_MANY_READINGS", "readings", MAX_BATCH);
        }
        List<Sample> samples = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            samples.add(sample(batch.get(i), receivedAt, "readings[" + i + "].values"));
        }
        return samples;
    }

    private static Sample sample(JsonNode node, Instant receivedAt, String field) {
        if (node == null || !node.isObject()) {
            throw new Malformed("a reading must be an object");
        }
        JsonNode values = node.get("values");
        if (values == null || !values.isObject() || values.isEmpty()) {
            throw new Malformed("values must be a non-empty object");
        }
        Map<Metric, Double> read = new EnumMap<>(Metric.class);
        for (Map.Entry<String, JsonNode> value : values.properties()) {
            Metric metric = Metric.of(value.getKey()).orElseThrow(() -> new BusinessProblem(ProblemKind.RULE,
                    "UNKNOWN_METRIC", field + "." + value.getKey(), value.getKey()));
            JsonNode number = value.getValue();
            if (!number.isNumber() || !Double.isFinite(number.doubleValue())) {
                throw new BusinessProblem(ProblemKind.RULE, "INVALID_READING", field + "." + value.getKey(),
                        value.getKey(), number.toString(), "");
            }
            read.put(metric, number.doubleValue());
        }
        return new Sample(time(node.get("ts"), receivedAt), read);
    }

    static Instant time(JsonNode ts, Instant receivedAt) {
        if (ts == null || ts.isNull()) {
            return receivedAt;
        }
        if (ts.isNumber()) {
            return Instant.ofEpochMilli(ts.longValue());
        }
        try {
            return OffsetDateTime.parse(ts.asString()).toInstant();
        } catch (DateTimeParseException e) {
            throw new Malformed("ts must be an ISO-8601 time with offset or epoch milliseconds");
        }
    }
}
