package cn.anzuo.qualification;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.IdNumbers;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

/** API.md "Workers and certificates": every endpoint, error code, role and company boundary. */
@AnzuoTest
class QualificationApiTest {

    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Autowired ApiClient api;

    String demoId;

    @BeforeEach
    void ids() throws Exception {
        demoId = ApiClient.read(api.get("safety", "/api/v1/me"), "$.companyId");
    }

    ResultActions registerWorker(String user, String idNumber) throws Exception {
        return api.post(user, "/api/v1/workers", """
                {"companyId":"%s","name":"孔明","idNumber":"%s","phone":"13912345678","employer":"江苏安建工程有限公司"}
                """.formatted(demoId, idNumber));
    }

    String newWorker(String idNumber) throws Exception {
        return ApiClient.read(registerWorker("safety", idNumber).andExpect(status().isCreated()), "$.id");
    }

    ResultActions addCertificate(String workerId, String body) throws Exception {
        return api.post("safety", "/api/v1/workers/{id}/certificates", body, workerId);
    }

    static String specialOperation(String idNumber, String issued, String expires) {
        return """
                {"regime":"SPECIAL_OPERATION","itemCode":"2.1","number":"T%s","authority":"南京市应急管理局",
                 "issuedOn":"%s","expiresOn":%s}""".formatted(idNumber, issued, expires == null ? "null" : "\"" + expires + "\"");
    }

    @Test
    void registering_a_worker_returns_only_the_masked_ID_number() throws Exception {
        String id = IdNumbers.random();
        String masked = id.substring(0, 6) + "********" + id.substring(14);
        registerWorker("safety", id)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.idNumberMasked").value(masked))
                .andExpect(jsonPath("$.employer").value("江苏安建工程有限公司"))
                .andExpect(jsonPath("$.idNumber").doesNotExist());
    }

    @Test
    void wrong_check_digit_is_422_INVALID_ID_NUMBER() throws Exception {
        registerWorker("safety", IdNumbers.withWrongCheckDigit(IdNumbers.random()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("INVALID_ID_NUMBER"));
        registerWorker("safety", "12345").andExpect(jsonPath("$.code").value("INVALID_ID_NUMBER"));
    }

    @Test
    void same_ID_number_twice_is_409_WORKER_EXISTS() throws Exception {
        String id = IdNumbers.random();
        newWorker(id);
        registerWorker("safety", id.toLowerCase())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("WORKER_EXISTS"));
    }

    @Test
    void workers_are_found_by_name_and_by_the_last_four_digits() throws Exception {
        String id = IdNumbers.random();
        String workerId = newWorker(id);
        api.get("leader", "/api/v1/workers?q=" + id.substring(14))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem(workerId)));
        api.get("leader", "/api/v1/workers?q=郑海").andExpect(jsonPath("$.items[0].name").value("郑海"));
        api.get("leader", "/api/v1/workers?employer=扬子起重&size=200")
                .andExpect(jsonPath("$.items[*].name", hasItem("林峰")))
                .andExpect(jsonPath("$.items[*].employer", not(hasItem("江苏安建工程有限公司"))));
    }

    @Test
    void a_worker_cannot_register_workers_or_add_certificates() throws Exception {
        registerWorker("worker", IdNumbers.random()).andExpect(status().isForbidden());
        String workerId = newWorker(IdNumbers.random());
        api.post("worker", "/api/v1/workers/{id}/certificates", "{}", workerId)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
    }

    @Test
    void another_companys_worker_and_certificate_are_404() throws Exception {
        String id = IdNumbers.random();
        String workerId = newWorker(id);
        String certificateId = ApiClient.read(addCertificate(workerId, specialOperation(id, "2024-01-10", null)), "$.id");
        api.get("yz-leader", "/api/v1/workers/{id}", workerId).andExpect(status().isNotFound());
        api.get("yz-leader", "/api/v1/workers/{id}/certificates", workerId).andExpect(status().isNotFound());
        api.get("yz-leader", "/api/v1/certificates/{id}", certificateId).andExpect(status().isNotFound());
        api.post("yz-admin", "/api/v1/certificates/{id}/revoke", "{\"reason\":\"x\"}", certificateId)
                .andExpect(status().isNotFound());
        api.post("yz-admin", "/api/v1/workers", """
                {"companyId":"%s","name":"越界","idNumber":"%s"}""".formatted(demoId, IdNumbers.random()))
                .andExpect(status().isNotFound());
    }

    @Test
    void special_operation_certificate_gets_DOMAIN_defaults_and_a_masked_number() throws Exception {
        String id = IdNumbers.random();
        String workerId = newWorker(id);
        addCertificate(workerId, specialOperation(id, "2024-01-10", null))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.itemName").value("熔化焊接与热切割作业"))
                .andExpect(jsonPath("$.expiresOn").value("2030-01-10"))
                .andExpect(jsonPath("$.reviewDueOn").value("2027-01-10"))
                .andExpect(jsonPath("$.number").value("T" + id.substring(0, 6) + "********" + id.substring(14)))
                .andExpect(jsonPath("$.status").value("VALID"))
                .andExpect(jsonPath("$.verified").value(false));
    }

    @Test
    void special_equipment_and_guardian_certificates() throws Exception {
        String workerId = newWorker(IdNumbers.random());
        addCertificate(workerId, """
                {"regime":"SPECIAL_EQUIPMENT","itemCode":"Q2","number":"TSQ2-0001","issuedOn":"2025-05-01"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.expiresOn").value("2029-05-01"))
                .andExpect(jsonPath("$.reviewDueOn").doesNotExist());
        addCertificate(workerId, """
                {"regime":"GUARDIAN","itemCode":"GUARDIAN","number":"JH-001","issuedOn":"2025-05-01","expiresOn":"2028-05-01"}""")
                .andExpect(status().isCreated());
    }

    @Test
    void unknown_item_or_item_of_another_regime_is_422_UNKNOWN_CERTIFICATE_ITEM() throws Exception {
        String id = IdNumbers.random();
        String workerId = newWorker(id);
        addCertificate(workerId, specialOperation(id, "2024-01-10", null).replace("\"2.1\"", "\"9.99\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("UNKNOWN_CERTIFICATE_ITEM"));
        addCertificate(workerId, specialOperation(id, "2024-01-10", null).replace("\"2.1\"", "\"Q2\""))
                .andExpect(jsonPath("$.code").value("UNKNOWN_CERTIFICATE_ITEM"));
    }

    @Test
    void special_operation_number_must_be_T_plus_the_ID_number() throws Exception {
        String id = IdNumbers.random();
        String workerId = newWorker(id);
        addCertificate(workerId, specialOperation(IdNumbers.random(), "2024-01-10", null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("INVALID_CERTIFICATE_NUMBER"));
        addCertificate(workerId, specialOperation(id, "2024-01-10", null).replace("\"T" + id, "\"" + id))
                .andExpect(jsonPath("$.code").value("INVALID_CERTIFICATE_NUMBER"));
    }

    @Test
    void expiry_before_issue_is_422_INVALID_DATES() throws Exception {
        String id = IdNumbers.random();
        addCertificate(newWorker(id), specialOperation(id, "2024-01-10", "2023-01-10"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("INVALID_DATES"));
    }

    @Test
    void missing_fields_are_422_and_unknown_regime_or_bad_date_400() throws Exception {
        String workerId = newWorker(IdNumbers.random());
        addCertificate(workerId, "{\"regime\":\"GUARDIAN\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("itemCode")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("issuedOn")));
        addCertificate(workerId, "{\"regime\":\"PILOT\",\"itemCode\":\"2.1\",\"issuedOn\":\"2024-01-01\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        addCertificate(workerId, "{\"regime\":\"GUARDIAN\",\"itemCode\":\"GUARDIAN\",\"issuedOn\":\"2024-13-45\"}")
                .andExpect(status().isBadRequest());
    }

    @Test
    void revoke_needs_a_reason_and_happens_once() throws Exception {
        String id = IdNumbers.random();
        String certificateId = ApiClient.read(addCertificate(newWorker(id), specialOperation(id, "2024-01-10", null)), "$.id");
        api.post("safety", "/api/v1/certificates/{id}/revoke", "{}", certificateId)
                .andExpect(status().isUnprocessableContent());
        api.post("safety", "/api/v1/certificates/{id}/revoke", "{\"reason\":\"证书信息与本人不符\"}", certificateId)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REVOKED"))
                .andExpect(jsonPath("$.revokedReason").value("证书信息与本人不符"));
        api.post("safety", "/api/v1/certificates/{id}/revoke", "{\"reason\":\"again\"}", certificateId)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CERTIFICATE_REVOKED"));
    }

    @Test
    void manual_verification_needs_uploaded_evidence() throws Exception {
        String id = IdNumbers.random();
        String certificateId = ApiClient.read(addCertificate(newWorker(id), specialOperation(id, "2024-01-10", null)), "$.id");
        api.post("safety", "/api/v1/certificates/{id}/verify", "{\"method\":\"MANUAL\"}", certificateId)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("EVIDENCE_REQUIRED"));
        String evidence = ApiClient.read(api.mvc().perform(multipart("/api/v1/files")
                        .file(new MockMultipartFile("file", "查询结果.png", "application/octet-stream", PNG))
                        .header("Authorization", "Bearer " + api.token("safety")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("image/png"))
                .andExpect(jsonPath("$.sha256").isNotEmpty()), "$.id");
        api.post("safety", "/api/v1/certificates/{id}/verify",
                        "{\"method\":\"MANUAL\",\"evidenceId\":\"%s\"}".formatted(evidence), certificateId)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verified").value(true))
                .andExpect(jsonPath("$.verificationMethod").value("MANUAL"))
                .andExpect(jsonPath("$.evidenceId").value(evidence));
        api.get("safety", "/api/v1/files/{id}", evidence)
                .andExpect(status().isOk())
                .andExpect(header().exists("X-Content-SHA256"));
        api.get("yz-admin", "/api/v1/files/{id}", evidence).andExpect(status().isNotFound());
    }

    @Test
    void evidence_type_comes_from_the_content_not_the_name() throws Exception {
        api.mvc().perform(multipart("/api/v1/files")
                        .file(new MockMultipartFile("file", "evil.png", "image/png", "<script>alert(1)</script>".getBytes()))
                        .header("Authorization", "Bearer " + api.token("safety")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("UNSUPPORTED_FILE_TYPE"));
        byte[] big = new byte[(int) (10L * 1024 * 1024) + 10];
        big[0] = '%'; big[1] = 'P'; big[2] = 'D'; big[3] = 'F'; big[4] = '-';
        api.mvc().perform(multipart("/api/v1/files")
                        .file(new MockMultipartFile("file", "big.pdf", "application/pdf", big))
                        .header("Authorization", "Bearer " + api.token("safety")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("FILE_TOO_LARGE"));
    }

    @Test
    void registry_verification_without_a_configured_registry_is_503_REGISTRY_UNAVAILABLE() throws Exception {
        String id = IdNumbers.random();
        String certificateId = ApiClient.read(addCertificate(newWorker(id), specialOperation(id, "2024-01-10", null)), "$.id");
        api.post("safety", "/api/v1/certificates/{id}/verify", "{\"method\":\"REGISTRY\"}", certificateId)
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.code").value("REGISTRY_UNAVAILABLE"));
    }

    @Test
    void certificates_list_filters_by_status_and_days() throws Exception {
        api.get("safety", "/api/v1/certificates?status=EXPIRED")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].status", not(hasItem("VALID"))))
                .andExpect(jsonPath("$.items[0].status").value("EXPIRED"));
        String id = IdNumbers.random();
        String workerId = newWorker(id);
        LocalDate soon = LocalDate.now().plusDays(10);
        String certificateId = ApiClient.read(addCertificate(workerId, """
                {"regime":"GUARDIAN","itemCode":"GUARDIAN","number":"JH-9","issuedOn":"2024-01-01","expiresOn":"%s"}"""
                .formatted(soon)), "$.id");
        api.get("safety", "/api/v1/certificates?status=EXPIRING&withinDays=15&size=200")
                .andExpect(jsonPath("$.items[*].id", hasItem(certificateId)));
        api.get("safety", "/api/v1/certificates?withinDays=5&size=200")
                .andExpect(jsonPath("$.items[*].id", not(hasItem(certificateId))));
        api.get("safety", "/api/v1/certificates?status=SOON").andExpect(status().isBadRequest());
        api.get("safety", "/api/v1/certificates?withinDays=-1").andExpect(status().isUnprocessableContent());
    }

    @Test
    void catalogue_lists_every_regime() throws Exception {
        api.get("worker", "/api/v1/catalog/certificate-items")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].itemCode", hasItem("1.1")))
                .andExpect(jsonPath("$[*].itemCode", hasItem("10.5")))
                .andExpect(jsonPath("$[*].itemCode", hasItem("1.4")))
                .andExpect(jsonPath("$[*].itemCode", hasItem("Q2")))
                .andExpect(jsonPath("$[*].itemCode", hasItem("N1")))
                .andExpect(jsonPath("$[*].itemCode", hasItem("GUARDIAN")));
    }
}
