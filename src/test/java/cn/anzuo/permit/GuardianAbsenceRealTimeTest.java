package cn.anzuo.permit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.support.HttpApi;
import cn.anzuo.support.IdNumbers;
import cn.anzuo.support.TestClockConfig;
import cn.anzuo.support.Unique;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In real time, with the scheduled job: the guardian of an active permit who stops reporting is
 * GUARDIAN_ABSENT-suspended within 60 s after a 1-minute limit (API.md "Guardian presence").
 * Shares the browser tests' context (scheduling on).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "anzuo.demo.enabled=true")
@Import(TestClockConfig.class)
class GuardianAbsenceRealTimeTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @Test
    void a_silent_guardian_suspends_the_work_within_60_seconds_after_a_one_minute_limit() throws Exception {
        HttpApi api = new HttpApi(port);
        String company = api.post("admin", "/api/v1/companies", """
                {"code":"%s","name":"监护人失联测试"}""".formatted(Unique.code("GONE"))).path("id").asString();
        api.put("admin", "/api/v1/companies/" + company + "/policy", "{\"guardianAbsenceMinutes\":1}");
        String site = api.post("admin", "/api/v1/sites", """
                {"companyId":"%s","code":"PIT","name":"雨水井","latitude":32.26,"longitude":118.79,"radiusMeters":50}"""
                .formatted(company)).path("id").asString();
        String leaderName = Unique.username("voidlead");
        api.post("admin", "/api/v1/users", """
                {"username":"%s","password":"long-enough","displayName":"组长","companyId":"%s","roles":["WORK_LEADER"]}"""
                .formatted(leaderName, company));
        api.login(leaderName, "long-enough");
        String digger = api.post("admin", "/api/v1/workers", """
                {"companyId":"%s","name":"挖掘工","idNumber":"%s"}""".formatted(company, IdNumbers.random())).path("id").asString();
        String guardian = api.post("admin", "/api/v1/workers", """
                {"companyId":"%s","name":"监护人","idNumber":"%s"}""".formatted(company, IdNumbers.random())).path("id").asString();
        api.post("admin", "/api/v1/workers/" + guardian + "/certificates", """
                {"regime":"GUARDIAN","itemCode":"GUARDIAN","number":"JH-V","issuedOn":"2025-01-01","expiresOn":"2030-01-01"}""");
        StringBuilder measures = new StringBuilder("[");
        for (int i = 1; i <= 11; i++) {
            measures.append(i > 1 ? "," : "").append("{\"code\":\"EX-%02d\",\"applicable\":true}".formatted(i));
        }
        measures.append("]");
        Instant start = Instant.now();
        String permit = api.post(leaderName, "/api/v1/permits", """
                {"type":"EXCAVATION","siteId":"%s","location":"雨水井旁","content":"开挖检查管线","plannedStart":"%s",
                 "plannedEnd":"%s","leaderId":"%s","workerIds":["%s"],"guardianId":"%s","measures":%s}"""
                .formatted(site, start.atOffset(ZoneOffset.ofHours(8)), start.plus(Duration.ofHours(2)).atOffset(ZoneOffset.ofHours(8)),
                        digger, digger, guardian, measures)).path("id").asString();

        // the way to ACTIVE (approval, check-ins, start) is covered elsewhere; here only the clock matters
        Instant started = Instant.now();
        jdbc.sql("update work_permit set status = 'ACTIVE', started_at = ? where id = ?")
                .params(java.sql.Timestamp.from(started), UUID.fromString(permit)).update();
        Instant limit = started.plus(Duration.ofMinutes(1));
        Instant deadline = limit.plus(Duration.ofSeconds(60));
        String status = "";
        while (Instant.now().isBefore(deadline.plusSeconds(5))) {
            status = jdbc.sql("select status from work_permit where id = ?").param(UUID.fromString(permit))
                    .query(String.class).single();
            if (status.equals("SUSPENDED")) {
                break;
            }
            Thread.sleep(1000);
        }
        Instant suspendedSeen = Instant.now();
        System.out.printf("Permit suspended %d s after its guardian's 1-minute limit%n",
                Duration.between(limit, suspendedSeen).toSeconds());
        assertThat(status).isEqualTo("SUSPENDED");
        assertThat(jdbc.sql("select suspension_cause from work_permit where id = ?").param(UUID.fromString(permit))
                .query(String.class).single()).isEqualTo("GUARDIAN_ABSENT");
        assertThat(suspendedSeen).isAfter(limit).isBefore(deadline.plusSeconds(2));
    }
}
