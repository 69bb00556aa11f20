package cn.anzuo.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API over real HTTP on a random port, for tests that share the browser journeys' server. */
public final class HttpApi {

    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    public HttpApi(int port) {
        this.base = "http://localhost:" + port;
    }

    public void login(String username, String password) throws Exception {
        JsonNode token = send(null, "POST", "/api/v1/auth/token",
                "{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password));
        tokens.put(username, token.path("token").asString());
    }

    public JsonNode get(String user, String path) throws Exception {
        return send(user, "GET", path, null);
    }

    public JsonNode post(String user, String path, String body) throws Exception {
        return send(user, "POST", path, body);
    }

    public JsonNode put(String user, String path, String body) throws Exception {
        return send(user, "PUT", path, body);
    }

    private JsonNode send(String user, String method, String path, String body) throws Exception {
        if (user != null && !tokens.containsKey(user)) {
            login(user, ApiClient.DEMO_PASSWORD);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            request.header("Authorization", "Bearer " + tokens.get(user));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 400) {
            throw new IllegalStateException(method + " " + path + " → " + response.statusCode() + " " + response.body());
        }
        return response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
    }
}
