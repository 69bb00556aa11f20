package cn.anzuo.analytics.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.shared.crypto.PersonalDataCipher;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The bulk generator at a tiny size (one company, 50 permits): the app's own queries read what it wrote, and the
 * facts it wrote are the ones the real rebuild counts from the same history.
 */
@AnzuoTest
class BulkGeneratorTest {

    @Autowired DataSource dataSource;
    @Autowired PersonalDataCipher cipher;
    @Autowired PasswordEncoder passwords;
    @Autowired Clock clock;
    @Autowired ApiClient api;
    @Autowired JdbcClient jdbc;

    @Test
    void fifty_generated_permits_are_read_by_the_kpis_the_permit_api_and_the_rebuild() throws Exception {
        String tag = "BT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        BulkGenerator.Result result = new BulkGenerator(dataSource, cipher, passwords.encode(BulkGenerator.PASSWORD),
                clock.instant(), 7).generate(new BulkGenerator.Size(1, 20, 50, 60), tag);
        UUID company = result.companyIds().getFirst();
        assertThat(jdbc.sql("select count(*) from work_permit where company_id = ?").param(company)
                .query(Long.class).single()).isEqualTo(50);
        String admin = result.groupAdmin();
        api.token(admin, BulkGenerator.PASSWORD);
        LocalDate to = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        String kpis = "/api/v1/kpis?companyId={c}&from={f}&to={t}&includeSubsidiaries=true";
        String generated = api.get(admin, kpis, result.groupId(), to.minusDays(70), to).andExpect(status().isOk())
                .andExpect(jsonPath("$.approvalCompletenessRate").isNumber())
                .andExpect(jsonPath("$.dataCompletenessRate").isNumber())
                .andExpect(jsonPath("$.meanApprovalMinutes").isNumber())
                .andReturn().getResponse().getContentAsString();

        String rebuilt = api.post(admin, "/api/v1/kpis/rebuild?companyId={c}", "", company).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(rebuilt, "$.events")).isGreaterThan(50);
        String after = api.get(admin, kpis, result.groupId(), to.minusDays(70), to).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        for (String figure : new String[] {"$.approvalCompletenessRate", "$.measureCompletionRate", "$.dataCompletenessRate",
                "$.meanApprovalMinutes", "$.p90ApprovalMinutes"}) {
            assertThat((Object) JsonPath.read(after, figure)).as(figure).isEqualTo(JsonPath.read(generated, figure));
        }

        UUID permit = jdbc.sql("select id from work_permit where company_id = ? and status = 'CLOSED' order by number limit 1")
                .param(company).query(UUID.class).single();
        api.token(admin.replace("-g-", "-001-"), BulkGenerator.PASSWORD);
        api.get(admin.replace("-g-", "-001-"), "/api/v1/permits/{id}", permit).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"));
    }
}
