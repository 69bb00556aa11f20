package cn.anzuo.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.support.ApiClient;
import cn.anzuo.support.RawHttp;
import cn.anzuo.support.RawHttp.Response;
import cn.anzuo.support.TestClockConfig;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fuzzing from the API description: reads {@code /v3/api-docs} of the running app and sends every
 * operation malformed values — in each path and query parameter, and in each property of its JSON
 * body (wrong types, nulls, {@code [null]}, huge numbers, dates at the edges of java.time, very long
 * strings, undecodable percent-encoding) — as users of different roles. It fails on any 5xx and on
 * any refusal that is not a problem document with a {@code code}. A new endpoint is covered the day it
 * appears in the description. Referenced ids are random, so almost nothing is created (a body valid
 * apart from an optional field can create one record, e.g. a company coded "fuzz"; later runs get 409).
 * About 1,250 requests, 25–35 s on the 2-core build machine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"anzuo.demo.enabled=true", "anzuo.scheduling.enabled=false"})
@Import(TestClockConfig.class)
class ApiFuzzTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final List<String> USERS = List.of("admin", "leader", "safety", "worker");
    static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]*)\"");
    static final int MAX_VARIANTS_PER_OPERATION = 60;

    @LocalServerPort int port;
    final Random random = new Random(20261130);
    final Map<String, String> tokens = new LinkedHashMap<>();
    final List<String> failures = new ArrayList<>();
    int sent;
    final Map<Integer, Integer> statuses = new java.util.TreeMap<>();

    @Test
    void no_operation_answers_bad_input_with_a_5xx_or_a_refusal_without_code() throws Exception {
        long started = System.nanoTime();
        for (String user : USERS) {
            tokens.put(user, token(user));
        }
        JsonNode docs = JSON.readTree(RawHttp.send(port, "GET", "/v3/api-docs", Map.of(), null).body());
        int operations = 0;
        for (var path : docs.path("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                String method = operation.getKey().toUpperCase();
                if (List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    operations++;
                    fuzz(docs, method, path.getKey(), operation.getValue());
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("API fuzz: %d operations, %d requests, %d failures, %.1f s, answers by status %s%n", operations, sent,
                failures.size(), seconds, statuses);
        failures.stream().limit(40).forEach(System.out::println);
        assertThat(operations).as("operations in /v3/api-docs").isGreaterThan(30);
        assertThat(failures).as("5xx or refusals without a problem code").isEmpty();
    }

    private void fuzz(JsonNode docs, String method, String template, JsonNode operation) throws Exception {
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameters::add);
        Map<String, String> pathValues = new LinkedHashMap<>();
        for (JsonNode p : parameters) {
            if (p.path("in").asString().equals("path")) {
                pathValues.put(p.path("name").asString(), UUID.randomUUID().toString());
            }
        }
        JsonNode bodySchema = resolve(docs, operation.path("requestBody").path("content").path("application/json").path("schema"));
        boolean multipart = operation.path("requestBody").path("content").has("multipart/form-data");
        String validBody = bodySchema.isMissingNode() ? null : JSON.writeValueAsString(example(docs, bodySchema, 0));

        List<Variant> variants = new ArrayList<>();
        for (JsonNode p : parameters) {
            String name = p.path("name").asString();
            String in = p.path("in").asString();
            for (String bad : badParameterValues(resolve(docs, p.path("schema")))) {
                if (in.equals("path")) {
                    Map<String, String> values = new LinkedHashMap<>(pathValues);
                    values.put(name, bad);
                    variants.add(new Variant(expand(template, values), validBody));
                } else if (in.equals("query")) {
                    variants.add(new Variant(expand(template, pathValues) + "?" + name + "=" + bad, validBody));
                }
            }
        }
        String target = expand(template, pathValues);
        if (!bodySchema.isMissingNode()) {
            for (String body : List.of("", "{", "[]", "null", "{}", "\"x\"", "{\"a\":" + "[".repeat(2000))) {
                variants.add(new Variant(target, body));
            }
            JsonNode valid = example(docs, bodySchema, 0);
            if (valid instanceof ObjectNode object) {
                for (String property : object.propertyNames()) {
                    JsonNode schema = propertySchema(docs, bodySchema, property);
                    for (JsonNode bad : badValues(schema)) {
                        ObjectNode copy = object.deepCopy();
                        copy.set(property, bad);
                        variants.add(new Variant(target, JSON.writeValueAsString(copy)));
                    }
                }
            }
        }
        if (multipart) {
            variants.add(new Variant(target, null, "multipart/form-data; boundary=XYZ", "--XYZ\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc"));
            variants.add(new Variant(target, null, "multipart/form-data", "garbage"));
        }
        if (variants.isEmpty()) {
            variants.add(new Variant(target, validBody));
        }
        if (variants.size() > MAX_VARIANTS_PER_OPERATION) {
            java.util.Collections.shuffle(variants, random);
            variants = variants.subList(0, MAX_VARIANTS_PER_OPERATION);
        }
        for (int i = 0; i < variants.size(); i++) {
            send(method, variants.get(i), USERS.get(i % USERS.size()));
        }
    }

    private void send(String method, Variant variant, String user) throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + tokens.get(user));
        headers.put("Accept", "application/json");
        byte[] body = null;
        if (variant.rawBody() != null) {
            headers.put("Content-Type", variant.contentType());
            body = variant.rawBody().getBytes(StandardCharsets.UTF_8);
        } else if (variant.json() != null) {
            headers.put("Content-Type", "application/json");
            body = variant.json().getBytes(StandardCharsets.UTF_8);
        } else if (!method.equals("GET") && !method.equals("DELETE")) {
            body = new byte[0];
        }
        Response answer = RawHttp.send(port, method, variant.target(), headers, body);
        sent++;
        statuses.merge(answer.status(), 1, Integer::sum);
        if (answer.status() >= 500 || answer.status() < 100
                || (answer.status() >= 400 && !answer.isProblemWithCode())) {
            failures.add(method + " " + abbreviate(variant.target()) + " as " + user + " body "
                    + abbreviate(variant.json() != null ? variant.json() : variant.rawBody()) + " → " + abbreviate(answer.toString()));
        }
    }

    record Variant(String target, String json, String contentType, String rawBody) {
        Variant(String target, String json) {
            this(target, json, null, null);
        }
    }

    // ---------------------------------------------------------------- values

    private List<String> badParameterValues(JsonNode schema) {
        List<String> values = new ArrayList<>(List.of("%zz", "%E4%B8", "", "x", "%00", enc("'\";--<script>")));
        switch (schema.path("type").asString()) {
            case "integer", "number" -> values.addAll(List.of("2147483647", "2147483648", "-2147483649",
                    "99999999999999999999999", "-1", "1e400", "NaN"));
            case "boolean" -> values.add("maybe");
            default -> {
                String format = schema.path("format").asString();
                if (format.equals("date-time") || format.equals("date")) {
                    values.addAll(List.of(enc("+999999999-12-31T23:59:59Z"), enc("-999999999-01-01"), "9999-12-31",
                            enc("+999999999-12-31")));
                }
                values.add(enc("a".repeat(3000)));
            }
        }
        return values;
    }

    private List<JsonNode> badValues(JsonNode schema) {
        List<JsonNode> values = new ArrayList<>();
        values.add(NODES.nullNode());
        values.add(NODES.objectNode());
        values.add(NODES.stringNode("x".repeat(100_000)));
        values.add(NODES.numberNode(new java.math.BigDecimal("1e400")));
        values.add(NODES.numberNode(Long.MAX_VALUE));
        values.add(NODES.numberNode(-1));
        ArrayNode nullItem = NODES.arrayNode();
        nullItem.addNull();
        values.add(nullItem);
        values.add(NODES.stringNode("+999999999-12-31T23:59:59Z"));
        values.add(NODES.stringNode("-999999999-01-01"));
        values.add(NODES.stringNode("\u0000"));
        if (schema.path("type").asString().equals("array")) {
            ArrayNode many = NODES.arrayNode();
            for (int i = 0; i < 2000; i++) {
                many.add(UUID.randomUUID().toString());
            }
            values.add(many);
        }
        return values;
    }

    /** A value that fits the schema, with random ids (so nothing it references exists). */
    private JsonNode example(JsonNode docs, JsonNode schema, int depth) {
        schema = resolve(docs, schema);
        if (depth > 5) {
            return NODES.nullNode();
        }
        if (schema.has("enum")) {
            return schema.path("enum").get(0);
        }
        return switch (schema.path("type").asString()) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                for (var property : schema.path("properties").properties()) {
                    object.set(property.getKey(), example(docs, property.getValue(), depth + 1));
                }
                yield object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(example(docs, schema.path("items"), depth + 1));
                yield array;
            }
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1.5);
            case "boolean" -> NODES.booleanNode(false);
            default -> switch (schema.path("format").asString()) {
                case "uuid" -> NODES.stringNode(UUID.randomUUID().toString());
                case "date" -> NODES.stringNode("2030-01-01");
                case "date-time" -> NODES.stringNode("2030-01-01T09:00:00+08:00");
                default -> NODES.stringNode("fuzz");
            };
        };
    }

    private JsonNode propertySchema(JsonNode docs, JsonNode schema, String property) {
        return resolve(docs, resolve(docs, schema).path("properties").path(property));
    }

    private static JsonNode resolve(JsonNode docs, JsonNode schema) {
        for (int i = 0; i < 10 && schema.has("$ref"); i++) {
            String ref = schema.path("$ref").asString();
            schema = docs.at(ref.substring(1));
        }
        return schema;
    }

    private static String expand(String template, Map<String, String> values) {
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), UUID.randomUUID().toString())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private String token(String user) throws Exception {
        Response answer = RawHttp.send(port, "POST", "/api/v1/auth/token", Map.of("Content-Type", "application/json"),
                ("{\"username\":\"" + user + "\",\"password\":\"" + ApiClient.DEMO_PASSWORD + "\"}").getBytes(StandardCharsets.UTF_8));
        Matcher m = TOKEN.matcher(answer.body());
        assertThat(m.find()).as(answer.toString()).isTrue();
        return m.group(1);
    }
}
