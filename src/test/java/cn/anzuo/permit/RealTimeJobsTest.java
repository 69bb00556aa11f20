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
 * In real time, with the scheduled jobs (not a read), both waits side by side to keep the suite short:
 * a permit nobody checks in to turns VOIDED within 60 s after its 1-minute check-in window passes, and the
 * guardian of an active permit who stops reporting is GUARDIAN_ABSENT-suspended within 60 s after a 1-minute
 * limit (API.md "Guardian presence"). Shares the browser tests' context (scheduling on).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "anzuo.demo.enabled=true")
@Import(TestClockConfig.class)
class RealTimeJobsTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    /** A new company with its own rule, a site, people and a permit planned to start at {@code start}. */
    static String permitInNewCompany(HttpApi api, String policy, Instant start) throws Exception {
        String company = api.post("admin", "/api/v1/companies", """
                {"code":"%s","name":"实时任务测试"}""".formatted(Unique.code("RT"))).path("id").asString();
        api.put("admin", "/api/v1/companies/" + company + "/policy", policy);
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
        return api.post(leaderName, "/api/v1/permits", """
                {"type":"EXCAVATION","siteId":"%s","location":"雨水井旁","content":"开挖检查管线","plannedStart":"%s",
                 "plannedEnd":"%s","leaderId":"%s","workerIds":["%s"],"guardianId":"%s","measures":%s}"""
                .formatted(site, start.atOffset(ZoneOffset.ofHours(8)), start.plus(Duration.ofHours(2)).atOffset(ZoneOffset.ofHours(8)),
                        digger, digger, guardian, measures)).path("id").asString();

    }

    @Test
    void a_permit_without_check_in_is_voided_and_a_silent_guardians_work_suspended_each_within_60_seconds()
            throws Exception {
        HttpApi api = new HttpApi(port);
        Instant start = Instant.now();
        String unattended = permitInNewCompany(api, "{\"checkInWindowMinutes\":1}", start);
        String guarded = permitInNewCompany(api, "{\"guardianAbsenceMinutes\":1}", start);
        // the way to ACTIVE (approval, check-ins, start) is covered elsewhere; here only the clock matters
        Instant started = Instant.now();
        jdbc.sql("update work_permit set status = 'ACTIVE', started_at = ? where id = ?")
                .params(java.sql.Timestamp.from(started), UUID.fromString(guarded)).update();
        Instant windowClosed = start.plus(Duration.ofMinutes(1));
        Instant absenceLimit = started.plus(Duration.ofMinutes(1));
        Instant voidedSeen = null;
        Instant suspendedSeen = null;
        Instant giveUp = absenceLimit.plus(Duration.ofSeconds(65));
        while (Instant.now().isBefore(giveUp) && (voidedSeen == null || suspendedSeen == null)) {
            if (voidedSeen == null && status(unattended).equals("VOIDED")) {
                voidedSeen = Instant.now();
            }
            if (suspendedSeen == null && status(guarded).equals("SUSPENDED")) {
                suspendedSeen = Instant.now();
            }
            Thread.sleep(1000);
        }
        System.out.printf("Permit voided %s s after its check-in window closed; guarded permit suspended %s s after "
                        + "its guardian's 1-minute limit%n",
                voidedSeen == null ? "-" : Duration.between(windowClosed, voidedSeen).toSeconds(),
                suspendedSeen == null ? "-" : Duration.between(absenceLimit, suspendedSeen).toSeconds());
        assertThat(voidedSeen).isNotNull().isBefore(windowClosed.plusSeconds(62));
        assertThat(suspendedSeen).isNotNull().isAfter(absenceLimit).isBefore(absenceLimit.plusSeconds(62));
        assertThat(jdbc.sql("select suspension_cause from work_permit where id = ?").param(UUID.fromString(guarded))
                .query(String.class).single()).isEqualTo("GUARDIAN_ABSENT");
    }

    private String status(String permit) {
        return jdbc.sql("select status from work_permit where id = ?").param(UUID.fromString(permit))
                .query(String.class).single();
    }
}
