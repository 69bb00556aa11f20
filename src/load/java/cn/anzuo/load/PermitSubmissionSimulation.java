package cn.anzuo.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.incrementUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.jayway.jsonpath.JsonPath;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Permit submission through the qualification gate (issue 16), open model: new submissions arrive at a fixed
 * rate whether or not earlier ones have been answered, so queueing shows in the latency.
 *
 * <ul>
 *   <li>{@code -Dload.mode=fixed} (default): {@code -Dload.rate=100} submissions/s for {@code -Dload.seconds=60};
 *       the run fails when p99 exceeds 50 ms or any submission is refused.</li>
 *   <li>{@code -Dload.mode=ramp}: from {@code -Dload.rate} up by {@code -Dload.step=100}/s, {@code -Dload.steps=6}
 *       levels of {@code -Dload.seconds=20} each: the level where p99 and errors break away is the saturation rate.</li>
 * </ul>
 *
 * Each submission is the demo leader's level-2 hot work at TF-01 (every Annex A measure applicable) on a random weekday
 * 1–300 days ahead, 2 hours in daytime, by one of {@code -Dload.crews=40} welders (certificate 2.1, also leading) and
 * one of as many guardians, registered by the safety officer before the run ({@code -Dload.crews=0}: 郑海 and 吴刚 on
 * every permit, whose history then grows with the run); the whole gate runs (crew of the company,
 * guardian not busy elsewhere, certificates valid for the window, validity cap, level, measures), then the permit,
 * its number and its approval steps are written.
 */
public class PermitSubmissionSimulation extends Simulation {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    final String mode = System.getProperty("load.mode", "fixed");
    final int rate = Integer.getInteger("load.rate", 100);
    final int seconds = Integer.getInteger("load.seconds", "ramp".equals(mode) ? 20 : 60);
    final int step = Integer.getInteger("load.step", 100);
    final int steps = Integer.getInteger("load.steps", 6);

    final String token = Anzuo.token(Anzuo.LEADER);
    final String safety = Anzuo.token(Anzuo.OFFICER);
    final Anzuo.Site place = Anzuo.site(token);
    final String site = place.id();
    final int crews = Integer.getInteger("load.crews", 40);
    final String company = place.companyId();
    final List<String> welders = crews == 0 ? List.of(worker("郑海"))
            : IntStream.range(0, crews).mapToObj(i -> Anzuo.certifiedWorker(safety, company, "负载焊工" + i, "2.1"))
                    .toList();
    final List<String> guardians = crews == 0 ? List.of(worker("吴刚"))
            : IntStream.range(0, crews).mapToObj(i -> Anzuo.certifiedWorker(safety, company, "负载监护" + i, "GUARDIAN"))
                    .toList();
    final String measures = JsonPath.<List<String>>read(Anzuo.get(token, "/api/v1/catalog/work-types"),
                    "$[?(@.type == 'HOT_WORK')].measures[*].code").stream()
            .map(c -> "{\"code\":\"" + c + "\",\"applicable\":true}").collect(Collectors.joining(",", "[", "]"));

    String worker(String name) {
        return JsonPath.<List<String>>read(Anzuo.get(safety, "/api/v1/workers?q=" + Anzuo.enc(name)), "$.items[*].id")
                .getFirst();
    }

    /**
     * A daytime window on a weekday ahead (a holiday only upgrades the level, the gate runs the same) and a crew:
     * one of the welders (who also leads) and one of the guardians.
     */
    Map<String, Object> submission() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate day = LocalDate.now(SHANGHAI).plusDays(1 + random.nextInt(300));
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        var start = day.atTime(LocalTime.of(8 + random.nextInt(8), 0)).atZone(SHANGHAI).toOffsetDateTime();
        return Map.of("start", start.toString(), "end", start.plusHours(2).toString(),
                "welder", welders.get(random.nextInt(welders.size())),
                "guardian", guardians.get(random.nextInt(guardians.size())));
    }

    final Iterator<Map<String, Object>> windows = Stream.generate(this::submission).iterator();

    final ScenarioBuilder submit = scenario("submit permit").feed(windows).exec(
            http("POST /api/v1/permits").post("/api/v1/permits")
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .body(StringBody("""
                            {"type":"HOT_WORK","level":"LEVEL_2","siteId":"%s","location":"T-201 出口管线法兰",
                             "content":"更换垫片,电焊(负载测试)","plannedStart":"#{start}","plannedEnd":"#{end}",
                             "leaderId":"#{welder}","workerIds":["#{welder}"],"guardianId":"#{guardian}",
                             "hazards":"可燃气体泄漏、火灾","emergencyMeasures":"配备灭火器 2 具,设警戒区","measures":%s}"""
                            .formatted(site, measures)))
                    .check(status().is(201), jsonPath("$.status").is("PENDING_APPROVAL")));

    {
        if ("ramp".equals(mode)) {
            setUp(submit.injectOpen(incrementUsersPerSec(step).times(steps).eachLevelLasting(seconds)
                            .separatedByRampsLasting(2).startingFrom(rate)))
                    .protocols(http.baseUrl(Anzuo.URL).shareConnections());
        } else {
            setUp(submit.injectOpen(constantUsersPerSec(rate).during(seconds)))
                    .protocols(http.baseUrl(Anzuo.URL).shareConnections())
                    .assertions(global().responseTime().percentile(99.0).lte(50),
                            global().failedRequests().count().is(0L));
        }
    }
}
