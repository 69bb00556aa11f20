package cn.anzuo.bench;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.StatementCount;
import com.jayway.jsonpath.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What each page of the browsing load (issue 16, {@code BrowsingSimulation}) asks the database, statement by
 * statement, with the security filters and the database-backed session in: the pages as the people who use them,
 * and the badges every page's navigation asks for once loaded. Run: {@code ./mvnw test -Dsurefire.excludedGroups=
 * -Dgroups=benchmark -Dtest=PageStatementsBenchmark}.
 */
@AnzuoTest
@Tag("benchmark")
class PageStatementsBenchmark {

    static final int WARM_UP = 3;
    static final int MEASURED = Integer.getInteger("bench.pages", 20);

    @Autowired MockMvc mvc;
    @Autowired ApiClient api;
    @Autowired JdbcClient jdbc;

    @Test
    void statements_per_page() throws Exception {
        String sites = api.get("safety", "/api/v1/sites").andReturn().getResponse().getContentAsString();
        String site = JsonPath.<List<String>>read(sites, "$.items[?(@.code == 'TF-01')].id").getFirst();
        MockHttpSession leader = signIn("leader");
        MockHttpSession unit = signIn("unit");
        MockHttpSession safety = signIn("safety");
        Map<String, MockHttpSession> pages = new LinkedHashMap<>();
        pages.put("/", leader);
        pages.put("/permits", leader);
        pages.put("/approvals", unit);
        pages.put("/qualification/workers?q=张", safety);
        pages.put("/onsite/board/" + site, safety);
        pages.put("/inbox/badge", leader);
        pages.put("/approvals/badge", unit);
        StatementCount count = new StatementCount(jdbc);
        Map<String, Double> perPage = new LinkedHashMap<>();
        for (Map.Entry<String, MockHttpSession> page : pages.entrySet()) {
            for (int i = 0; i < WARM_UP; i++) {
                view(page.getKey(), page.getValue());
            }
            count.start();
            for (int i = 0; i < MEASURED; i++) {
                view(page.getKey(), page.getValue());
            }
            perPage.put(page.getKey(), count.stopAndPrint(page.getKey(), MEASURED));
        }
        System.out.println("== statements per page");
        perPage.forEach((page, each) -> System.out.printf("%6.1f  %s%n", each, page));
    }

    MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(ApiClient.DEMO_PASSWORD))
                .andReturn().getRequest().getSession();
    }

    void view(String page, MockHttpSession session) throws Exception {
        mvc.perform(get(page).session(session)).andExpect(status().isOk());
    }
}
