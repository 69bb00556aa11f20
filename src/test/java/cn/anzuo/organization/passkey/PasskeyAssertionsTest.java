package cn.anzuo.organization.passkey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.organization.PasskeyAssertions;
import cn.anzuo.organization.domain.UserAccountRepository;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.MutableClock;
import cn.anzuo.support.Unique;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import tools.jackson.databind.json.JsonMapper;

/** A check-in passkey assertion counts only when it is fresh, user-verified and made with the caller's own passkey. */
@AnzuoTest
class PasskeyAssertionsTest {

    static final String ORIGIN = "http://localhost:8080";

    @Autowired PasskeyAssertions assertions;
    @Autowired PasskeyCheckIns checkIns;
    @Autowired PublicKeyCredentialUserEntityRepository userEntities;
    @Autowired UserCredentialRepository credentials;
    @Autowired UserAccountRepository users;
    @Autowired ApiClient api;
    @Autowired MutableClock clock;
    @Autowired MockMvc mvc;

    UUID worker;
    UUID colleague;
    SoftPasskey workersPasskey;
    SoftPasskey colleaguesPasskey;

    @BeforeEach
    void twoWorkersWithPasskeys() throws Exception {
        worker = newUser("pk-worker");
        colleague = newUser("pk-colleague");
        workersPasskey = register(worker);
        colleaguesPasskey = register(colleague);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void freshUserVerifiedAssertionOfOwnPasskeyIsAccepted() {
        assertThat(assertions.verify(worker, workersPasskey.assertion(challengeFor(worker), ORIGIN))).isTrue();
    }

    @Test
    void aChallengeAnswersOnlyOnce() {
        String assertion = workersPasskey.assertion(challengeFor(worker), ORIGIN);
        assertThat(assertions.verify(worker, assertion)).isTrue();
        assertThat(assertions.verify(worker, assertion)).isFalse();
    }

    @Test
    void aColleaguesPasskeyDoesNotCheckTheCallerIn() {
        assertThat(assertions.verify(worker, colleaguesPasskey.assertion(challengeFor(worker), ORIGIN))).isFalse();
    }

    @Test
    void aChallengeIssuedToSomeoneElseIsRefused() {
        assertThat(assertions.verify(worker, workersPasskey.assertion(challengeFor(colleague), ORIGIN))).isFalse();
    }

    @Test
    void anExpiredChallengeIsRefused() {
        String challenge = challengeFor(worker);
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(assertions.verify(worker, workersPasskey.assertion(challenge, ORIGIN))).isFalse();
    }

    @Test
    void aChallengeJustInsideItsFiveMinutesIsAccepted() {
        String challenge = challengeFor(worker);
        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        assertThat(assertions.verify(worker, workersPasskey.assertion(challenge, ORIGIN))).isTrue();
    }

    @Test
    void withoutUserVerificationTheAssertionIsRefused() {
        String assertion = workersPasskey.assertion(challengeFor(worker), ORIGIN, SoftPasskey.UP, 1);
        assertThat(assertions.verify(worker, assertion)).isFalse();
    }

    @Test
    void anotherOriginIsRefused() {
        assertThat(assertions.verify(worker, workersPasskey.assertion(challengeFor(worker), "https://evil.example")))
                .isFalse();
    }

    @Test
    void aSignatureCounterThatDidNotMoveOnIsRefused() {
        assertThat(assertions.verify(worker, workersPasskey.assertion(challengeFor(worker), ORIGIN,
                (byte) (SoftPasskey.UP | SoftPasskey.UV), 7))).isTrue();
        assertThat(assertions.verify(worker, workersPasskey.assertion(challengeFor(worker), ORIGIN,
                (byte) (SoftPasskey.UP | SoftPasskey.UV), 7))).isFalse();
        assertThat(assertions.verify(worker, workersPasskey.assertion(challengeFor(worker), ORIGIN,
                (byte) (SoftPasskey.UP | SoftPasskey.UV), 8))).isTrue();
    }

    @Test
    void aForgedSignatureOrGarbageIsRefused() {
        SoftPasskey forger = new SoftPasskey("localhost");
        String forged = forger.assertion(challengeFor(worker), ORIGIN)
                .replace(forger.credentialId.toBase64UrlString(), workersPasskey.credentialId.toBase64UrlString());
        assertThat(assertions.verify(worker, forged)).isFalse();
        assertThat(assertions.verify(worker, "{}")).isFalse();
        assertThat(assertions.verify(worker, "")).isFalse();
        assertThat(assertions.verify(worker, null)).isFalse();
    }

    @Test
    void theApiIssuesAChallengeForTheCallersOwnPasskeysOnly() throws Exception {
        String username = users.findById(worker).orElseThrow().currentUser().username();
        api.post(username, "/api/v1/me/passkey-challenge", "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.userVerification").value("required"))
                .andExpect(jsonPath("$.rpId").value("localhost"))
                .andExpect(jsonPath("$.allowCredentials.length()").value(1))
                .andExpect(jsonPath("$.allowCredentials[0].id").value(workersPasskey.credentialId.toBase64UrlString()));
    }

    @Test
    void withoutAPasskeyTheApiSaysSo() throws Exception {
        String username = users.findById(newUser("pk-none")).orElseThrow().currentUser().username();
        api.post(username, "/api/v1/me/passkey-challenge", "")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("NO_PASSKEY"));
    }

    @Test
    void theProfileListsOnlyOnesOwnPasskeysAndRemovesOnlyThose() throws Exception {
        MockHttpSession session = signIn(username(worker));
        mvc.perform(get("/me/passkeys").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("测试手机")))
                .andExpect(content().string(containsString(workersPasskey.credentialId.toBase64UrlString())))
                .andExpect(content().string(not(containsString(colleaguesPasskey.credentialId.toBase64UrlString()))));
        mvc.perform(post("/me/passkeys/{id}/delete", colleaguesPasskey.credentialId.toBase64UrlString())
                        .session(session).with(csrf()))
                .andExpect(redirectedUrl("/me/passkeys"));
        assertThat(credentials.findByCredentialId(colleaguesPasskey.credentialId)).isNotNull();
        mvc.perform(post("/me/passkeys/{id}/delete", workersPasskey.credentialId.toBase64UrlString())
                        .session(session).with(csrf()))
                .andExpect(redirectedUrl("/me/passkeys"));
        assertThat(credentials.findByCredentialId(workersPasskey.credentialId)).isNull();
    }

    @Test
    void thePhonePageGetsNoChallengeWhenTheCompanyDoesNotAskForAPasskey() throws Exception {
        mvc.perform(post("/me/passkey-challenge").session(signIn(username(worker))).with(csrf()))
                .andExpect(status().isNoContent());
    }

    @Test
    void theLoginPageOffersPasskeySignIn() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(content().string(containsString("data-passkey-login")))
                .andExpect(content().string(containsString("/js/passkey")));
        mvc.perform(post("/webauthn/authenticate/options").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.userVerification").value("required"))
                .andExpect(jsonPath("$.rpId").value("localhost"));
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(ApiClient.DEMO_PASSWORD))
                .andReturn().getRequest().getSession();
    }

    private String username(UUID userId) {
        return users.findById(userId).orElseThrow().currentUser().username();
    }

    private String challengeFor(UUID userId) {
        return JsonMapper.builder().build().readTree(checkIns.challenge(userId)).path("challenge").asString();
    }

    private SoftPasskey register(UUID userId) {
        String username = users.findById(userId).orElseThrow().currentUser().username();
        PublicKeyCredentialUserEntity entity = ImmutablePublicKeyCredentialUserEntity.builder()
                .id(Bytes.random()).name(username).displayName(username).build();
        userEntities.save(entity);
        SoftPasskey passkey = new SoftPasskey("localhost");
        credentials.save(passkey.record(entity.getId(), clock.instant()));
        return passkey;
    }

    private UUID newUser(String prefix) throws Exception {
        String username = Unique.username(prefix);
        String companyId = ApiClient.read(api.get("admin", "/api/v1/me"), "$.companyId");
        api.post("admin", "/api/v1/users", """
                {"username":"%s","password":"%s","displayName":"通行密钥测试","companyId":"%s","roles":["WORKER"]}
                """.formatted(username, ApiClient.DEMO_PASSWORD, companyId)).andExpect(status().isCreated());
        return users.findByUsername(username).orElseThrow().id();
    }

}
