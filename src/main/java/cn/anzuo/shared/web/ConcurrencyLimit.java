package cn.anzuo.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most {@code anzuo.web.max-concurrent-requests} requests are worked on at once; one more waits up to
 * {@code anzuo.web.busy-wait} for its turn, else it is answered 503 {@code SERVICE_BUSY} with {@code Retry-After}
 * at once. Tomcat takes on far more requests at once than the node can serve (up to its 200 threads), and past
 * saturation each one started would take CPU and then wait for a pooled connection until it timed out: the node did
 * work for nobody and answered no one in time (ADR 0086).
 * Refused requests cost nothing, so the ones let in keep their pace.
 *
 * Not limited: static files, health checks, and what devices send (gas readings, camera and face events) — an
 * alarm must get through a busy node.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10) // before the session and security filters, which read the database
class ConcurrencyLimit extends OncePerRequestFilter {

    private static final List<String> UNLIMITED = List.of("/actuator/", "/api/v1/telemetry", "/api/v1/devices/");

    private final Semaphore permits;
    private final Duration wait;
    private final ProblemResponses problems;

    ConcurrencyLimit(@Value("${anzuo.web.max-concurrent-requests:20}") int limit,
            @Value("${anzuo.web.busy-wait:PT1S}") Duration wait, ProblemResponses problems) {
        this.permits = new Semaphore(limit, true);
        this.wait = wait;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return StaticFiles.isStatic(path) || UNLIMITED.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean admitted;
        try {
            admitted = permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            response.setHeader(HttpHeaders.RETRY_AFTER, ProblemHandler.RETRY_AFTER_SECONDS);
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "SERVICE_BUSY");
            } else {
                response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
            }
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }
}
