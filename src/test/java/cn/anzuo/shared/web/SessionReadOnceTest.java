package cn.anzuo.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import cn.anzuo.support.AnzuoTest;
import jakarta.servlet.Filter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A page view reads its session from the database once, although Spring Session commits it twice (when the view
 * flushes the response and when its filter ends). The store here is the application's: the JDBC repository (spied
 * on, to count its reads) behind the same wrapper.
 */
@AnzuoTest
class SessionReadOnceTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    JdbcIndexedSessionRepository database;
    SessionTouchThrottle.Repository sessions;
    Session stored;
    final List<String> seen = new ArrayList<>();

    @BeforeEach
    void aStoredSession() {
        database = spy(new JdbcIndexedSessionRepository(jdbc, new TransactionTemplate(transactions)));
        sessions = new SessionTouchThrottle.Repository(database, Duration.ofMinutes(1));
        stored = sessions.createSession();
        stored.setAttribute("who", "leader");
        sessions.save(stored);
    }

    @Test
    void a_page_whose_view_flushes_the_response_reads_its_session_once() throws Exception {
        view(new SessionReadOnce.Scope(), new SessionRepositoryFilter<>(sessions));

        assertThat(seen).containsExactly("leader");
        verify(database, times(1)).findById(stored.getId());
    }

    @Test
    void without_it_spring_session_reads_the_same_session_a_second_time() throws Exception {
        view(new SessionRepositoryFilter<>(sessions));

        assertThat(seen).containsExactly("leader");
        verify(database, times(2)).findById(stored.getId());
    }

    @Test
    void a_session_signed_out_in_the_request_is_not_answered_from_memory() throws Exception {
        MockHttpServletRequest request = pageRequest();
        new MockFilterChain(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse resp) {
                req.getSession(false).invalidate();
                assertThat(sessions.findById(stored.getId())).isNull();
            }
        }, new SessionReadOnce.Scope(), new SessionRepositoryFilter<>(sessions)).doFilter(request,
                new MockHttpServletResponse());

        assertThat(sessions.findById(stored.getId())).isNull();
    }

    void view(Filter... filters) throws Exception {
        HttpServlet page = new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                HttpSession session = req.getSession(false);
                seen.add((String) session.getAttribute("who"));
                resp.getWriter().write("<html>…</html>");
                resp.flushBuffer(); // as a rendered view does: Spring Session commits the session here
            }
        };
        new MockFilterChain(page, Stream.of(filters).toArray(Filter[]::new)).doFilter(pageRequest(),
                new MockHttpServletResponse());
    }

    MockHttpServletRequest pageRequest() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/permits");
        request.setCookies(new Cookie("SESSION",
                Base64.getEncoder().encodeToString(stored.getId().getBytes(StandardCharsets.UTF_8))));
        return request;
    }
}
