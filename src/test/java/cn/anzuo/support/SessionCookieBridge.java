package cn.anzuo.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

/**
 * MockMvc tests keep a signed-in user as the {@code MockHttpSession} of the login request and pass it on with
 * {@code .session(…)}. Sessions now live in the database (Spring Session JDBC, ADR 0082) and are found by the
 * {@code SESSION} cookie, which MockMvc does not carry over. This filter, before Spring Session's, keeps that cookie
 * in the mock session and sends it with every request that names the mock session. Mock requests only: a real
 * request (a browser test) passes untouched.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SessionCookieBridge {

    static final String COOKIE = "SESSION";
    static final String KEPT = SessionCookieBridge.class.getName() + ".cookie";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> sessionCookieBridge() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Bridge());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static final class Bridge extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            MockHttpServletRequest mock = WebUtils.getNativeRequest(request, MockHttpServletRequest.class);
            if (mock == null) {
                chain.doFilter(request, response);
                return;
            }
            HttpSession given = mock.getSession(false);
            if (given != null && given.getAttribute(KEPT) instanceof String value && WebUtils.getCookie(mock, COOKIE) == null) {
                Cookie[] cookies = mock.getCookies() == null ? new Cookie[0] : mock.getCookies();
                mock.setCookies(Stream.concat(Arrays.stream(cookies), Stream.of(new Cookie(COOKIE, value)))
                        .toArray(Cookie[]::new));
            }
            chain.doFilter(request, response);
            MockHttpServletResponse mockResponse = WebUtils.getNativeResponse(response, MockHttpServletResponse.class);
            Cookie set = mockResponse == null ? null : mockResponse.getCookie(COOKIE);
            if (set != null) {
                HttpSession session = mock.getSession(true);
                if (set.getMaxAge() == 0 || set.getValue() == null || set.getValue().isEmpty()) {
                    session.removeAttribute(KEPT);
                } else {
                    session.setAttribute(KEPT, set.getValue());
                }
            }
        }
    }
}
