package cn.anzuo.organization.security;

import cn.anzuo.organization.domain.UserAccountRepository;
import cn.anzuo.shared.web.ProblemResponses;
import cn.anzuo.shared.web.StaticFiles;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two ways in: bearer tokens for {@code /api/**} (stateless, no CSRF) and form login with a session
 * and CSRF for pages. Roles are checked on each controller method ({@code @PreAuthorize}), companies
 * in the modules' services.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "font-src 'self'; connect-src 'self'; media-src 'self' blob:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /** Swagger UI sets inline styles itself; its scripts still come only from us. */
    static final String CSP_SWAGGER = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    /**
     * No Micrometer observation around each security filter and each authorisation (ADR 0090): they cost 5-7 % of
     * a page's CPU under load and nobody reads them; the request itself is still observed ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecretKey tokenKey(SecurityProperties properties) {
        byte[] bytes;
        if (properties.tokenSecret() == null || properties.tokenSecret().isBlank()) {
            log.warn("anzuo.security.token-secret (ANZUO_TOKEN_SECRET) is not set: API tokens use a random key and end "
                    + "with this process. Set it on every node of a cluster.");
            bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
        } else {
            bytes = Base64.getDecoder().decode(properties.tokenSecret().trim());
            if (bytes.length < 32) {
                throw new IllegalStateException("anzuo.security.token-secret must decode to at least 32 bytes");
            }
        }
        return new SecretKeySpec(bytes, "HmacSHA256");
    }

    @Bean
    JwtEncoder jwtEncoder(SecretKey tokenKey) {
        return new NimbusJwtEncoder(new ImmutableSecret<>(tokenKey));
    }

    @Bean
    JwtDecoder jwtDecoder(SecretKey tokenKey) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(tokenKey).macAlgorithm(MacAlgorithm.HS256).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(TokenService.ISSUER));
        return decoder;
    }

    /** Accounts by username, for passkey sign-in (Spring's WebAuthn support asks for this bean). */
    @Bean
    UserDetailsService accountDetailsService(UserAccountRepository users) {
        return username -> users.findByUsername(username)
                .map(account -> new AccountDetails(account, users.signInAllowed(account.id())))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    @Bean
    ThrottledAuthenticationProvider throttledAuthenticationProvider(
            UserAccountRepository users, PasswordEncoder passwords, LoginThrottle throttle) {
        return new ThrottledAuthenticationProvider(users, passwords, throttle);
    }

    @Bean
    AuthenticationManager authenticationManager(ThrottledAuthenticationProvider provider) {
        return new ProviderManager(provider);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, UserAccountRepository users, ProblemResponses problems)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers("/api/v1/auth/token").permitAll()
                        // devices sign each request with their own secret, checked by the telemetry controller
                        .requestMatchers("/api/v1/telemetry", "/api/v1/telemetry/events", "/api/v1/devices/face-events").permitAll()
                        .anyRequest().authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .oauth2ResourceServer(oauth -> oauth
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new BearerUserConverter(users)))
                        .authenticationEntryPoint((req, res, e) -> problems.write(req, res, HttpStatus.UNAUTHORIZED,
                                "UNAUTHENTICATED"))
                        .accessDeniedHandler((req, res, e) -> problems.write(req, res, HttpStatus.FORBIDDEN, "FORBIDDEN")))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((req, res, e) -> problems.write(req, res, HttpStatus.UNAUTHORIZED,
                                "UNAUTHENTICATED"))
                        .accessDeniedHandler((req, res, e) -> problems.write(req, res, HttpStatus.FORBIDDEN, "FORBIDDEN")));
        securityHeaders(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, AuthenticationManager authenticationManager,
            WebAuthnRelyingPartyOperations relyingParty, UserDetailsService accounts) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(StaticFiles.PATTERNS).permitAll()
                        .requestMatchers("/login", "/manifest.webmanifest", "/error", "/actuator/health",
                                "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                                "/swagger-ui/**",
                                // paired kiosks: no login, the device cookie is checked by the kiosk controller (ADR 0030)
                                "/kiosk/pair", "/kiosk/screen", "/kiosk/screen/qr.png")
                        .permitAll()
                        .anyRequest().authenticated())
                .authenticationManager(authenticationManager)
                .formLogin(form -> form.loginPage("/login")
                        .failureHandler((req, res, e) -> res.sendRedirect(req.getContextPath()
                                + (e instanceof TooManyAttempts ? "/login?locked" : "/login?error")))
                        .permitAll())
                // passkeys (ADR 0075): POST /webauthn/authenticate/options, POST /login/webauthn,
                // POST /webauthn/register/options and /webauthn/register; our own pages, not Spring's generated ones
                .webAuthn(webAuthn -> webAuthn.disableDefaultRegistrationPage(true)
                        // sessions are in the database: the registration's options must be serialisable (ADR 0082)
                        .creationOptionsRepository(new SessionCreationOptions())
                        .withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
                            @Override
                            public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationManager(
                                        new ProviderManager(new PasskeySignInProvider(relyingParty, accounts)));
                                filter.setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
                                return filter;
                            }
                        }))
                .requestCache(cache -> cache.requestCache(pageRequestCache()))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"));
        securityHeaders(http);
        return http.build();
    }

    /** After login, return to the page asked for, never to an htmx fragment such as a polling badge. */
    private static HttpSessionRequestCache pageRequestCache() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(request -> "GET".equals(request.getMethod()) && request.getHeader("HX-Request") == null);
        return cache;
    }

    private static void securityHeaders(HttpSecurity http) throws Exception {
        RequestMatcher swagger = new OrRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"));
        HeaderWriter strict = new StaticHeadersWriter("Content-Security-Policy", CSP);
        HeaderWriter relaxed = new StaticHeadersWriter("Content-Security-Policy", CSP_SWAGGER);
        http.headers(headers -> headers
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(ref -> ref.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swagger), strict))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swagger, relaxed))
                .addHeaderWriter(new StaticHeadersWriter(
                        "Permissions-Policy", "camera=(self), geolocation=(self), microphone=(), payment=()")));
    }
}
