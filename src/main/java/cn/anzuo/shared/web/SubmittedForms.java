package cn.anzuo.shared.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The double-submit guard of a form that creates a record (ADR 0082), shared by every node: the form carries a random
 * key, and the first statement of the submitting transaction claims it, so a second submit of the same form (a double
 * tap, the back button, a retry the load balancer sent to another node) waits for the first and then gets its record
 * instead of a second one. A refused submit rolls its claim back, and the corrected form may be sent again. (我要作业
 * kept this as a map in one node's HTTP session.)
 */
@Component
public class SubmittedForms {

    /** How long a submitted key is remembered: far longer than any double tap or retry. */
    static final Duration KEPT = Duration.ofDays(1);

    /**
     * The record the form created: {@code created} is what this call made, null when an earlier submit made it.
     */
    public record Submitted<T>(UUID id, T created) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SubmittedForms(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Creates once per form key: {@code create} runs in the transaction that claims the key; its refusal (a runtime
     * exception) rolls the claim back and propagates. A key that is not a UUID (an old or tampered form) is not
     * guarded. Keys are per user: another user's key is another form.
     */
    public <T> Submitted<T> once(UUID userId, String formKey, Supplier<T> create, Function<T, UUID> idOf) {
        Optional<String> key = normalised(formKey);
        if (key.isEmpty()) {
            T created = create.get();
            return new Submitted<>(idOf.apply(created), created);
        }
        try {
            Submitted<T> submitted = transaction.execute(status -> claimAndCreate(userId, key.get(), create, idOf));
            if (submitted != null) {
                return submitted;
            }
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException racing) {
            // H2 refuses a racing claim instead of waiting for it as PostgreSQL does: the winner has committed by now
        }
        return earlier(userId, key.get()).map(id -> new Submitted<T>(id, null))
                .orElseGet(() -> {
                    T created = create.get();
                    return new Submitted<>(idOf.apply(created), created);
                });
    }

    /** Null when another submit of the form holds the claim (it has committed: this one waited for it). */
    private <T> Submitted<T> claimAndCreate(UUID userId, String key, Supplier<T> create, Function<T, UUID> idOf) {
        Instant now = clock.instant();
        int claimed = jdbc.sql("""
                        insert into submitted_form (form_key, user_id, submitted_at) values (?, ?, ?)
                        on conflict do nothing""")
                .params(key, userId, Timestamp.from(now))
                .update();
        if (claimed == 0) {
            return null;
        }
        jdbc.sql("delete from submitted_form where user_id = ? and submitted_at < ?")
                .params(userId, Timestamp.from(now.minus(KEPT)))
                .update();
        T created = create.get();
        UUID id = idOf.apply(created);
        jdbc.sql("update submitted_form set record_id = ? where form_key = ?").params(id, key).update();
        return new Submitted<>(id, created);
    }

    private Optional<UUID> earlier(UUID userId, String key) {
        return jdbc.sql("select record_id from submitted_form where form_key = ? and user_id = ? and record_id is not null")
                .params(key, userId)
                .query(UUID.class)
                .optional();
    }

    private static Optional<String> normalised(String formKey) {
        try {
            return formKey == null ? Optional.empty() : Optional.of(UUID.fromString(formKey.trim()).toString());
        } catch (IllegalArgumentException notAKey) {
            return Optional.empty();
        }
    }
}
