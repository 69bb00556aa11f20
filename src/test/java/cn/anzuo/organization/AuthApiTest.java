package cn.anzuo.organization;

import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.MutableClock;
import cn.anzuo.support.Unique;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@AnzuoTest
class AuthApiTest {

    @Autowired MockMvc mvc;
    @Autowired ApiClient api;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private ResultActions login(String username, String password) throws Exception {
        return mvc.perform(post("/api/v1/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password)));
    }

    private String newUser() throws Exception {
        String username = Unique.username("lock");
        String companyId = ApiClient.read(api.get("admin", "/api/v1/me"), "$.companyId");
        api.post("admin", "/api/v1/users", """
                {"username":"%s","password":"right-password","displayName":"锁定测试","companyId":"%s","roles":["WORKER"]}
                """.formatted(username, companyId)).andExpect(status().isCreated());
        return username;
    }

    @Test
    void right_password_gives_a_bearer_token_that_opens_the_api() throws Exception {
        String token = ApiClient.read(login("leader", ApiClient.DEMO_PASSWORD)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tokenType").value("Bearer"))
                .andExpect(jsonPath("$.expiresAt", notNullValue())), "$.token");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("leader"))
                .andExpect(jsonPath("$.roles[0]").value("WORK_LEADER"));
    }

    @Test
    void wrong_password_is_401_BAD_CREDENTIALS() throws Exception {
        login(Unique.username("nobody"), "not-the-password")
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("BAD_CREDENTIALS"));
        login("nobody-" + Unique.code("X"), "whatever1")
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("BAD_CREDENTIALS"));
    }

    @Test
    void sixth_try_after_five_bad_passwords_is_429_even_with_the_right_password() throws Exception {
        String username = newUser();
        for (int i = 0; i < 5; i++) {
            login(username, "wrong-" + i).andExpect(status().isUnauthorized());
        }
        login(username, "right-password")
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.code").value("TOO_MANY_ATTEMPTS"));
    }

    @Test
    void lock_ends_after_fifteen_minutes() throws Exception {
        String username = newUser();
        for (int i = 0; i < 5; i++) {
            login(username, "wrong-" + i).andExpect(status().isUnauthorized());
        }
        clock.advance(Duration.ofMinutes(14));
        login(username, "right-password").andExpect(status().isTooManyRequests());
        clock.advance(Duration.ofMinutes(2));
        login(username, "right-password").andExpect(status().isOk());
    }

    @Test
    void failures_spread_over_more_than_fifteen_minutes_do_not_lock() throws Exception {
        String username = newUser();
        for (int i = 0; i < 4; i++) {
            login(username, "wrong-" + i).andExpect(status().isUnauthorized());
        }
        clock.advance(Duration.ofMinutes(16));
        login(username, "wrong-again").andExpect(status().isUnauthorized());
        login(username, "right-password").andExpect(status().isOk());
    }

    @Test
    void no_token_is_401_UNAUTHENTICATED_and_a_forged_token_too() throws Exception {
        mvc.perform(get("/api/v1/sites"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        mvc.perform(get("/api/v1/sites").header("Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.e30.abc"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
    }

    @Test
    void unparsable_login_body_is_400_MALFORMED_REQUEST() throws Exception {
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content("{\"username\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
    }

    @Test
    void messages_follow_accept_language() throws Exception {
        String nobody = Unique.username("nobody");
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"%s\",\"password\":\"nope-nope\"}".formatted(nobody)))
                .andExpect(jsonPath("$.title").value("用户名或密码错误"));
        mvc.perform(post("/api/v1/auth/token").header("Accept-Language", "en-US,en;q=0.9")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"%s\",\"password\":\"nope-nope\"}".formatted(nobody)))
                .andExpect(jsonPath("$.title").value("Wrong username or password"));
    }
}
