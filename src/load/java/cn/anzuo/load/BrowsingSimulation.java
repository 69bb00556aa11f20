package cn.anzuo.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * The read side under people's load (issue 16): each arriving user opens the home page, the permit list, the
 * approvals inbox, the worker search and the site board with one second of think time between pages. Open model:
 * {@code -Dload.users=200} concurrent users are {@code users / 5} arrivals per second (each stays ≈ 5 s), for
 * {@code -Dload.seconds=60}; about {@code users} pages per second in all. Fails when p99 exceeds 100 ms.
 *
 * The pages are the server-rendered ones a browser gets (full pages, not htmx fragments), each as the person who
 * uses it: home and permit list as {@code leader}, inbox as {@code unit}, worker search and site board as
 * {@code safety}; signed in once, before the run. The worker search types one common surname ({@code -Dload.q=张}).
 * Against the bulk generator's group: {@code -Dload.leader=bulk-001-leader -Dload.approver=bulk-001-approver
 * -Dload.officer=bulk-001-approver -Dload.site=S1 -Danzuo.password=bulk-password}.
 */
public class BrowsingSimulation extends Simulation {

    final int users = Integer.getInteger("load.users", 200);
    final int seconds = Integer.getInteger("load.seconds", 60);
    final String q = System.getProperty("load.q", "张");

    final String leader = Anzuo.session(Anzuo.LEADER);
    final String unit = Anzuo.session(Anzuo.APPROVER);
    final String safety = Anzuo.session(Anzuo.OFFICER);
    final String site = Anzuo.site(Anzuo.token(Anzuo.LEADER)).id();

    static ChainBuilder page(String name, String path, String cookie) {
        return exec(http(name).get(path).header("Cookie", cookie)
                .check(status().is(200), substring("name=\"password\"").notExists()))
                .exec(pause(Duration.ofSeconds(1)));
    }

    private static ChainBuilder exec(io.gatling.javaapi.http.HttpRequestActionBuilder request) {
        return io.gatling.javaapi.core.CoreDsl.exec(request);
    }

    final ScenarioBuilder browse = scenario("browse").exec(
            page("home /", "/", leader),
            page("permit list /permits", "/permits", leader),
            page("approvals inbox /approvals", "/approvals", unit),
            page("worker search /qualification/workers?q", "/qualification/workers?q=" + Anzuo.enc(q), safety),
            page("site board /onsite/board/{site}", "/onsite/board/" + site, safety));

    {
        setUp(browse.injectOpen(constantUsersPerSec(users / 5.0).during(seconds)))
                .protocols(http.baseUrl(Anzuo.URL).disableFollowRedirect().shareConnections())
                .assertions(global().responseTime().percentile(99.0).lte(100));
    }
}
