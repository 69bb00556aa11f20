package cn.anzuo.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.support.AnzuoTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.session.MapSession;
import org.springframework.session.Session;

/** A page view stamps the session in the database at most once a minute; attribute changes are saved at once. */
@AnzuoTest
class SessionTouchThrottleTest {

    @Autowired ApplicationContext context;

    @Test
    void a_stamp_within_the_interval_is_kept_in_memory_and_one_at_the_interval_is_taken() {
        Instant stored = Instant.parse("2026-12-01T08:00:00Z");
        MapSession session = new MapSession();
        session.setLastAccessedTime(stored);
        var throttled = new SessionTouchThrottle.Throttled(session, Duration.ofMinutes(1));

        throttled.setLastAccessedTime(stored.plusSeconds(59));
        assertThat(session.getLastAccessedTime()).isEqualTo(stored);

        throttled.setLastAccessedTime(stored.plusSeconds(60));
        assertThat(session.getLastAccessedTime()).isEqualTo(stored.plusSeconds(60));
    }

    @Test
    void the_application_saves_a_touch_within_a_minute_without_writing_it_and_saves_attributes() {
        // The bean Spring Session's filter uses: the JDBC repository, wrapped.
        assertThat(context.getBean("sessionRepository")).isInstanceOf(SessionTouchThrottle.Repository.class);
        var sessions = (SessionTouchThrottle.Repository) context.getBean("sessionRepository");
        Session created = sessions.createSession();
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        created.setLastAccessedTime(start);
        sessions.save(created);

        Session read = sessions.findById(created.getId());
        read.setLastAccessedTime(start.plusSeconds(30));
        read.setAttribute("form", "guard");
        sessions.save(read);
        Session again = sessions.findById(created.getId());
        assertThat(again.getLastAccessedTime()).isEqualTo(start);
        assertThat(again.<String>getAttribute("form")).isEqualTo("guard");

        again.setLastAccessedTime(start.plusSeconds(61));
        sessions.save(again);
        assertThat(sessions.findById(created.getId()).getLastAccessedTime()).isEqualTo(start.plusSeconds(61));
        sessions.deleteById(created.getId());
        assertThat(sessions.findById(created.getId())).isNull();
    }
}
