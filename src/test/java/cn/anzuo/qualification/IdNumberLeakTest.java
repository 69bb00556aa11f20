package cn.anzuo.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.IdNumbers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;

/**
 * ID-card numbers are masked in every output and encrypted at rest: this test scans API responses
 * (successes and refusals), the log and the stored rows for a clear ID number.
 */
@AnzuoTest
@ExtendWith(OutputCaptureExtension.class)
class IdNumberLeakTest {

    @Autowired ApiClient api;
    @Autowired JdbcClient jdbc;

    final List<String> outputs = new ArrayList<>();

    String body(ResultActions result) throws Exception {
        String body = result.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        outputs.add(body);
        return body;
    }

    @Test
    void no_clear_ID_number_in_responses_refusals_logs_or_stored_rows(CapturedOutput log) throws Exception {
        String id = IdNumbers.random();
        String companyId = ApiClient.read(api.get("safety", "/api/v1/me"), "$.companyId");
        String workerJson = """
                {"companyId":"%s","name":"保密","idNumber":"%s","phone":"13900001111"}""".formatted(companyId, id);
        String workerId = ApiClient.read(api.post("safety", "/api/v1/workers", workerJson).andExpect(status().isCreated()), "$.id");
        body(api.post("safety", "/api/v1/workers", workerJson));
        body(api.post("safety", "/api/v1/workers", workerJson.replace(id, IdNumbers.withWrongCheckDigit(id))));
        String certificate = """
                {"regime":"SPECIAL_OPERATION","itemCode":"2.1","number":"T%s","issuedOn":"2024-01-10"}""".formatted(id);
        String certificateId = ApiClient.read(api.post("safety", "/api/v1/workers/{id}/certificates", certificate, workerId), "$.id");
        body(api.post("safety", "/api/v1/workers/{id}/certificates", certificate.replace("T" + id, "T" + IdNumbers.random()), workerId));
        body(api.post("safety", "/api/v1/workers/{id}/certificates", certificate.replace("\"2.1\"", "\"X.9\""), workerId));
        body(api.get("safety", "/api/v1/workers/{id}", workerId));
        body(api.get("safety", "/api/v1/workers?q=" + id.substring(14)));
        body(api.get("safety", "/api/v1/workers?size=200"));
        body(api.get("safety", "/api/v1/workers/{id}/certificates", workerId));
        body(api.get("safety", "/api/v1/certificates/{id}", certificateId));
        body(api.get("safety", "/api/v1/certificates?size=200"));
        body(api.post("safety", "/api/v1/certificates/{id}/verify", "{\"method\":\"REGISTRY\"}", certificateId));

        assertThat(outputs).allSatisfy(output -> assertThat(IdNumbers.CLEAR.matcher(output).find())
                .as("clear ID number in %s", output).isFalse());
        assertThat(log.getAll()).doesNotContain(id);

        List<String> storedWorker = jdbc.sql("select * from worker where id = ?").param(java.util.UUID.fromString(workerId))
                .query((rs, n) -> {
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        values.add(String.valueOf(rs.getObject(i)));
                    }
                    return String.join("|", values);
                }).list();
        assertThat(storedWorker).singleElement().asString().doesNotContain(id).contains(id.substring(14));
        String storedCertificate = jdbc.sql("select number_cipher || '|' || number_masked from certificate where id = ?")
                .param(java.util.UUID.fromString(certificateId)).query(String.class).single();
        assertThat(storedCertificate).doesNotContain(id);
    }
}
