package cn.anzuo.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.data.relational.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reference rows read again and again within one transaction (a company's policy is asked for by five rules of one
 * submission) are read once and remembered until the transaction ends. Nothing outlives the transaction, so two nodes
 * never disagree and a change committed elsewhere is seen by the next transaction. Any aggregate saved or deleted in
 * the transaction empties the memo, so a transaction never reads back what it remembered before its own change.
 * A web request's reads that change nothing (outside a transaction, or in a read-only one such as each call of
 * {@code Organization}) are remembered until the request ends: a page's controller, cards and view each ask for the
 * company. The request's filter ({@link RequestScope}) gives it that memo. A writing transaction inside the request
 * still reads afresh, and a save anywhere in the request empties the request's memo too. Elsewhere, outside a
 * transaction, nothing is remembered.
 */
@Component
public class TransactionMemo {

    private static final Object KEY = TransactionMemo.class;
    private static final String REQUEST_KEY = TransactionMemo.class.getName();
    private static final int SCOPE = RequestAttributes.SCOPE_REQUEST;

    /**
     * The value remembered under {@code key} in this transaction or request, else {@code load}'s (remembered when not
     * null).
     */
    @SuppressWarnings("unchecked")
    public static <V> V remember(Object key, Supplier<V> load) {
        Map<Object, Object> memo = memo();
        if (memo == null) {
            return load.get();
        }
        Object known = memo.get(key);
        if (known != null) {
            return (V) known;
        }
        V loaded = load.get();
        if (loaded != null) {
            memo.put(key, loaded);
        }
        return loaded;
    }

    private static Map<Object, Object> memo() {
        boolean inTransaction = TransactionSynchronizationManager.isActualTransactionActive();
        boolean synchronizing = TransactionSynchronizationManager.isSynchronizationActive();
        if (inTransaction && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return synchronizing ? transactionMemo() : null;
        }
        Map<Object, Object> request = requestMemo();
        if (request != null) {
            return request;
        }
        return inTransaction && synchronizing ? transactionMemo() : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> transactionMemo() {
        Map<Object, Object> memo = (Map<Object, Object>) TransactionSynchronizationManager.getResource(KEY);
        if (memo == null) {
            Map<Object, Object> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(KEY, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
            memo = fresh;
        }
        return memo;
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> requestMemo() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        try {
            return request != null && request.getAttribute(REQUEST_KEY, SCOPE) instanceof Map<?, ?> memo
                    ? (Map<Object, Object>) memo : null;
        } catch (IllegalStateException requestAlreadyCompleted) {
            return null;
        }
    }

    static void forget() {
        if (TransactionSynchronizationManager.hasResource(KEY)) {
            ((Map<?, ?>) TransactionSynchronizationManager.getResource(KEY)).clear();
        }
        Map<Object, Object> request = requestMemo();
        if (request != null) {
            request.clear();
        }
    }

    /** Gives each request that passes the servlet filters its memo, before security reads the user's company. */
    @Bean
    static FilterRegistrationBean<OncePerRequestFilter> requestMemoScope() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new RequestScope());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    static final class RequestScope extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            request.setAttribute(REQUEST_KEY, new HashMap<>());
            try {
                chain.doFilter(request, response);
            } finally {
                request.removeAttribute(REQUEST_KEY);
            }
        }
    }

    @EventListener
    void saved(AfterSaveEvent<?> event) {
        forget();
    }

    @EventListener
    void deleted(AfterDeleteEvent<?> event) {
        forget();
    }
}
