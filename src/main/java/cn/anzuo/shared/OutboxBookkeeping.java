package cn.anzuo.shared;

import java.sql.DatabaseMetaData;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * On PostgreSQL, the event registry's own bookkeeping commits without waiting for the disk (ADR 0095). Each module
 * listener costs the publishing transaction one row, then two transactions of its own that only stamp that row
 * ({@code markProcessing} before the listener, {@code markCompleted} after it), each waiting for its WAL flush: four of
 * the seven flushes of a permit submission. Losing such a stamp in a crash changes nothing the outbox promises: the
 * publication stays incomplete and runs again, as it does when the node dies between the listener's commit and the
 * stamp today. The publication row itself, the listener's work and {@code markFailed} stay durable.
 */
@Component
class OutboxBookkeeping implements BeanPostProcessor {

    static final Set<String> STAMPS = Set.of("markProcessing", "markCompleted");

    private final ObjectProvider<DataSource> dataSource;
    private volatile Boolean postgres;
    private volatile JdbcTemplate jdbc; // built on first use: a BeanPostProcessor is created before the DataSource

    OutboxBookkeeping(ObjectProvider<DataSource> dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof EventPublicationRepository)) {
            return bean;
        }
        ProxyFactory proxy = new ProxyFactory(bean);
        proxy.addInterface(EventPublicationRepository.class);
        proxy.addAdvice((MethodInterceptor) invocation -> {
            if (STAMPS.contains(invocation.getMethod().getName())) {
                withoutWaitingForTheDisk();
            }
            return invocation.proceed();
        });
        return proxy.getProxy(bean.getClass().getClassLoader());
    }

    /** {@code set local}: for the rest of the current (bookkeeping) transaction only. */
    private void withoutWaitingForTheDisk() {
        if (TransactionSynchronizationManager.isActualTransactionActive() && postgres()) {
            jdbc().execute("set local synchronous_commit to off");
        }
    }

    private JdbcTemplate jdbc() {
        JdbcTemplate built = jdbc;
        if (built == null) {
            built = new JdbcTemplate(dataSource.getObject());
            jdbc = built;
        }
        return built;
    }

    private boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            try {
                known = JdbcUtils.extractDatabaseMetaData(dataSource.getObject(),
                        DatabaseMetaData::getDatabaseProductName).toLowerCase(Locale.ROOT).contains("postgres");
            } catch (MetaDataAccessException unknown) {
                return false; // asked again next time
            }
            postgres = known;
        }
        return known;
    }
}
