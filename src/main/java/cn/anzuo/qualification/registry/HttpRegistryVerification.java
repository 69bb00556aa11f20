package cn.anzuo.qualification.registry;

import cn.anzuo.shared.problem.ProblemKind;
import cn.anzuo.qualification.domain.Certificate;
import cn.anzuo.qualification.domain.CertificateRegistry;
import cn.anzuo.qualification.domain.CertificateRegistry.Dated;
import cn.anzuo.shared.crypto.PersonalDataCipher;
import cn.anzuo.qualification.domain.RegistryVerification;
import cn.anzuo.qualification.domain.WorkerRegistry;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.security.CurrentUser;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks the contracted registry about a certificate over HTTPS:
 * {@code GET {baseUrl}/certificates?number=…&name=…} with {@code Authorization: Bearer {apiKey}};
 * 200 {@code {"number","holderName","itemCode","expiresOn","status"}} or 404 when unknown. The
 * certificate counts as verified when the registry knows it as VALID with the same item and expiry.
 * Timeouts and 5xx are retried; after that the answer is 503 REGISTRY_UNAVAILABLE.
 */
@Component
class HttpRegistryVerification implements RegistryVerification {

    private static final Logger log = LoggerFactory.getLogger(HttpRegistryVerification.class);

    private final RegistryProperties properties;
    private final CertificateRegistry certificates;
    private final WorkerRegistry workers;
    private final PersonalDataCipher cipher;
    private final JsonMapper json;
    private final HttpClient http;

    HttpRegistryVerification(RegistryProperties properties, CertificateRegistry certificates, WorkerRegistry workers,
            PersonalDataCipher cipher, JsonMapper json) {
        this.properties = properties;
        this.certificates = certificates;
        this.workers = workers;
        this.cipher = cipher;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
    }

    @Override
    public Dated verify(CurrentUser by, UUID certificateId) {
        Certificate certificate = certificates.visible(by, certificateId);
        if (!properties.configured()) {
            throw unavailable();
        }
        String holder = workers.visible(by, certificate.workerId()).name();
        JsonNode answer = ask(certificate.number(cipher), holder);
        List<String> mismatches = mismatches(certificate, holder, answer);
        if (!mismatches.isEmpty()) {
            throw new BusinessProblem(ProblemKind.RULE, "REGISTRY_MISMATCH").with("mismatches", mismatches);
        }
        return certificates.markVerifiedByRegistry(by, certificate);
    }

    static List<String> mismatches(Certificate certificate, String holder, JsonNode answer) {
        if (answer == null) {
            return List.of("NOT_FOUND");
        }
        List<String> mismatches = new ArrayList<>();
        if (!holder.equals(answer.path("holderName").asString(""))) {
            mismatches.add("HOLDER_NAME");
        }
        if (!certificate.itemCode().equalsIgnoreCase(answer.path("itemCode").asString(""))) {
            mismatches.add("ITEM_CODE");
        }
        String expires = answer.path("expiresOn").asString("");
        if (!Objects.equals(certificate.expiresOn(), expires.isEmpty() ? null : LocalDate.parse(expires))) {
            mismatches.add("EXPIRES_ON");
        }
        if (!"VALID".equals(answer.path("status").asString(""))) {
            mismatches.add("STATUS");
        }
        return mismatches;
    }

    /** The registry's record, or null when it does not know the certificate. */
    private JsonNode ask(String number, String holder) {
        URI uri = URI.create(properties.baseUrl().replaceAll("/+$", "") + "/certificates?number="
                + URLEncoder.encode(number, StandardCharsets.UTF_8) + "&name="
                + URLEncoder.encode(holder, StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(properties.timeout()).GET()
                .header("Accept", "application/json");
        if (properties.apiKey() != null && !properties.apiKey().isBlank()) {
            request.header("Authorization", "Bearer " + properties.apiKey());
        }
        for (int attempt = 0; attempt <= properties.retries(); attempt++) {
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 404) {
                    return null;
                }
                if (response.statusCode() == 200) {
                    return json.readTree(response.body());
                }
                log.warn("Certificate registry answered {} (attempt {})", response.statusCode(), attempt + 1);
                if (response.statusCode() < 500) {
                    break;
                }
            } catch (IOException | RuntimeException e) {
                log.warn("Certificate registry not reachable (attempt {}): {}", attempt + 1, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw unavailable();
    }

    private static BusinessProblem unavailable() {
        return new BusinessProblem(ProblemKind.UNAVAILABLE, "REGISTRY_UNAVAILABLE");
    }
}
