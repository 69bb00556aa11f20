package cn.anzuo.support;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The event publication registry as benchmarks wait on it: until every listener has completed what it was handed. */
public final class PublicationRegistry {

    private PublicationRegistry() {}

    /** Returns once no publication is incomplete, or after {@code atMost} (the caller's figures then say so). */
    public static void awaitDrained(JdbcClient jdbc, Duration atMost) throws InterruptedException {
        long until = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < until) {
            Integer open = jdbc.sql("select count(*) from event_publication where completion_date is null")
                    .query(Integer.class).single();
            if (open == 0) {
                return;
            }
            Thread.sleep(50);
        }
    }
}
