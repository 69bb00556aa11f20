package cn.anzuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.permit.onsite.GasUnit;
import cn.anzuo.permit.onsite.ProofMethod;
import cn.anzuo.permit.HazardFactor;
import cn.anzuo.permit.PermitLevel;
import cn.anzuo.permit.PermitStatus;
import cn.anzuo.qualification.CertificateRegime;
import cn.anzuo.qualification.CertificateStatus;
import cn.anzuo.qualification.QualificationReason;
import cn.anzuo.shared.WorkType;
import cn.anzuo.shared.security.Role;
import cn.anzuo.support.TestClockConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * What a worker and a leader see on a 390 × 844 phone in real chromium: the on-site cards and buttons
 * are styled (a lost "}" once made them desk-only), no element wraps one character per line, and no
 * page shows a raw code (GUARDIAN, ACTIVE, LEVEL_2, …) where a word belongs. Full-page screenshots of
 * every page are in target/screenshots/phone-*.png (the first screen) and phone-*-full.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"anzuo.demo.enabled=true",
        "anzuo.scheduling.enabled=false", SiteCrew.OWN_DATABASE})
@Import(TestClockConfig.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhoneLayoutTest {

    /** Every enum constant a page could leak, e.g. GUARDIAN or SPECIAL_OPERATION. */
    static final Set<String> RAW_CODES = new TreeSet<>();
    static final Pattern WORD = Pattern.compile("\\b[A-Z][A-Z0-9_]{2,}\\b");

    static {
        Stream.of(Role.values(), PermitStatus.values(), PermitLevel.values(), HazardFactor.values(), WorkType.values(),
                        CertificateStatus.values(), CertificateRegime.values(), QualificationReason.values(),
                        ProofMethod.values(), GasUnit.values())
                .flatMap(Stream::of)
                .map(Enum::name)
                .filter(name -> name.length() > 2 && !name.equals("QR")) // QR is a word on a phone
                .forEach(RAW_CODES::add);
    }

    /** Elements whose own text runs down one character per line (a squeezed grid or flex column). */
    static final String ONE_CHAR_PER_LINE = """
            const bad = [];
            for (const el of document.querySelectorAll('body *')) {
              if (el.closest('svg, script, style, noscript, [hidden], .sr-only')) continue;
              const own = [...el.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join('').trim();
              if (own.length < 3) continue;
              const range = document.createRange();
              range.selectNodeContents(el);
              const rects = [...range.getClientRects()].filter(r => r.width > 0);
              const r = el.getBoundingClientRect();
              if (!r.width || !r.height) continue;
              const cs = getComputedStyle(el);
              const fs = parseFloat(cs.fontSize);
              const lh = cs.lineHeight === 'normal' ? fs * 1.3 : parseFloat(cs.lineHeight);
              const textHeight = rects.length ? Math.max(...rects.map(x => x.bottom)) - Math.min(...rects.map(x => x.top)) : r.height;
              const textWidth = rects.length ? Math.max(...rects.map(x => x.right)) - Math.min(...rects.map(x => x.left)) : r.width;
              if (textHeight > lh * 2.5 && textWidth < fs * 2.2) {
                bad.push(el.tagName.toLowerCase() + '.' + el.className + ' "' + own.slice(0, 16) + '" ' + Math.round(textWidth) + 'px wide, '
                    + Math.round(textHeight / lh) + ' lines');
              }
            }
            return bad;""";

    @LocalServerPort int port;

    SiteCrew crew;

    @BeforeAll
    void crew() throws Exception {
        crew = SiteCrew.withApprovedHotWork(port, "版面");
    }

    final List<String> problems = new ArrayList<>();

    @org.junit.jupiter.api.BeforeEach
    void noProblemsYet() {
        problems.clear();
    }

    void look(Browser phone, String name, String path) {
        phone.open(path);
        phone.find(By.tagName("main"));
        check(phone, name);
    }

    @SuppressWarnings("unchecked")
    void check(Browser phone, String name) {
        phone.screenshot("phone-" + name);
        phone.screenshotFullPage("phone-" + name + "-full");
        String url = phone.driver.getCurrentUrl();
        assertThat(url).as("%s was not sent to the login page", name).doesNotContain("/login");
        Matcher words = WORD.matcher(phone.pageText());
        while (words.find()) {
            if (RAW_CODES.contains(words.group())) {
                problems.add(name + " (" + url + "): raw code " + words.group());
            }
        }
        List<String> squeezed = (List<String>) ((JavascriptExecutor) phone.driver).executeScript(ONE_CHAR_PER_LINE);
        squeezed.forEach(s -> problems.add(name + " (" + url + "): one character per line: " + s));
        Long overflow = (Long) ((JavascriptExecutor) phone.driver).executeScript(
                "return Math.round(document.documentElement.scrollWidth - window.innerWidth);");
        if (overflow > 1) {
            problems.add(name + " (" + url + "): page is " + overflow + " px wider than the screen");
        }
    }

    static String css(WebElement element, String property) {
        return element.getCssValue(property);
    }

    static void as(Browser browser, String username, String password) {
        browser.driver.manage().deleteAllCookies();
        browser.login(username, password);
    }

    @Test
    void worker_and_leader_pages_fit_a_phone_and_speak_in_words() throws Exception {
        try (Browser phone = Browser.phone(port)) {
            ChromeDriver chrome = (ChromeDriver) phone.driver;
            chrome.executeCdpCommand("Browser.grantPermissions", Map.of("origin", "http://localhost:" + port,
                    "permissions", List.of("geolocation")));
            chrome.executeCdpCommand("Emulation.setGeolocationOverride",
                    Map.of("latitude", 32.263180, "longitude", 118.791560, "accuracy", 15));

            // The welder: home, 今日作业, check-in (refused with a wrong code), own certificates, inbox.
            as(phone, crew.welderUser(), SiteCrew.PASSWORD);
            check(phone, "worker-home");
            WebElement tile = phone.find(By.cssSelector("a.tile[href='/onsite/today'] svg.tile-icon"));
            assertThat(tile.getSize().getWidth()).as("tile icon is an SVG drawn at 32 px").isEqualTo(32);
            look(phone, "worker-today", "/onsite/today");
            WebElement card = phone.find(By.cssSelector(".op-list .op-permit"));
            assertThat(css(card, "background-color")).isEqualTo("rgba(255, 255, 255, 1)");
            assertThat(css(card, "border-left-width")).isEqualTo("6px");
            assertThat(css(card, "border-radius")).isEqualTo("12px");
            WebElement checkIn = phone.find(By.cssSelector("a[href^='/onsite/check-in?permit='].op-big"));
            assertThat(css(checkIn, "min-height")).isEqualTo("56px");
            assertThat(css(checkIn, "display")).endsWith("flex");
            assertThat(css(checkIn, "background-color")).isEqualTo("rgba(15, 76, 129, 1)");
            assertThat(css(checkIn, "color")).isEqualTo("rgba(255, 255, 255, 1)");
            assertThat(checkIn.getSize().getWidth()).as("full-width button").isGreaterThan(300);

            look(phone, "worker-check-in", "/onsite/check-in?permit=" + crew.permitId());
            phone.wait.until(d -> !d.findElement(By.id("latitude")).getAttribute("value").isEmpty());
            phone.type(By.id("checkpointCode"), crew.checkpoint());
            phone.type(By.id("proof"), "000000");
            WebElement submit = phone.find(By.cssSelector("button[type=submit].op-big"));
            assertThat(css(submit, "min-height")).isEqualTo("56px");
            assertThat(css(submit, "border-top-left-radius")).isEqualTo("12px");
            phone.tap(By.cssSelector("button[type=submit].op-big"));
            WebElement refusal = phone.find(By.cssSelector(".op-refusal"));
            assertThat(css(refusal, "background-color")).isEqualTo("rgba(253, 236, 236, 1)");
            assertThat(css(refusal, "border-top-width")).isEqualTo("2px");
            check(phone, "worker-check-in-refused");
            look(phone, "worker-certificates", "/qualification/me");
            look(phone, "worker-inbox", "/inbox");

            // The guardian: the permit on site with its action buttons.
            as(phone, crew.guardianUser(), SiteCrew.PASSWORD);
            check(phone, "guardian-home");
            look(phone, "guardian-today", "/onsite/today");
            look(phone, "guardian-permit", "/onsite/permits/" + crew.permitId());
            WebElement head = phone.find(By.cssSelector(".op-head"));
            assertThat(css(head, "border-top-width")).isEqualTo("8px");
            assertThat(css(phone.find(By.cssSelector(".op-actions")), "display")).isEqualTo("grid");
            look(phone, "guardian-certificates", "/qualification/me");

            // The leader: 我要作业, lists, a permit, workers and a worker's certificates, expiring.
            as(phone, "leader", "anzuo-demo");
            check(phone, "leader-home");
            look(phone, "leader-apply", "/permits/apply");
            look(phone, "leader-permits", "/permits");
            look(phone, "leader-permit", "/permits/" + crew.permitId());
            look(phone, "leader-approvals", "/approvals");
            look(phone, "leader-workers", "/qualification/workers");
            phone.tap(By.cssSelector("a.q-worker-link"));
            phone.find(By.cssSelector("dl.facts"));
            check(phone, "leader-worker");
            WebElement dd = phone.find(By.cssSelector("dl.facts dd"));
            assertThat(dd.getSize().getWidth()).as("a fact's value is not squeezed").isGreaterThan(100);
            look(phone, "leader-expiring", "/qualification/expiring");
            look(phone, "leader-inbox", "/inbox");

            // The safety officer: the live board; the analyst: the gas form.
            as(phone, "safety", "anzuo-demo");
            look(phone, "safety-board", "/onsite/board/" + crew.siteId());
            WebElement count = phone.find(By.cssSelector(".op-count"));
            assertThat(css(count, "display")).isEqualTo("flex");
            assertThat(css(phone.find(By.cssSelector(".op-counts")), "display")).isEqualTo("grid");
            look(phone, "safety-workers", "/qualification/workers");
            // The dashboard: cards stacked, the charts drawn (a canvas) within the phone's width.
            phone.open("/dashboard");
            WebElement chart = phone.find(By.cssSelector("#dash-chart-rates canvas"));
            phone.find(By.cssSelector("#dash-chart-approval canvas"));
            check(phone, "safety-dashboard");
            assertThat(chart.getSize().getWidth()).as("the chart fits the phone")
                    .isLessThanOrEqualTo(((Long) ((JavascriptExecutor) phone.driver)
                            .executeScript("return window.innerWidth;")).intValue());
            as(phone, "analyst", "anzuo-demo");
            look(phone, "analyst-gas-tests", "/onsite/gas-tests");
            look(phone, "analyst-gas-test", "/onsite/permits/" + crew.permitId() + "/gas-test");

            // The auditor: flagged permits and a permit's whole record; the administrator: retention.
            as(phone, "auditor", "anzuo-demo");
            look(phone, "auditor-flagged", "/audit/flagged");
            look(phone, "auditor-trace", "/p/" + crew.permitId());
            as(phone, "admin", "anzuo-demo");
            look(phone, "admin-retention", "/admin/retention");
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void a_workers_facts_and_certificates_do_not_wrap_on_a_desk_screen_either() throws Exception {
        try (Browser desk = Browser.desktop(port)) {
            desk.login("leader", "anzuo-demo");
            look(desk, "desk-workers", "/qualification/workers");
            desk.tap(By.cssSelector("a.q-worker-link"));
            desk.find(By.cssSelector("dl.facts"));
            check(desk, "desk-worker");
            look(desk, "desk-permit", "/permits/" + crew.permitId());
        }
        assertThat(problems).isEmpty();
    }
}
