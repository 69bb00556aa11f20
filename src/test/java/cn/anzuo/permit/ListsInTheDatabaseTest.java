package cn.anzuo.permit;

import static cn.anzuo.permit.PermitFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.organization.Organization;
import cn.anzuo.organization.UserView;
import cn.anzuo.permit.domain.HolidayCalendar;
import cn.anzuo.permit.domain.InboxCursor;
import cn.anzuo.permit.domain.PermitCard;
import cn.anzuo.permit.domain.PermitQueries;
import cn.anzuo.permit.domain.WorkPermit;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.security.Role;
import cn.anzuo.shared.web.PageRequestParams;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 16 / ADR 0080: the permit list pages in the database (offset and keyset alike), the inbox filters in SQL. */
@AnzuoTest
class ListsInTheDatabaseTest {

    @Autowired ApiClient api;
    @Autowired MockMvc mvc;
    @Autowired HolidayCalendar holidays;
    @Autowired PermitQueries queries;
    @Autowired Organization organization;
    @Autowired cn.anzuo.permit.onsite.OnSite onSite;
    @Autowired cn.anzuo.support.MutableClock clock;

    PermitFixtures f;
    String welder;
    String guardian;
    LocalDate day;

    @BeforeEach
    void crew() throws Exception {
        f = new PermitFixtures(api, holidays);
        welder = f.worker("焊工列", "2.1");
        guardian = f.worker("监护列", "GUARDIAN");
        day = f.workday();
    }

    String permitAt(int hour) throws Exception {
        return ApiClient.read(api.post("leader", "/api/v1/permits", f.request("HOT_WORK", "LEVEL_2", at(day, hour, 0),
                at(day, hour + 1, 0), welder, List.of(welder), guardian, null)).andExpect(status().isCreated()), "$.id");
    }

    String window() {
        // UTC instants ("…Z"): a "+08:00" offset would reach the server as a space.
        return "from=" + at(day, 0, 0).toInstant() + "&to=" + at(day.plusDays(1), 0, 0).toInstant()
                + "&siteId=" + f.siteId;
    }

    @Test
    void keyset_pages_read_the_same_permits_in_the_same_order_as_offset_pages() throws Exception {
        // other tests may plan work at the same site on the same random day: count what is there first
        int before = ApiClient.read(api.get("leader", "/api/v1/permits?size=1&" + window()), "$.total");
        permitAt(8);
        permitAt(10);
        permitAt(12);
        int total = before + 3;
        List<String> byOffset = JsonPath.read(api.get("leader", "/api/v1/permits?size=" + total + "&" + window())
                .andReturn().getResponse().getContentAsString(), "$.items[*].id");
        assertThat(byOffset).hasSize(total);

        var page = api.get("leader", "/api/v1/permits?size=2&" + window())
                .andExpect(jsonPath("$.total").value(total)).andReturn().getResponse();
        List<String> byKeyset = new ArrayList<>(JsonPath.read(page.getContentAsString(), "$.items[*].id"));
        String cursor = page.getHeader("X-Next-Cursor");
        assertThat(cursor).isNotBlank();
        while (cursor != null) {
            page = api.get("leader", "/api/v1/permits?size=2&after=" + cursor + "&" + window()).andReturn().getResponse();
            byKeyset.addAll(JsonPath.read(page.getContentAsString(), "$.items[*].id"));
            cursor = page.getHeader("X-Next-Cursor");
        }

        assertThat(byKeyset).isEqualTo(byOffset);
    }

    @Test
    void a_cursor_that_is_not_one_is_a_malformed_request() throws Exception {
        api.get("leader", "/api/v1/permits?after=not-a-cursor")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
    }

    @Test
    void the_inbox_lists_a_permit_only_to_the_role_of_its_open_step_and_never_to_its_applicant() throws Exception {
        String id = permitAt(14);
        assertThat(pending("unit")).contains(id);
        assertThat(pending("safety")).doesNotContain(id);
        assertThat(pending("leader")).doesNotContain(id);
    }

    @Test
    void a_decided_permit_leaves_the_approvers_inbox() throws Exception {
        String id = permitAt(16);
        api.post("unit", "/api/v1/permits/{id}/approvals", "{\"decision\":\"APPROVE\"}", id)
                .andExpect(status().isOk());
        assertThat(pending("unit")).doesNotContain(id);
    }

    @Test
    void the_inbox_pages_twenty_cards_at_a_time_after_a_cursor_in_the_order_of_the_pending_list() throws Exception {
        for (int expedited = 0; expedited < 2; expedited++) { // all steps open at once: 赵明 (unit) sees them
            LocalDate other = f.workday();
            api.post("leader", "/api/v1/permits", f.request("HOT_WORK", "LEVEL_2", at(other, 9, 0), at(other, 10, 0),
                    welder, List.of(welder), guardian, "\"expedite\":true,\"expediteReason\":\"抢修泄漏点\""))
                    .andExpect(status().isCreated());
        }
        for (int more = 41 - pending("unit").size(); more >= 0; more--) { // three pages at least
            LocalDate other = f.workday();
            api.post("leader", "/api/v1/permits", f.request("HOT_WORK", "LEVEL_2", at(other, 9, 0), at(other, 10, 0),
                    welder, List.of(welder), guardian, null)).andExpect(status().isCreated());
        }
        List<String> ids = pending("unit");
        List<Boolean> expedite = api.valuesOfEveryPage("unit", "/api/v1/permits/pending-my-approval?size=200",
                "$[*].expedite");
        assertThat(expedite).as("expedited first").isSortedAccordingTo(Comparator.reverseOrder()).contains(true, false);
        MockHttpSession unit = (MockHttpSession) mvc.perform(formLogin("/login").user("unit")
                .password(ApiClient.DEMO_PASSWORD)).andReturn().getRequest().getSession();

        List<String> walked = new ArrayList<>();
        String url = "/approvals";
        int pages = 0;
        while (url != null) {
            String html = mvc.perform(get(url).session(unit)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            List<String> cards = matches(CARD, html);
            assertThat(cards).hasSizeLessThanOrEqualTo(20);
            walked.addAll(cards);
            assertThat(html).contains("共 " + (ids.size() < 100 ? ids.size() : "99+") + " 条");
            assertThat(html.contains("第一页")).as("a way back from page %d", pages + 1).isEqualTo(pages > 0);
            List<String> next = matches(NEXT, html);
            url = next.isEmpty() ? null : "/approvals?after=" + next.getFirst();
            pages++;
        }

        assertThat(walked).isEqualTo(ids);
        assertThat(pages).isEqualTo((ids.size() + 19) / 20);
        assertThat(oneByOne(user("unit"))).as("a cursor on each permit, expedited and not").isEqualTo(ids);
        assertThat(pending("unit", 7)).as("the API's pages of seven").isEqualTo(ids);
        api.get("unit", "/api/v1/permits/pending-my-approval").andExpect(jsonPath("$.length()").value(20))
                .andExpect(header().exists("X-Next-Cursor"));
        api.get("unit", "/api/v1/permits/pending-my-approval?after=not-a-cursor").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
    }

    List<String> oneByOne(CurrentUser user) {
        List<String> walked = new ArrayList<>();
        PermitQueries.InboxPage<PermitCard> page = queries.inbox(user, null, 1);
        walked.addAll(page.items().stream().map(p -> p.id().toString()).toList());
        while (page.next() != null) {
            page = queries.inbox(user, InboxCursor.valueOf(page.next().token()), 1);
            walked.addAll(page.items().stream().map(p -> p.id().toString()).toList());
        }
        return walked;
    }

    @Test
    void my_permits_come_newest_planned_start_first_by_offset_and_by_keyset_alike() throws Exception {
        permitAt(8);
        permitAt(10);
        permitAt(12);
        PermitQueries.Filter mine = new PermitQueries.Filter(Set.of(UUID.fromString(f.companyId)), null, null,
                UUID.fromString(f.siteId), user("leader", Role.WORK_LEADER).id(), at(day, 0, 0).toInstant(),
                at(day.plusDays(1), 0, 0).toInstant());
        List<WorkPermit> all = queries.page(mine, null, 0, 1_000).items();
        assertThat(all).hasSizeGreaterThanOrEqualTo(3)
                // the databases order uuids as unsigned bytes, as their text sorts (UUID.compareTo is signed)
                .isSortedAccordingTo(Comparator.comparing(WorkPermit::plannedStart)
                        .thenComparing(p -> p.id().toString()).reversed());

        List<WorkPermit> walked = new ArrayList<>();
        PermitQueries.Page<WorkPermit> page = queries.page(mine, null, 0, 2);
        walked.addAll(page.items());
        while (page.next() != null) {
            page = queries.page(mine, page.next(), 0, 2);
            walked.addAll(page.items());
        }
        assertThat(walked).extracting(WorkPermit::id).isEqualTo(all.stream().map(WorkPermit::id).toList());
        assertThat(queries.page(mine, null, 0, 2).total()).as("the API's exact total").isEqualTo(all.size());
        assertThat(queries.cards(mine, null, 0, 2, 2).total()).as("the page's count stops at its cap").isEqualTo(2);
        assertThat(queries.cards(mine, null, 0, 2, 1_000).total()).isEqualTo(all.size());
    }

    @Test
    void an_inbox_cursor_that_is_not_one_is_a_bad_request_not_a_server_error() throws Exception {
        MockHttpSession unit = (MockHttpSession) mvc.perform(formLogin("/login").user("unit")
                .password(ApiClient.DEMO_PASSWORD)).andReturn().getRequest().getSession();
        mvc.perform(get("/approvals?after=not-a-cursor").session(unit)).andExpect(status().isBadRequest());
        mvc.perform(get("/approvals?after=" + java.util.Base64.getUrlEncoder().encodeToString("maybe~x~y".getBytes()))
                .session(unit)).andExpect(status().isBadRequest());
    }

    @Test
    void the_badge_stops_counting_at_its_cap() throws Exception {
        permitAt(17);
        permitAt(18);
        permitAt(19);
        CurrentUser unit = user("unit");
        assertThat(queries.pendingCountUpTo(unit, 2)).isEqualTo(2);
        assertThat(queries.pendingCountUpTo(unit, 10_000)).isEqualTo(pending("unit").size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void a_site_board_finds_the_permits_of_several_statuses_in_one_search_and_no_others() throws Exception {
        String pending = permitAt(14);
        String cancelled = permitAt(16);
        api.post("leader", "/api/v1/permits/{id}/cancel", "{\"reason\":\"改期\"}", cancelled)
                .andExpect(status().isOk());
        assertThat(atTheSite(List.of(PermitStatus.PENDING_APPROVAL, PermitStatus.CANCELLED)))
                .contains(pending, cancelled);
        assertThat(atTheSite(List.of(PermitStatus.PENDING_APPROVAL))).contains(pending).doesNotContain(cancelled);
        assertThat(atTheSite(List.of(PermitStatus.CANCELLED))).contains(cancelled).doesNotContain(pending);
        assertThat(atTheSite(List.of(PermitStatus.ACTIVE, PermitStatus.APPROVED, PermitStatus.SUSPENDED)))
                .doesNotContain(pending, cancelled);
        assertThat(atTheSite(List.of())).contains(pending, cancelled); // no status asked: any
    }

    List<String> atTheSite(List<PermitStatus> statuses) {
        List<WorkPermit> found = queries.search(Set.of(UUID.fromString(f.companyId)), statuses, null,
                UUID.fromString(f.siteId), at(day, 0, 0).toInstant(), at(day.plusDays(1), 0, 0).toInstant());
        assertThat(found).allMatch(p -> statuses.isEmpty() || statuses.contains(p.status()))
                .allMatch(p -> p.siteId().equals(UUID.fromString(f.siteId)));
        return found.stream().map(p -> p.id().toString()).toList();
    }

    @Test
    void the_check_ins_and_analyses_of_several_permits_come_in_one_read_each_under_its_own_permit() throws Exception {
        clock.fixAt(java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        PermitFixtures.ActiveWork first = f.readyHotWork(clock, "看板焊工甲", "看板监护甲");
        PermitFixtures.ActiveWork second = f.readyHotWork(clock, "看板焊工乙", "看板监护乙");
        UUID a = UUID.fromString(first.permitId());
        UUID b = UUID.fromString(second.permitId());
        var byPermit = onSite.checkInsOf(List.of(a, b, UUID.randomUUID()));
        assertThat(byPermit).containsOnlyKeys(a, b);
        assertThat(byPermit.get(a)).extracting(c -> c.workerId().toString())
                .containsExactlyInAnyOrder(first.crew().welder(), first.crew().guardian());
        assertThat(byPermit.get(b)).extracting(c -> c.workerId().toString())
                .containsExactlyInAnyOrder(second.crew().welder(), second.crew().guardian());
        assertThat(byPermit.get(a)).isEqualTo(onSite.checkIns(a)); // one permit's list reads the same
        assertThat(onSite.checkInsOf(List.of())).isEmpty();

        var analyses = onSite.gasTestsOf(List.of(a, b, UUID.randomUUID()));
        assertThat(analyses).containsOnlyKeys(a, b);
        assertThat(analyses.get(a)).hasSize(1).allMatch(t -> t.permitId().equals(a) && t.passed());
        assertThat(analyses.get(b)).hasSize(1).allMatch(t -> t.permitId().equals(b));
        assertThat(analyses.get(b)).isEqualTo(onSite.gasTests(b));
        assertThat(onSite.gasTestsOf(List.of())).isEmpty();
    }

    @org.junit.jupiter.api.AfterEach
    void realTime() {
        clock.reset();
    }

    static final Pattern CARD = Pattern.compile("/permits/([0-9a-f-]{36})/decide");
    static final Pattern NEXT = Pattern.compile("href=\"/approvals\\?after=([A-Za-z0-9_-]+)\"");

    static List<String> matches(Pattern pattern, String html) {
        return pattern.matcher(html).results().map(m -> m.group(1)).toList();
    }

    /** The whole of the user's pending-my-approval, page after page by the API's cursor. */
    List<String> pending(String username) throws Exception {
        return pending(username, PageRequestParams.MAX_SIZE);
    }

    List<String> pending(String username, int size) throws Exception {
        return api.idsOfEveryPage(username, "/api/v1/permits/pending-my-approval?size=" + size);
    }

    CurrentUser user(String username) {
        return user(username, Role.UNIT_APPROVER);
    }

    CurrentUser user(String username, Role role) {
        UserView user = organization.usersWithRole(UUID.fromString(f.companyId), role).stream()
                .filter(u -> u.username().equals(username)).findFirst().orElseThrow();
        return new CurrentUser(user.id(), user.username(), user.displayName(), user.companyId(), user.roles(),
                user.workerId());
    }
}
