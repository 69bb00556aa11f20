package cn.anzuo.permit;

import static cn.anzuo.permit.PermitFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.organization.Organization;
import cn.anzuo.organization.UserView;
import cn.anzuo.permit.domain.HolidayCalendar;
import cn.anzuo.permit.domain.PermitCard;
import cn.anzuo.permit.domain.PermitQueries;
import cn.anzuo.permit.domain.PermitTimeRules;
import cn.anzuo.permit.domain.WorkPermit;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.security.Role;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * ADR 0089: the pages' lists read each permit's card from its row alone. A card must say what the whole permit
 * says, and the time rules (API.md "Statuses") must reach a card as they reach the permit.
 */
@AnzuoTest
class PermitCardListsTest {

    @Autowired ApiClient api;
    @Autowired HolidayCalendar holidays;
    @Autowired PermitQueries queries;
    @Autowired Organization organization;
    @Autowired MutableClock clock;
    @Autowired PermitTimeRules timeRules;
    @Autowired JdbcClient jdbc;

    PermitFixtures f;
    String welder;
    String guardian;
    LocalDate day;

    @BeforeEach
    void crew() throws Exception {
        f = new PermitFixtures(api, holidays);
        welder = f.worker("焊工卡", "2.1");
        guardian = f.worker("监护卡", "GUARDIAN");
        day = f.workday();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String permitAt(int hour) throws Exception {
        return ApiClient.read(api.post("leader", "/api/v1/permits", f.request("HOT_WORK", "LEVEL_2", at(day, hour, 0),
                at(day, hour + 1, 0), welder, List.of(welder), guardian, null)).andExpect(status().isCreated()), "$.id");
    }

    PermitQueries.Filter mine(PermitStatus status) {
        return new PermitQueries.Filter(Set.of(UUID.fromString(f.companyId)), status, null, UUID.fromString(f.siteId),
                leader().id(), at(day, 0, 0).toInstant(), at(day.plusDays(1), 0, 0).toInstant());
    }

    @Test
    void a_card_says_what_its_whole_permit_says_page_by_page() throws Exception {
        permitAt(8);
        permitAt(10);
        permitAt(12);
        List<WorkPermit> whole = queries.page(mine(null), null, 0, 1_000).items();
        assertThat(whole).hasSizeGreaterThanOrEqualTo(3);

        List<PermitCard> walked = new ArrayList<>();
        PermitQueries.Page<PermitCard> page = queries.cards(mine(null), null, 0, 2, 1_000);
        walked.addAll(page.items());
        while (page.next() != null) {
            page = queries.cards(mine(null), page.next(), 0, 2, 1_000);
            walked.addAll(page.items());
        }
        assertThat(walked.stream().map(PermitCardListsTest::shown).toList())
                .isEqualTo(whole.stream().map(PermitCardListsTest::shown).toList());
        assertThat(queries.cards(mine(null), null, 0, 2, 1_000).total()).isEqualTo(whole.size());
    }

    @Test
    void the_void_rule_reaches_a_card_as_it_reaches_its_permit_at_the_end_of_the_check_in_window() throws Exception {
        UUID id = UUID.fromString(permitAt(8));
        Instant voidAt = endOfCheckInWindow(8);

        clock.fixAt(voidAt.minusSeconds(1));
        assertThat(card(id, mine(null))).map(PermitCard::status).contains(PermitStatus.PENDING_APPROVAL);
        assertThat(card(id, mine(PermitStatus.PENDING_APPROVAL))).isPresent();

        clock.fixAt(voidAt);
        assertThat(card(id, mine(PermitStatus.PENDING_APPROVAL))).as("dropped from the filter it no longer meets")
                .isEmpty();
        assertThat(card(id, mine(null))).map(PermitCard::status).contains(PermitStatus.VOIDED);
        assertThat(queries.page(mine(PermitStatus.VOIDED), null, 0, 1_000).items()).extracting(WorkPermit::id)
                .as("saved: the database now finds it VOIDED").contains(id);
    }

    @Test
    void the_sweep_voids_a_permit_nobody_checked_in_to_at_the_end_of_the_window_not_a_second_before() throws Exception {
        UUID id = UUID.fromString(permitAt(14));
        Instant voidAt = endOfCheckInWindow(14);

        clock.fixAt(voidAt.minusSeconds(1));
        timeRules.sweep();
        assertThat(voided()).doesNotContain(id);

        clock.fixAt(voidAt);
        assertThat(timeRules.sweep()).isPositive();
        assertThat(voided()).contains(id);
    }

    @Test
    void two_sweeps_at_once_void_each_permit_once_and_neither_fails() throws Exception {
        List<UUID> ids = new ArrayList<>();
        for (int hour = 6; hour <= 16; hour += 2) {
            ids.add(UUID.fromString(permitAt(hour)));
        }
        Map<UUID, Long> versions = new HashMap<>();
        ids.forEach(id -> versions.put(id, version(id)));
        clock.fixAt(endOfCheckInWindow(16));

        try (ExecutorService two = Executors.newFixedThreadPool(2)) {
            CyclicBarrier together = new CyclicBarrier(2);
            Callable<Integer> sweep = () -> {
                together.await();
                return timeRules.sweep();
            };
            List<Future<Integer>> sweeps = two.invokeAll(List.of(sweep, sweep));
            int changed = sweeps.get(0).get() + sweeps.get(1).get(); // get() throws what a sweep threw
            assertThat(changed).isGreaterThanOrEqualTo(ids.size());
        }
        assertThat(voided()).containsAll(ids);
        ids.forEach(id -> assertThat(version(id)).as("saved once").isEqualTo(versions.get(id) + 1));
    }

    long version(UUID id) {
        return jdbc.sql("select version from work_permit where id = ?").param(id).query(Long.class).single();
    }

    List<UUID> voided() {
        return queries.page(mine(PermitStatus.VOIDED), null, 0, 1_000).items().stream().map(WorkPermit::id).toList();
    }

    Optional<PermitCard> card(UUID id, PermitQueries.Filter filter) {
        return queries.cards(filter, null, 0, 1_000, 1_000).items().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Everything a list's card shows of a permit. */
    static List<Object> shown(WorkPermit p) {
        return Arrays.asList(p.id(), p.companyId(), p.number(), p.workType(), p.level(), p.status(), p.expedite(),
                p.siteId(), p.location(), p.plannedStart(), p.plannedEnd(), p.createdAt(), p.applicantId(),
                p.progress().firstCheckInAt());
    }

    static List<Object> shown(PermitCard c) {
        return Arrays.asList(c.id(), c.companyId(), c.number(), c.workType(), c.level(), c.status(), c.expedite(),
                c.siteId(), c.location(), c.plannedStart(), c.plannedEnd(), c.createdAt(), c.applicantId(),
                c.firstCheckInAt());
    }

    CurrentUser leader() {
        UserView user = organization.usersWithRole(UUID.fromString(f.companyId), Role.WORK_LEADER).stream()
                .filter(u -> u.username().equals("leader")).findFirst().orElseThrow();
        return new CurrentUser(user.id(), user.username(), user.displayName(), user.companyId(), user.roles(),
                user.workerId());
    }

    /** When a permit starting at the hour on {@code day} voids without a check-in: the shipped company policy's window. */
    Instant endOfCheckInWindow(int hour) {
        Duration window = Duration.ofMinutes(organization.policy(UUID.fromString(f.companyId)).checkInWindowMinutes());
        return at(day, hour, 0).toInstant().plus(window);
    }
}
