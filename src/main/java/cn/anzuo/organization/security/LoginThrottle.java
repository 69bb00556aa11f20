package cn.anzuo.organization.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks a username for {@code lockDuration} after {@code maxFailures} failed logins within
 * {@code failureWindow}. Kept in the database so every node of a cluster sees the same lock.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final SecurityProperties properties;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, SecurityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void checkNotLocked(String username) {
        List<Timestamp> lockedUntil = jdbc.sql("select locked_until from login_attempt where username = ?")
                .param(key(username))
                .query(Timestamp.class)
                .list();
        if (!lockedUntil.isEmpty() && lockedUntil.getFirst() != null
                && lockedUntil.getFirst().toInstant().isAfter(clock.instant())) {
            throw new TooManyAttempts();
        }
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String username) {
        String key = key(username);
        Instant now = clock.instant();
        jdbc.sql("insert into login_attempt (username, failures) values (?, 0) on conflict do nothing")
                .param(key)
                .update();
        Attempt attempt = jdbc.sql("select failures, window_start from login_attempt where username = ? for update")
                .param(key)
                .query((rs, n) -> new Attempt(rs.getInt(1), rs.getTimestamp(2)))
                .single();
        boolean windowOpen = attempt.windowStart() != null
                && attempt.windowStart().toInstant().plus(properties.failureWindow()).isAfter(now);
        int failures = windowOpen ? attempt.failures() + 1 : 1;
        Timestamp windowStart = windowOpen ? attempt.windowStart() : Timestamp.from(now);
        if (failures >= properties.maxFailures()) {
            jdbc.sql("update login_attempt set failures = 0, window_start = null, locked_until = ? where username = ?")
                    .params(Timestamp.from(now.plus(properties.lockDuration())), key)
                    .update();
        } else {
            jdbc.sql("update login_attempt set failures = ?, window_start = ? where username = ?")
                    .params(failures, windowStart, key)
                    .update();
        }
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String username) {
        jdbc.sql("delete from login_attempt where username = ?").param(key(username)).update();
    }

    private static String key(String username) {
        String trimmed = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return trimmed.length() > 64 ? trimmed.substring(0, 64) : trimmed;
    }

    private record Attempt(int failures, Timestamp windowStart) {}
}
