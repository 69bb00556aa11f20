package cn.anzuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.support.TestClockConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * What each worker page costs on the wire, measured in chromium on a 390 × 844 phone with the Resource
 * Timing API ({@code transferSize}: headers and compressed body of every response, 0 for a file taken from
 * the browser's cache). First visit: the browser cache is emptied (CDP {@code Network.clearBrowserCache})
 * right before the page is opened; repeat visit: the same page opened again. The budgets are the goal of
 * issue 10: at most 60 KB for a first visit, 15 KB for a repeat visit. The figures go to
 * target/benchmarks/page-weight.txt and into docs/benchmarks.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"anzuo.demo.enabled=true",
        "anzuo.scheduling.enabled=false", SiteCrew.OWN_DATABASE})
@Import(TestClockConfig.class)
class PageWeightTest {

    static final long FIRST_VISIT_BUDGET = 60 * 1024;
    static final long REPEAT_VISIT_BUDGET = 15 * 1024;

    static final String TRANSFERS = """
            const nav = performance.getEntriesByType('navigation')[0];
            const rows = [['page', nav.transferSize]];
            for (const r of performance.getEntriesByType('resource')) rows.push([r.name, r.transferSize]);
            return rows;""";

    @LocalServerPort int port;

    record Weight(String page, long first, long repeat, List<String> firstFiles) {}

    @Test
    void every_worker_page_stays_within_its_budget_on_a_phone() throws Exception {
        SiteCrew crew = SiteCrew.withApprovedHotWork(port, "体积");
        List<Weight> weights = new ArrayList<>();
        try (Browser phone = Browser.phone(port)) {
            ChromeDriver chrome = (ChromeDriver) phone.driver;
            chrome.executeCdpCommand("Network.enable", Map.of());

            phone.login(crew.welderUser(), SiteCrew.PASSWORD);
            weights.add(measure(phone, "首页 (worker)", "/"));
            weights.add(measure(phone, "今日作业", "/onsite/today"));
            weights.add(measure(phone, "签到", "/onsite/check-in?permit=" + crew.permitId()));
            weights.add(measure(phone, "我的证书", "/qualification/me"));
            weights.add(measure(phone, "消息", "/inbox"));

            phone.driver.manage().deleteAllCookies();
            phone.login(crew.guardianUser(), SiteCrew.PASSWORD);
            weights.add(measure(phone, "作业现场 (guardian)", "/onsite/permits/" + crew.permitId()));

            phone.driver.manage().deleteAllCookies();
            phone.login("leader", "anzuo-demo");
            weights.add(measure(phone, "我要作业 (leader)", "/permits/apply"));
            weights.add(measure(phone, "作业票 (leader)", "/permits"));
        }
        write(weights);
        for (Weight w : weights) {
            assertThat(w.first()).as("first visit of %s: %s", w.page(), w.firstFiles()).isLessThanOrEqualTo(FIRST_VISIT_BUDGET);
            assertThat(w.repeat()).as("repeat visit of %s", w.page()).isLessThanOrEqualTo(REPEAT_VISIT_BUDGET);
        }
    }

    Weight measure(Browser phone, String name, String path) throws InterruptedException {
        ChromeDriver chrome = (ChromeDriver) phone.driver;
        chrome.executeCdpCommand("Network.clearBrowserCache", Map.of());
        phone.open(path);
        phone.find(By.tagName("main"));
        Map<String, Long> first = settle(phone);
        phone.open(path);
        phone.find(By.tagName("main"));
        Map<String, Long> repeat = settle(phone);
        List<String> files = first.entrySet().stream()
                .map(e -> e.getKey().replace("http://localhost:" + port, "") + " " + e.getValue()).toList();
        return new Weight(name, sum(first), sum(repeat), files);
    }

    /** Waits until the page's late requests (the htmx badges) are in, then reads what was transferred. */
    @SuppressWarnings("unchecked")
    Map<String, Long> settle(Browser phone) throws InterruptedException {
        Map<String, Long> transfers = new LinkedHashMap<>();
        int seen = -1;
        for (int i = 0; i < 20; i++) {
            Thread.sleep(250);
            List<List<Object>> rows = (List<List<Object>>) ((JavascriptExecutor) phone.driver).executeScript(TRANSFERS);
            if (rows.size() == seen && i >= 4) {
                break;
            }
            seen = rows.size();
            transfers.clear();
            for (List<Object> row : rows) {
                transfers.merge((String) row.get(0), ((Number) row.get(1)).longValue(), Long::sum);
            }
        }
        return transfers;
    }

    static long sum(Map<String, Long> transfers) {
        return transfers.values().stream().mapToLong(Long::longValue).sum();
    }

    static void write(List<Weight> weights) throws IOException {
        StringBuilder out = new StringBuilder("| Page | First visit | Repeat visit |\n|---|---|---|\n");
        for (Weight w : weights) {
            out.append("| %s | %.1f KB | %.1f KB |%n".formatted(w.page(), w.first() / 1024.0, w.repeat() / 1024.0));
        }
        out.append("\nFirst-visit files (bytes transferred):\n");
        for (Weight w : weights) {
            out.append("- ").append(w.page()).append(": ").append(String.join(", ", w.firstFiles())).append('\n');
        }
        System.out.println("Page weight on a phone:\n" + out);
        Path dir = Path.of("target", "benchmarks");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("page-weight.txt"), out);
    }
}
