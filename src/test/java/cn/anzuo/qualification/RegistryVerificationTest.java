package cn.anzuo.qualification;

import static org.hamcrest.Matchers.hasItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.support.ApiClient;
import cn.anzuo.support.IdNumbers;
import cn.anzuo.support.RegistrySimulator;
import cn.anzuo.support.TestClockConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** 真伪核验 through the registry adapter, against the local registry simulator. */
@SpringBootTest(properties = "anzuo.demo.enabled=true")
@AutoConfigureMockMvc
@Import({TestClockConfig.class, ApiClient.class})
class RegistryVerificationTest {

    static final RegistrySimulator registry = start();

    static RegistrySimulator start() {
        try {
            return new RegistrySimulator();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void registryUrl(DynamicPropertyRegistry properties) {
        properties.add("anzuo.qualification.registry.base-url", registry::baseUrl);
        properties.add("anzuo.qualification.registry.api-key", () -> "sim-key");
        properties.add("anzuo.qualification.registry.retries", () -> "2");
        properties.add("anzuo.qualification.registry.timeout", () -> "2s");
    }

    @AfterAll
    static void stop() {
        registry.close();
    }

    @Autowired ApiClient api;

    String certificate(String idNumber, String name) throws Exception {
        String companyId = ApiClient.read(api.get("safety", "/api/v1/me"), "$.companyId");
        String workerId = ApiClient.read(api.post("safety", "/api/v1/workers", """
                {"companyId":"%s","name":"%s","idNumber":"%s"}""".formatted(companyId, name, idNumber)), "$.id");
        return ApiClient.read(api.post("safety", "/api/v1/workers/{id}/certificates", """
                {"regime":"SPECIAL_OPERATION","itemCode":"2.1","number":"T%s","issuedOn":"2024-01-10"}"""
                .formatted(idNumber), workerId), "$.id");
    }

    @Test
    void registry_confirming_the_certificate_verifies_it() throws Exception {
        String id = IdNumbers.random();
        String certificateId = certificate(id, "周正");
        registry.knows("T" + id, "周正", "2.1", "2030-01-10", "VALID");
        api.post("safety", "/api/v1/certificates/{id}/verify", "{\"method\":\"REGISTRY\"}", certificateId)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verified").value(true))
                .andExpect(jsonPath("$.verificationMethod").value("REGISTRY"));
        assertThat(registry.lastAuthorization()).isEqualTo("Bearer sim-key");
    }

    @Test
    void differing_data_is_422_REGISTRY_MISMATCH_naming_what_differs() throws Exception {
        String id = IdNumbers.random();
        String certificateId = certificate(id, "钱进");
        registry.knows("T" + id, "钱进", "2.2", "2029-01-10", "REVOKED");
        api.post("safety", "/api/v1/certificates/{id}/verify", "{\"method\":\"REGISTRY\"}", certificateId)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("REGISTRY_MISMATCH"))
                .andExpect(jsonPath("$.mismatches", hasItem("ITEM_CODE")))
                .andExpect(jsonPath("$.mismatches", hasItem("EXPIRES_ON")))
                .andExpect(jsonPath("$.mismatches", hasItem("STATUS")));
    }

    @Test
    void unknown_certificate_is_a_mismatch() throws Exception {
        String certificateId = certificate(IdNumbers.random(), "孙悟");
        api.post("safety", "/api/v1/certificates/{id}/verify", "{\"method\":\"REGISTRY\"}", certificateId)
                .andExpect(jsonPath("$.mismatches", hasItem("NOT_FOUND")));
    }

    @Test
    void transient_failures_are_retried_and_lasting_ones_are_503() throws Exception {
        String id = IdNumbers.random();
        String certificateId = certificate(id, "李白");
        registry.knows("T" + id, "李白", "2.1", "2030-01-10", "VALID");
        registry.failNext(2);
        api.post("safety", "/api/v1/certificates/{id}/verify", "{\"method\":\"REGISTRY\"}", certificateId)
                .andExpect(status().isOk());

        String other = certificate(IdNumbers.random(), "杜甫");
        registry.failNext(3);
        int before = registry.requests();
        api.post("safety", "/api/v1/certificates/{id}/verify", "{\"method\":\"REGISTRY\"}", other)
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.code").value("REGISTRY_UNAVAILABLE"));
        assertThat(registry.requests() - before).isEqualTo(3);
    }
}
