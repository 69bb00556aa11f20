package cn.anzuo.permit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.anzuo.support.AnzuoTest;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * ADR 0097: the system's own change to one permit among many survives someone else saving that permit first, and
 * gives up quietly, without undoing anything else, when it keeps meeting them. "Someone else" is played by a write
 * of the row's version inside the attempt, which the attempt's own save then finds changed.
 */
@AnzuoTest
class PermitChangesTest {

    @Autowired PermitChanges changes;
    @Autowired JdbcClient jdbc;
    @Autowired WorkPermitRepository permits;
    @Autowired PlatformTransactionManager transactions;
    TransactionTemplate inTransaction;

    UUID permitId;

    @BeforeEach
    void aPermit() {
        inTransaction = new TransactionTemplate(transactions);
        permitId = jdbc.sql("select id from work_permit order by created_at limit 1").query(UUID.class).single();
    }

    @Test
    void a_change_that_meets_another_writer_is_made_again_on_the_fresh_copy() {
        long before = version();
        AtomicInteger attempts = new AtomicInteger();

        boolean changed = changes.change(permitId, "test", permit -> {
            if (attempts.incrementAndGet() == 1) {
                anotherWriterSaves();
            }
            return true;
        });

        assertThat(changed).isTrue();
        assertThat(attempts).hasValue(2);
        assertThat(version()).as("saved once, by the second attempt").isEqualTo(before + 1);
    }

    @Test
    void a_change_that_keeps_meeting_other_writers_is_given_up_without_an_exception() {
        long before = version();
        AtomicInteger attempts = new AtomicInteger();

        boolean changed = changes.change(permitId, "test", permit -> {
            attempts.incrementAndGet();
            anotherWriterSaves();
            return true;
        });

        assertThat(changed).isFalse();
        assertThat(attempts).hasValue(PermitChanges.ATTEMPTS);
        assertThat(version()).as("every attempt rolled back").isEqualTo(before);
    }

    @Test
    void a_change_that_does_not_apply_saves_nothing() {
        long before = version();

        assertThat(changes.change(permitId, "test", permit -> false)).isFalse();
        assertThat(changes.change(UUID.randomUUID(), "test", permit -> true)).as("no such permit").isFalse();
        assertThat(version()).isEqualTo(before);
    }

    @Test
    void a_read_whose_save_meets_another_writer_shows_the_fresh_copy_and_still_commits() {
        long before = version();
        AtomicInteger attempts = new AtomicInteger();

        WorkPermit shown = inTransaction.execute(status -> {
            WorkPermit loaded = permits.findById(permitId).orElseThrow();
            anotherWriterSaves(); // after the read loaded it, before its save
            return changes.changeLoaded(loaded, "test", permit -> attempts.incrementAndGet() > 0);
        });

        assertThat(attempts).as("asked again on the fresh copy").hasValue(2);
        assertThat(version()).as("the other writer's save, then the read's own: the read's transaction committed")
                .isEqualTo(before + 2);
        assertThat(shown.id()).isEqualTo(permitId);
    }

    @Test
    void a_change_the_fresh_copy_refuses_answers_with_that_refusal_and_keeps_nothing_of_the_request() {
        long before = version();
        AtomicInteger attempts = new AtomicInteger();
        IllegalStateException voidedMeanwhile = new IllegalStateException("voided by the sweep meanwhile");

        assertThatThrownBy(() -> inTransaction.executeWithoutResult(status -> {
            WorkPermit loaded = permits.findById(permitId).orElseThrow();
            jdbc.sql("update work_permit set location = 'the request wrote this' where id = ?").param(permitId).update();
            anotherWriterSaves();
            changes.changeLoaded(loaded, "check-in", permit -> {
                if (attempts.incrementAndGet() > 1) {
                    throw voidedMeanwhile; // WorkPermit.recordCheckIn on a permit that is VOIDED now
                }
                return true;
            });
        })).isSameAs(voidedMeanwhile);

        assertThat(attempts).as("asked again on the fresh copy, which refused").hasValue(2);
        assertThat(version()).as("the whole request rolled back (here the other writer wrote inside it)")
                .isEqualTo(before);
        assertThat(jdbc.sql("select location from work_permit where id = ?").param(permitId).query(String.class)
                .single()).isNotEqualTo("the request wrote this");
    }

    @Test
    void a_persons_change_that_keeps_meeting_other_writers_answers_with_the_conflict_not_a_silent_no() {
        long before = version();
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> inTransaction.executeWithoutResult(status -> {
            WorkPermit loaded = permits.findById(permitId).orElseThrow();
            changes.changeRequested(loaded, "start", permit -> {
                attempts.incrementAndGet();
                anotherWriterSaves();
                return true;
            });
        })).isInstanceOf(OptimisticLockingFailureException.class);

        assertThat(attempts).hasValue(PermitChanges.ATTEMPTS);
        assertThat(version()).as("the request rolled back").isEqualTo(before);
    }

    void anotherWriterSaves() {
        jdbc.sql("update work_permit set version = version + 1 where id = ?").param(permitId).update();
    }

    long version() {
        return jdbc.sql("select version from work_permit where id = ?").param(permitId).query(Long.class).single();
    }
}
