package cn.anzuo.permit;

import static cn.anzuo.permit.PermitFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.permit.domain.ApprovalReminders;
import cn.anzuo.permit.domain.HolidayCalendar;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reminders and escalation of pending approvals, and the approvers' inbox. */
@AnzuoTest
class ApprovalRemindersTest {

    @Autowired ApiClient api;
    @Autowired HolidayCalendar holidays;
    @Autowired ApprovalReminders reminders;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void reset() {
        clock.reset();
    }

    UUID submit(boolean expedite) throws Exception {
        PermitFixtures f = new PermitFixtures(api, holidays);
        String welder = f.worker("提醒焊工", "2.1");
        String guardian = f.worker("提醒监护", "GUARDIAN");
        LocalDate day = f.workday();
        String extra = expedite ? "\"expedite\":true,\"expediteReason\":\"抢修泄漏点\"" : null;
        return UUID.fromString(ApiClient.read(api.post("leader", "/api/v1/permits",
                f.request("HOT_WORK", "LEVEL_2", at(day, 9, 0), at(day, 10, 0), welder, List.of(welder), guardian, extra))
                .andExpect(status().isCreated()), "$.id"));
    }

    List<Object> sentFor(UUID permit) {
        return reminders.run().stream().filter(e -> e.toString().contains(permit.toString())).toList();
    }

    @Test
    void a_pending_step_is_reminded_at_half_time_and_escalated_after_the_company_limit_once_each() throws Exception {
        Instant submitted = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        clock.fixAt(submitted);
        UUID permit = submit(false);
        clock.fixAt(submitted.plus(Duration.ofMinutes(14)));
        assertThat(sentFor(permit)).isEmpty();
        clock.fixAt(submitted.plus(Duration.ofMinutes(15)));
        assertThat(sentFor(permit)).singleElement().isInstanceOf(ApprovalReminderDue.class);
        assertThat(sentFor(permit)).isEmpty();
        clock.fixAt(submitted.plus(Duration.ofMinutes(30)));
        assertThat(sentFor(permit)).singleElement().isInstanceOf(ApprovalEscalated.class);
        clock.fixAt(submitted.plus(Duration.ofMinutes(90)));
        assertThat(sentFor(permit)).isEmpty();
    }

    @Test
    void expedited_permits_are_reminded_every_ten_minutes() throws Exception {
        Instant submitted = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        clock.fixAt(submitted);
        UUID permit = submit(true);
        clock.fixAt(submitted.plus(Duration.ofMinutes(10)));
        assertThat(sentFor(permit)).hasSize(1);
        clock.fixAt(submitted.plus(Duration.ofMinutes(19)));
        assertThat(sentFor(permit)).isEmpty();
        clock.fixAt(submitted.plus(Duration.ofMinutes(20)));
        assertThat(sentFor(permit)).singleElement()
                .satisfies(e -> assertThat(((ApprovalReminderDue) e).n()).isEqualTo(2));
    }

    @Test
    void the_job_stops_reading_an_ordinary_step_once_escalated_but_keeps_reminding_an_expedited_one() throws Exception {
        Instant submitted = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        clock.fixAt(submitted);
        UUID ordinary = submit(false);
        UUID expedited = submit(true);
        clock.fixAt(submitted.plus(Duration.ofMinutes(15)));
        assertThat(sentFor(ordinary)).singleElement()
                .satisfies(e -> assertThat(((ApprovalReminderDue) e).seq()).as("the first step").isEqualTo(1));
        assertThat(reminders.candidates()).extracting(ApprovalReminders.OpenStep::permitId).contains(ordinary, expedited);

        clock.fixAt(submitted.plus(Duration.ofMinutes(30)));
        assertThat(sentFor(ordinary)).singleElement().isInstanceOf(ApprovalEscalated.class);
        assertThat(reminders.candidates()).extracting(ApprovalReminders.OpenStep::permitId)
                .as("nothing is left to send for the escalated ordinary step").doesNotContain(ordinary)
                .contains(expedited);
    }

    @Test
    void approvers_of_the_open_step_find_the_permit_in_their_inbox() throws Exception {
        UUID permit = submit(false);
        String unitUser = ApiClient.read(api.get("unit", "/api/v1/me"), "$.id");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
                        "select count(*) from notification where user_id = ? and link = ?")
                .params(UUID.fromString(unitUser), "/permits/" + permit).query(Long.class).single()).isEqualTo(1));
    }
}
