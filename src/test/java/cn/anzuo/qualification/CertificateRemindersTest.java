package cn.anzuo.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.AnzuoApplication;
import cn.anzuo.qualification.domain.CertificateReminders;
import cn.anzuo.qualification.domain.CertificateReminders.Sent;
import cn.anzuo.qualification.domain.ReminderSchedule.Kind;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.IdNumbers;
import cn.anzuo.support.MutableClock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** CertificateExpiring when a certificate enters the window, CertificateExpired at expiry: once each. */
@AnzuoTest
class CertificateRemindersTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired ApiClient api;
    @Autowired CertificateReminders reminders;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    UUID guardianCertificateExpiringOn(LocalDate expiresOn) throws Exception {
        String companyId = ApiClient.read(api.get("safety", "/api/v1/me"), "$.companyId");
        String workerId = ApiClient.read(api.post("safety", "/api/v1/workers", """
                {"companyId":"%s","name":"提醒测试","idNumber":"%s"}""".formatted(companyId, IdNumbers.random()))
                .andExpect(status().isCreated()), "$.id");
        return UUID.fromString(ApiClient.read(api.post("safety", "/api/v1/workers/{id}/certificates", """
                {"regime":"GUARDIAN","itemCode":"GUARDIAN","number":"JH-R","issuedOn":"2020-01-01","expiresOn":"%s"}"""
                .formatted(expiresOn), workerId).andExpect(status().isCreated()), "$.id"));
    }

    void at(LocalDate day) {
        clock.fixAt(day.atTime(9, 0).atZone(SHANGHAI).toInstant());
    }

    static List<Sent> of(List<Sent> sent, UUID certificateId) {
        return sent.stream().filter(s -> s.certificateId().equals(certificateId)).toList();
    }

    @Test
    void each_stage_is_sent_once_60_30_15_days_ahead_and_on_the_day_and_expired_once_after_expiry() throws Exception {
        LocalDate expires = LocalDate.of(2031, 3, 20);
        UUID certificate = guardianCertificateExpiringOn(expires);

        at(expires.minusDays(61));
        assertThat(of(reminders.run(), certificate)).isEmpty();
        for (int stage : new int[] {60, 30, 15, 0}) {
            at(expires.minusDays(stage));
            assertThat(of(reminders.run(), certificate)).as("stage %d", stage)
                    .containsExactly(new Sent(certificate, Kind.EXPIRING_EXPIRY, expires));
            assertThat(of(reminders.run(), certificate)).isEmpty();
            if (stage > 0) {
                at(expires.minusDays(stage - 1));
                assertThat(of(reminders.run(), certificate)).isEmpty();
            }
        }

        at(expires.plusDays(1));
        assertThat(of(reminders.run(), certificate)).containsExactly(new Sent(certificate, Kind.EXPIRED, expires));
        at(expires.plusDays(2));
        assertThat(of(reminders.run(), certificate)).isEmpty();
    }

    @Test
    void two_application_instances_on_one_database_send_each_reminder_once() throws Exception {
        UUID certificate = guardianCertificateExpiringOn(LocalDate.now(SHANGHAI).plusDays(5));
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(AnzuoApplication.class)
                .properties("spring.main.banner-mode=off")
                // Arguments, not default properties: application.properties turns the demo (and its start-up
                // reminders) on, and would win over a default.
                .run("--server.port=0", "--anzuo.demo.enabled=false", "--anzuo.scheduling.enabled=false")) {
            CertificateReminders other = second.getBean(CertificateReminders.class);
            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<List<Sent>> a = pool.submit(() -> {
                    together.await();
                    return reminders.run();
                });
                Future<List<Sent>> b = pool.submit(() -> {
                    together.await();
                    return other.run();
                });
                List<Sent> all = new ArrayList<>(a.get());
                all.addAll(b.get());
                assertThat(of(all, certificate)).hasSize(1);
            } finally {
                pool.shutdownNow();
            }
            assertThat(of(reminders.run(), certificate)).isEmpty();
            assertThat(of(other.run(), certificate)).isEmpty();
        }
        assertThat(jdbc.sql("select count(*) from certificate_reminder_stage where certificate_id = ?")
                .param(certificate).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_renewed_certificate_is_reminded_again_for_its_new_date() throws Exception {
        LocalDate expires = LocalDate.of(2032, 5, 10);
        UUID certificate = guardianCertificateExpiringOn(expires);
        at(expires.minusDays(3));
        assertThat(of(reminders.run(), certificate)).hasSize(1);
        jdbc.sql("update certificate set expires_on = ? where id = ?").params(expires.plusYears(3), certificate).update();
        at(expires.plusYears(3).minusDays(3));
        assertThat(of(reminders.run(), certificate))
                .containsExactly(new Sent(certificate, Kind.EXPIRING_EXPIRY, expires.plusYears(3)));
    }
}
