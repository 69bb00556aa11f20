package cn.anzuo.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for the certificate registry a customer contracts (the protocol of
 * HttpRegistryVerification): {@code GET /certificates?number=&name=} → 200 JSON or 404. It can be
 * told to fail the next requests with 503 to exercise retries.
 */
public final class RegistrySimulator implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, String> records = new ConcurrentHashMap<>();
    private final AtomicInteger failuresToServe = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile String lastAuthorization;

    public RegistrySimulator() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/certificates", exchange -> {
            requests.incrementAndGet();
            lastAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
            String number = query(exchange.getRequestURI().getRawQuery(), "number");
            int status;
            String body = "";
            if (failuresToServe.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                status = 503;
            } else if (records.containsKey(number)) {
                status = 200;
                body = records.get(number);
            } else {
                status = 404;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void knows(String number, String holderName, String itemCode, String expiresOn, String status) {
        records.put(number, """
                {"number":"%s","holderName":"%s","itemCode":"%s","expiresOn":"%s","status":"%s"}"""
                .formatted(number, holderName, itemCode, expiresOn, status));
    }

    public void failNext(int count) {
        failuresToServe.set(count);
    }

    public int requests() {
        return requests.get();
    }

    public String lastAuthorization() {
        return lastAuthorization;
    }

    private static String query(String raw, String name) {
        if (raw == null) {
            return "";
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
