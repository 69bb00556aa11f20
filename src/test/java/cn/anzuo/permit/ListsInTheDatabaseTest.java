package cn.anzuo.permit;

import static cn.anzuo.permit.PermitFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.permit.domain.HolidayCalendar;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
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
        api.get("unit", "/api/v1/permits/pending-my-approval").andExpect(jsonPath("$[*].id", hasItem(id)));
        api.get("safety", "/api/v1/permits/pending-my-approval").andExpect(jsonPath("$[*].id", not(hasItem(id))));
        api.get("leader", "/api/v1/permits/pending-my-approval").andExpect(jsonPath("$[*].id", not(hasItem(id))));
    }

    @Test
    void a_decided_permit_leaves_the_approvers_inbox() throws Exception {
        String id = permitAt(16);
        api.post("unit", "/api/v1/permits/{id}/approvals", "{\"decision\":\"APPROVE\"}", id)
                .andExpect(status().isOk());
        api.get("unit", "/api/v1/permits/pending-my-approval").andExpect(jsonPath("$[*].id", not(hasItem(id))));
    }

    @Test
    void the_inbox_page_shows_twenty_cards_a_page_in_the_order_of_the_pending_list() throws Exception {
        List<String> ids = JsonPath.read(api.get("unit", "/api/v1/permits/pending-my-approval")
                .andReturn().getResponse().getContentAsString(), "$[*].id");
        for (int more = 20 - ids.size(); more >= 0; more--) { // daytime on workdays: 赵明 (unit) decides them
            LocalDate other = f.workday();
            api.post("leader", "/api/v1/permits", f.request("HOT_WORK", "LEVEL_2", at(other, 9, 0), at(other, 10, 0),
                    welder, List.of(welder), guardian, null)).andExpect(status().isCreated());
        }
        ids = JsonPath.read(api.get("unit", "/api/v1/permits/pending-my-approval")
                .andReturn().getResponse().getContentAsString(), "$[*].id");
        MockHttpSession unit = (MockHttpSession) mvc.perform(formLogin("/login").user("unit")
                .password(ApiClient.DEMO_PASSWORD)).andReturn().getRequest().getSession();

        String first = mvc.perform(get("/approvals").session(unit)).andReturn().getResponse().getContentAsString();
        String second = mvc.perform(get("/approvals?page=1").session(unit)).andReturn().getResponse()
                .getContentAsString();

        List<Integer> positions = ids.subList(0, 20).stream().map(id -> first.indexOf("/permits/" + id + "/decide"))
                .toList();
        assertThat(positions).doesNotContain(-1).isSorted();
        assertThat(first).doesNotContain("/permits/" + ids.get(20) + "/decide").contains("共 " + ids.size() + " 条");
        assertThat(second).contains("/permits/" + ids.get(20) + "/decide")
                .doesNotContain("/permits/" + ids.get(0) + "/decide");
    }
}
