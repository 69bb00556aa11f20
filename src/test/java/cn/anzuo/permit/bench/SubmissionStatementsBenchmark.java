package cn.anzuo.permit.bench;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.permit.PermitFixtures;
import cn.anzuo.permit.domain.HolidayCalendar;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.PublicationRegistry;
import cn.anzuo.support.StatementCount;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a permit submission asks the database, statement by statement (H2's query statistics): the submission's
 * request and the module listeners it wakes, per submission. Deterministic where CPU figures are noisy, so a change
 * that reads less shows as a count. Run: {@code ./mvnw test -Dsurefire.excludedGroups= -Dgroups=benchmark
 * -Dtest=SubmissionStatementsBenchmark}.
 */
@AnzuoTest
@Tag("benchmark")
class SubmissionStatementsBenchmark {

    static final int WARM_UP = 5;
    static final int MEASURED = Integer.getInteger("bench.submissions", 40);

    @Autowired ApiClient api;
    @Autowired HolidayCalendar holidays;
    @Autowired JdbcClient jdbc;

    @Test
    void statements_per_submission() throws Exception {
        PermitFixtures f = new PermitFixtures(api, holidays);
        PermitFixtures.Crew crew = f.crew("语句焊工", "语句监护");
        List<String> bodies = new java.util.ArrayList<>();
        for (int i = 0; i < WARM_UP + MEASURED; i++) { // built before counting: the fixture reads the catalogue
            bodies.add(body(f, crew, i));
        }
        for (int i = 0; i < WARM_UP; i++) {
            submit(bodies.get(i));
        }
        awaitListeners();
        StatementCount count = new StatementCount(jdbc);
        count.start();
        for (int i = 0; i < MEASURED; i++) {
            submit(bodies.get(WARM_UP + i));
        }
        awaitListeners();
        count.stopAndPrint("submission", MEASURED);
    }

    String body(PermitFixtures f, PermitFixtures.Crew crew, int i) throws Exception {
        OffsetDateTime start = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofDays(2 + i))
                .atOffset(ZoneOffset.ofHours(8)).withHour(9);
        return f.request("HOT_WORK", "LEVEL_2", start, start.plusHours(2), crew.welder(), List.of(crew.welder()),
                crew.guardian(), null);
    }

    void submit(String body) throws Exception {
        api.post("leader", "/api/v1/permits", body).andExpect(status().isCreated());
    }

    void awaitListeners() throws InterruptedException {
        PublicationRegistry.awaitDrained(jdbc, Duration.ofSeconds(10));
    }
}
