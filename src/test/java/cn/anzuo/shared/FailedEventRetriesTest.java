package cn.anzuo.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.ResubmissionOptions;

/** Failed listeners run again within minutes on a node that never restarts, but not while the overload lasts. */
class FailedEventRetriesTest {

    @Test
    void failed_publications_older_than_the_settling_time_are_resubmitted_in_batches() {
        List<ResubmissionOptions> asked = new ArrayList<>();
        new FailedEventRetries(asked::add).retry();

        assertThat(asked).singleElement().satisfies(options -> {
            assertThat(options.getMinAge()).isEqualTo(Duration.ofSeconds(30));
            assertThat(options.getBatchSize()).isPositive();
            assertThat(options.getMaxInFlight()).isPositive();
        });
    }
}
