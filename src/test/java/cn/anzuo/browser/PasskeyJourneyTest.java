package cn.anzuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.permit.onsite.domain.Totp;
import cn.anzuo.support.TestClockConfig;
import cn.anzuo.support.Unique;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Passkeys in real chromium with a virtual platform authenticator (CTAP2, internal, resident keys, user
 * verification): a welder adds a passkey on the profile, signs out, signs in with it, and checks in with the
 * kiosk's code plus the passkey when the company asks for one; a colleague signed in on the same phone cannot.
 * A fixed port, because a passkey is bound to its origin ({@code anzuo.webauthn.allowed-origins}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {"anzuo.demo.enabled=true",
        "anzuo.scheduling.enabled=false",
        "anzuo.db.url=jdbc:h2:mem:anzuo-passkey;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
@Import(TestClockConfig.class)
class PasskeyJourneyTest {

    static final int PORT = freePort();

    @DynamicPropertySource
    static void origin(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("anzuo.webauthn.allowed-origins", () -> "http://localhost:" + PORT);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_welder_signs_in_and_checks_in_with_the_passkey_of_their_own_phone() throws Exception {
        SiteCrew crew = SiteCrew.withApprovedHotWork(PORT, "密钥");
        SiteCrew.Api api = new SiteCrew.Api(PORT);
        String admin = api.token("admin", "anzuo-demo");
        String companyId = JsonPath.read(api.call("GET", admin, "/api/v1/me", null), "$.companyId");
        String gate = Unique.code("PKGATE");
        String secret = JsonPath.read(api.call("POST", admin, "/api/v1/sites/" + crew.siteId() + "/checkpoints",
                "{\"code\":\"%s\",\"kind\":\"QR\"}".formatted(gate)), "$.secret");

        try (Browser phone = Browser.phone(PORT)) {
            VirtualAuthenticator authenticator = ((HasVirtualAuthenticator) phone.driver).addVirtualAuthenticator(
                    new VirtualAuthenticatorOptions()
                            .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                            .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                            .setHasResidentKey(true)
                            .setHasUserVerification(true)
                            .setIsUserVerified(true));
            OnSiteJourneyTest.geolocation(phone, "http://localhost:" + PORT);

            // the welder adds a passkey on the profile
            phone.login(crew.welderUser(), SiteCrew.PASSWORD);
            phone.open("/me/passkeys");
            phone.find(By.id("passkeys-none"));
            phone.screenshot("passkey-01-none");
            phone.type(By.id("label"), "我的红米");
            phone.tap(By.cssSelector("#passkey-register button[type=submit]"));
            phone.wait.until(ExpectedConditions.urlContains("added"));
            assertThat(phone.find(By.cssSelector("#passkeys .passkey-label")).getText()).isEqualTo("我的红米");
            assertThat(authenticator.getCredentials()).hasSize(1);
            phone.screenshot("passkey-02-added");

            // signs out, and back in with the passkey instead of the password
            phone.logout();
            phone.screenshot("passkey-03-login");
            phone.tap(By.id("passkey-login"));
            phone.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
            phone.open("/me/passkeys");
            assertThat(phone.find(By.cssSelector("#passkeys .passkey-label")).getText()).isEqualTo("我的红米");
            phone.screenshot("passkey-04-signed-in-with-passkey");

            api.call("PUT", admin, "/api/v1/companies/" + companyId + "/policy", "{\"checkInIdentity\":\"PASSKEY\"}");
            try {
                // a colleague signed in on the same phone has no passkey of their own: the check-in is refused
                phone.driver.manage().deleteAllCookies();
                phone.login(crew.guardianUser(), SiteCrew.PASSWORD);
                checkIn(phone, crew.permitId(), gate, secret);
                assertThat(phone.find(By.cssSelector(".op-refusal")).getText()).contains("需要本人身份核验");
                phone.screenshot("passkey-05-colleague-refused");

                // the welder checks in with the kiosk's code and the passkey
                phone.driver.manage().deleteAllCookies();
                phone.login(crew.welderUser(), SiteCrew.PASSWORD);
                checkIn(phone, crew.permitId(), gate, secret);
                assertThat(phone.find(By.cssSelector(".op-success h1")).getText()).isEqualTo("签到成功");
                phone.screenshot("passkey-06-checked-in");
            } finally {
                api.call("PUT", admin, "/api/v1/companies/" + companyId + "/policy", "{\"checkInIdentity\":\"NONE\"}");
            }
        }
    }

    private static void checkIn(Browser phone, String permitId, String gate, String secret) {
        phone.open("/onsite/check-in?permit=" + permitId);
        phone.wait.until(d -> !d.findElement(By.id("latitude")).getAttribute("value").isEmpty());
        phone.type(By.id("checkpointCode"), gate);
        phone.type(By.id("proof"), Totp.code(secret, Totp.step(Instant.now())));
        phone.tap(By.cssSelector("button[type=submit].op-big"));
        phone.wait.until(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".op-success")),
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".op-refusal"))));
    }
}
