package cn.anzuo.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Function;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.Session;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request reads its session from the database once. Spring Session commits the session when the response is
 * committed (every page's view flushes it) and again when its filter ends; the second commit forgets which session
 * the request came with and reads it again, a query and a transaction per page for the same row (docs/benchmarks.md,
 * "Ninth look"). This filter, just before Spring Session's, remembers the session found for the request's id until
 * the request ends; the store answers a second lookup of that id with it. A session whose id changed (sign-in) or
 * that was deleted (sign-out) is looked up again.
 */
@Configuration(proxyBeanMethods = false)
class SessionReadOnce {

    private static final ThreadLocal<Found> FOUND = new ThreadLocal<>();

    /** The session {@code read} finds for {@code id}, read once per request. */
    static <S extends Session> S findById(String id, Function<String, S> read) {
        Found found = FOUND.get();
        if (found == null) {
            return read.apply(id);
        }
        if (found.session != null && id.equals(found.id) && id.equals(found.session.getId())) {
            @SuppressWarnings("unchecked")
            S same = (S) found.session;
            return same;
        }
        S session = read.apply(id);
        found.id = id;
        found.session = session;
        return session;
    }

    static void forget(String id) {
        Found found = FOUND.get();
        if (found != null && id.equals(found.id)) {
            found.session = null;
        }
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> sessionReadOnceFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Scope());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }

    /** What the request found: mutable, because the filter binds it before anything is found. */
    private static final class Found {
        String id;
        Session session;
    }

    /** Binds the request's memory for the length of the request, around Spring Session's filter. */
    static final class Scope extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            FOUND.set(new Found());
            try {
                chain.doFilter(request, response);
            } finally {
                FOUND.remove();
            }
        }
    }
}
