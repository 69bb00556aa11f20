package cn.anzuo.risk;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** API.md "Risk score": {@code GET /permits/{id}} carries the risk with its main factors; approvers see it. */
@AnzuoTest
class RiskScoreApiTest {

    @Autowired ApiClient api;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    UUID demoPermit(String type) {
        return jdbc.sql("""
                select p.id from work_permit p join company c on c.id = p.company_id
                 where c.code = 'DEMO' and p.work_type = ? order by p.number limit 1""")
                .param(type).query(UUID.class).single();
    }

    @Test
    void a_permit_carries_its_risk_score_and_main_factors() throws Exception {
        api.get("safety", "/api/v1/permits/{id}", demoPermit("HOT_WORK"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.risk.score", allOf(greaterThan(0.0), lessThanOrEqualTo(1.0))))
                .andExpect(jsonPath("$.risk.factors[0].name").value("type.HOT_WORK"))
                .andExpect(jsonPath("$.risk.factors[0].weight", greaterThanOrEqualTo(0.0)));
    }

    @Test
    void the_permit_page_shows_approvers_the_score_with_chinese_factor_labels() throws Exception {
        MockHttpSession safety = (MockHttpSession) mvc.perform(formLogin("/login").user("safety").password(ApiClient.DEMO_PASSWORD))
                .andReturn().getRequest().getSession();
        UUID id = demoPermit("HOT_WORK");

        mvc.perform(get("/permits/{id}", id).session(safety))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("风险评分"), containsString("动火作业"),
                        not(containsString("risk.factor")))));
        mvc.perform(get("/permits/{id}/decide", id).session(safety))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("风险评分")));
    }
}
