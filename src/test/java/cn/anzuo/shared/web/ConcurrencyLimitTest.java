package cn.anzuo.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.support.AnzuoTest;
import jakarta.servlet.FilterChain;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Issue 16 / ADR 0086: past the limit a request is refused at once with 503, and devices are never refused. */
@AnzuoTest
class ConcurrencyLimitTest {

    @Autowired ProblemResponses problems;

    @Test
    void a_request_past_the_limit_is_503_SERVICE_BUSY_and_the_next_one_gets_in_once_a_place_is_free() throws Exception {
        ConcurrencyLimit limit = new ConcurrencyLimit(1, Duration.ofMillis(50), problems);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread busy = Thread.ofVirtual().start(() -> {
            try {
                limit.doFilter(request("/api/v1/permits"), new MockHttpServletResponse(), (req, res) -> {
                    inside.countDown();
                    await(release);
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

        MockHttpServletResponse refused = new MockHttpServletResponse();
        AtomicInteger served = new AtomicInteger();
        limit.doFilter(request("/api/v1/permits"), refused, counting(served));
        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("5");
        assertThat(refused.getContentAsString()).contains("SERVICE_BUSY");
        assertThat(served).hasValue(0);

        MockHttpServletResponse reading = new MockHttpServletResponse();
        limit.doFilter(request("/api/v1/telemetry"), reading, counting(served));
        assertThat(served).as("a gas reading is never refused").hasValue(1);

        release.countDown();
        busy.join();
        limit.doFilter(request("/api/v1/permits"), new MockHttpServletResponse(), counting(served));
        assertThat(served).hasValue(2);
    }

    @Test
    void a_page_past_the_limit_gets_the_503_error_page() throws Exception {
        ConcurrencyLimit limit = new ConcurrencyLimit(0, Duration.ZERO, problems);
        MockHttpServletResponse refused = new MockHttpServletResponse();
        limit.doFilter(request("/permits"), refused, counting(new AtomicInteger()));
        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getErrorMessage()).isNull();
    }

    static MockHttpServletRequest request(String path) {
        return new MockHttpServletRequest("GET", path);
    }

    static FilterChain counting(AtomicInteger served) {
        return (req, res) -> served.incrementAndGet();
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
