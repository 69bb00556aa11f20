package cn.anzuo.shared.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Writes a session's last-access time at most once per {@code anzuo.web.session-touch-interval} (a minute). Spring
 * Session stamps every request on the session, and the JDBC store turns that stamp into an {@code update} and a
 * commit per page: one write transaction for every read, a tenth of a page's CPU under load (docs/benchmarks.md
 * "Load"). A session's expiry is then exact to within that interval: it may end up to a minute before its idle
 * timeout, never after. Attribute changes (sign-in, CSRF token, form guards) are saved at once, as before.
 */
@Configuration(proxyBeanMethods = false)
class SessionTouchThrottle {

    static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(1);

    @Bean
    static BeanPostProcessor sessionTouchThrottling(Environment environment) {
        Duration interval = Binder.get(environment).bind("anzuo.web.session-touch-interval", Duration.class)
                .orElse(DEFAULT_INTERVAL);
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository jdbc ? new Repository(jdbc, interval) : bean;
            }
        };
    }

    /**
     * The JDBC repository, handing out sessions whose access stamp is throttled (they are unwrapped to be saved), each
     * read once per request ({@link SessionReadOnce}).
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static final class Repository implements FindByIndexNameSessionRepository<Session>, DisposableBean {

        private final JdbcIndexedSessionRepository delegate;
        private final Duration interval;

        Repository(JdbcIndexedSessionRepository delegate, Duration interval) {
            this.delegate = delegate;
            this.interval = interval;
        }

        @Override
        public Session createSession() {
            return delegate.createSession();
        }

        @Override
        public void save(Session session) {
            ((FindByIndexNameSessionRepository) delegate).save(
                    session instanceof Throttled throttled ? throttled.delegate : session);
        }

        @Override
        public Session findById(String id) {
            return SessionReadOnce.findById(id, this::read);
        }

        private Session read(String id) {
            Session session = delegate.findById(id);
            return session == null ? null : new Throttled(session, interval);
        }

        @Override
        public void deleteById(String id) {
            SessionReadOnce.forget(id);
            delegate.deleteById(id);
        }

        @Override
        public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return (Map) delegate.findByIndexNameAndIndexValue(indexName, indexValue);
        }

        @Override
        public void destroy() {
            delegate.destroy();
        }
    }

    /** A stored session that keeps its last-access time until the new one is at least the interval later. */
    record Throttled(Session delegate, Duration interval) implements Session {

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (!lastAccessedTime.isBefore(delegate.getLastAccessedTime().plus(interval))) {
                delegate.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override public String getId() { return delegate.getId(); }
        @Override public String changeSessionId() { return delegate.changeSessionId(); }
        @Override public <T> T getAttribute(String name) { return delegate.getAttribute(name); }
        @Override public Set<String> getAttributeNames() { return delegate.getAttributeNames(); }
        @Override public void setAttribute(String name, Object value) { delegate.setAttribute(name, value); }
        @Override public void removeAttribute(String name) { delegate.removeAttribute(name); }
        @Override public Instant getCreationTime() { return delegate.getCreationTime(); }
        @Override public Instant getLastAccessedTime() { return delegate.getLastAccessedTime(); }
        @Override public void setMaxInactiveInterval(Duration interval) { delegate.setMaxInactiveInterval(interval); }
        @Override public Duration getMaxInactiveInterval() { return delegate.getMaxInactiveInterval(); }
        @Override public boolean isExpired() { return delegate.isExpired(); }
    }
}
