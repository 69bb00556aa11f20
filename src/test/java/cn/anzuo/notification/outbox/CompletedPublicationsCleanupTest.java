package cn.anzuo.notification.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;

class CompletedPublicationsCleanupTest {

    @Test
    void deletesCompletedPublicationsOlderThanTheRetention() {
        List<Duration> deleted = new ArrayList<>();
        CompletedEventPublications completed = new CompletedEventPublications() {
            @Override
            public Collection<? extends EventPublication> findAll() {
                return List.of();
            }

            @Override
            public void deletePublications(Predicate<EventPublication> filter) {}

            @Override
            public void deletePublicationsOlderThan(Duration duration) {
                deleted.add(duration);
            }
        };
        var beans = new StaticListableBeanFactory();
        beans.addBean("completed", completed);

        new CompletedPublicationsCleanup(beans.getBeanProvider(CompletedEventPublications.class), Duration.ofDays(3))
                .scheduled();

        assertThat(deleted).containsExactly(Duration.ofDays(3));
    }
}
