package cn.anzuo.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.shared.TimeWindow;
import cn.anzuo.shared.WorkType;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.IdNumbers;
import cn.anzuo.support.Unique;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The question other modules ask, answered from stored data with the company's policy and time zone. */
@AnzuoTest
class QualificationsFacadeTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired ApiClient api;
    @Autowired Qualifications qualifications;

    /** A fresh subsidiary so its policy can change without touching the demo company. */
    String newCompany() throws Exception {
        return ApiClient.read(api.post("admin", "/api/v1/companies", """
                {"code":"%s","name":"资质测试公司"}""".formatted(Unique.code("Q"))).andExpect(status().isCreated()), "$.id");
    }

    UUID worker(String companyId, String certificateJson) throws Exception {
        String id = IdNumbers.random();
        String workerId = ApiClient.read(api.post("admin", "/api/v1/workers", """
                {"companyId":"%s","name":"焊工","idNumber":"%s"}""".formatted(companyId, id)).andExpect(status().isCreated()), "$.id");
        if (certificateJson != null) {
            api.post("admin", "/api/v1/workers/{id}/certificates", certificateJson.replace("{ID}", id), workerId)
                    .andExpect(status().isCreated());
        }
        return UUID.fromString(workerId);
    }

    static TimeWindow window(String from, String to) {
        return new TimeWindow(ZonedDateTime.of(java.time.LocalDateTime.parse(from), SHANGHAI).toInstant(),
                ZonedDateTime.of(java.time.LocalDateTime.parse(to), SHANGHAI).toInstant());
    }

    static final String WELDER = """
            {"regime":"SPECIAL_OPERATION","itemCode":"2.1","number":"T{ID}","issuedOn":"2024-01-10","expiresOn":"2027-03-31","reviewDueOn":"2027-03-31"}""";

    @Test
    void welder_is_qualified_for_hot_work_until_the_last_valid_day_in_company_time() throws Exception {
        String company = newCompany();
        UUID welder = worker(company, WELDER);
        assertThat(qualifications.check(welder, WorkType.HOT_WORK, window("2027-03-31T08:00", "2027-03-31T23:59")).qualified())
                .isTrue();
        // 2027-04-01 00:30 in Shanghai is still 2027-03-31 in UTC: the company's zone decides.
        assertThat(qualifications.check(welder, WorkType.HOT_WORK, window("2027-03-31T20:00", "2027-04-01T00:30")).reasons())
                .containsExactly(QualificationReason.EXPIRES_BEFORE_END);
    }

    @Test
    void welder_is_not_qualified_for_lifting_and_types_without_certificates_need_none() throws Exception {
        UUID welder = worker(newCompany(), WELDER);
        TimeWindow tomorrow = window("2026-12-01T08:00", "2026-12-01T16:00");
        assertThat(qualifications.check(welder, WorkType.LIFTING, tomorrow).reasons())
                .containsExactly(QualificationReason.NO_CERTIFICATE);
        assertThat(qualifications.check(welder, WorkType.CONFINED_SPACE, tomorrow).qualified()).isTrue();
        assertThat(qualifications.checkGuardian(welder, tomorrow).reasons()).containsExactly(QualificationReason.NO_CERTIFICATE);
    }

    @Test
    void unverified_certificates_count_only_while_the_company_allows_them() throws Exception {
        String company = newCompany();
        UUID welder = worker(company, WELDER);
        TimeWindow tomorrow = window("2026-12-01T08:00", "2026-12-01T16:00");
        assertThat(qualifications.check(welder, WorkType.HOT_WORK, tomorrow).qualified()).isTrue();
        api.put("admin", "/api/v1/companies/{id}/policy", "{\"allowUnverifiedCertificates\":false}", company)
                .andExpect(status().isOk());
        assertThat(qualifications.check(welder, WorkType.HOT_WORK, tomorrow).reasons())
                .containsExactly(QualificationReason.UNVERIFIED);
    }

    @Test
    void a_crew_is_checked_at_once_and_unknown_people_have_no_certificate() throws Exception {
        String company = newCompany();
        UUID welder = worker(company, WELDER);
        UUID novice = worker(company, null);
        UUID stranger = UUID.randomUUID();
        Map<UUID, QualificationCheck> crew = qualifications.checkAll(java.util.List.of(welder, novice, stranger),
                WorkType.HOT_WORK, window("2026-12-01T08:00", "2026-12-01T16:00"));
        assertThat(crew.get(welder).qualified()).isTrue();
        assertThat(crew.get(novice).reasons()).containsExactly(QualificationReason.NO_CERTIFICATE);
        assertThat(crew.get(stranger).reasons()).containsExactly(QualificationReason.NO_CERTIFICATE);
    }

    @Test
    void default_requirements_follow_DOMAIN_section_2_3() throws Exception {
        UUID company = UUID.fromString(newCompany());
        assertThat(qualifications.requiredItems(company, WorkType.HOT_WORK)).containsExactlyInAnyOrder("2.1", "2.2", "2.3");
        assertThat(qualifications.requiredItems(company, WorkType.TEMP_POWER)).containsExactlyInAnyOrder("1.1", "1.2");
        assertThat(qualifications.requiredItems(company, WorkType.HEIGHT)).containsExactlyInAnyOrder("3.1", "3.2");
        assertThat(qualifications.requiredItems(company, WorkType.LIFTING)).containsExactlyInAnyOrder("Q1", "Q2");
        assertThat(qualifications.requiredItems(company, WorkType.EXCAVATION)).isEmpty();
    }
}
