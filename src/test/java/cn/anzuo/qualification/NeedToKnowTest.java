package cn.anzuo.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Need-to-know (ADR 0021): workers and guardians see their own worker record and certificates, nobody
 * else's; every other role sees the workers of the companies it may see. The API and the pages
 * answer alike, role by role.
 */
@AnzuoTest
class NeedToKnowTest {

    @Autowired ApiClient api;
    @Autowired MockMvc mvc;

    @ParameterizedTest(name = "{0} sees all workers: {1}")
    @CsvSource({
        "admin, true", "leader, true", "unit, true", "dept, true", "safety, true", "plant, true", "auditor, true",
        "analyst, true", "shift, true", "power, true", "guardian, false", "worker, false"
    })
    void each_role_sees_the_personal_data_it_needs_and_no_more(String user, boolean seesAll) throws Exception {
        String someoneElse = otherWorkerThan(user);
        int list = seesAll ? 200 : 403;
        api.get(user, "/api/v1/workers").andExpect(status().is(list));
        api.get(user, "/api/v1/certificates").andExpect(status().is(list));
        api.get(user, "/api/v1/workers/{id}", someoneElse).andExpect(status().is(list));
        api.get(user, "/api/v1/workers/{id}/certificates", someoneElse).andExpect(status().is(list));
        String someoneElsesCertificate = ApiClient.read(api.get("safety", "/api/v1/workers/{id}/certificates", someoneElse),
                "$[0].id");
        api.get(user, "/api/v1/certificates/{id}", someoneElsesCertificate).andExpect(status().is(list));

        String own = ApiClient.read(api.get(user, "/api/v1/me"), "$.workerId");
        if (own != null) {
            api.get(user, "/api/v1/workers/{id}", own).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(own));
            api.get(user, "/api/v1/workers/{id}/certificates", own).andExpect(status().isOk());
        }

        MockHttpSession session = signIn(user);
        assertThat(mvc.perform(get("/qualification/workers").session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(list);
        assertThat(mvc.perform(get("/qualification/workers/{id}", someoneElse).session(session)).andReturn().getResponse()
                .getStatus()).isEqualTo(list);
    }

    /** A demo worker with a certificate who is not the user's own worker record. */
    private String otherWorkerThan(String user) throws Exception {
        String own = ApiClient.read(api.get(user, "/api/v1/me"), "$.workerId");
        java.util.List<String> ids = ApiClient.read(api.get("safety", "/api/v1/certificates?size=50"), "$.items[*].workerId");
        return ids.stream().filter(id -> !id.equals(own)).findFirst().orElseThrow();
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(ApiClient.DEMO_PASSWORD))
                .andReturn().getRequest().getSession(false);
    }
}
