package cn.anzuo.browser;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium on a 390×844 phone-sized window. In CI (CI=true) a missing browser fails the
 * test; on a developer machine without chromium the browser journeys are skipped.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    final WebDriver driver;
    final WebDriverWait wait;
    private final String baseUrl;
    private final Path profile;
    /** The emulated phone's width in CSS pixels, or 0 for a desktop window. */
    private final int phoneWidth;
    int taps;

    private Browser(WebDriver driver, String baseUrl, Path profile, int phoneWidth) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.profile = profile;
        this.phoneWidth = phoneWidth;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // a form's redirect or an htmx swap replaces the page between finding an element and reading it: look again.
        // Chromium reports it as a stale element, or at times as "unknown error: unhandled inspector error: Node with
        // given id does not belong to the document" (a plain WebDriverException): a wait retries both until it times out.
        this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        this.wait.ignoring(org.openqa.selenium.WebDriverException.class);
    }

    static Browser phone(int port) throws IOException {
        return start(port, true, false, 390);
    }

    /** A narrower phone: a cheap Android's 360 CSS pixels, the width the pages must still fit. */
    static Browser phone(int port, int width) throws IOException {
        return start(port, true, false, width);
    }

    /**
     * A phone with a camera: chromium's fake capture device (a generated moving test pattern) answers
     * {@code getUserMedia}, and the permission prompt is accepted without a click.
     */
    static Browser phoneWithCamera(int port) throws IOException {
        return start(port, true, true, 390);
    }

    /** A 1280×900 desktop window, as a safety manager at a desk sees the pages. */
    static Browser desktop(int port) throws IOException {
        return start(port, false, false, 390);
    }

    private static Browser start(int port, boolean phone, boolean camera, int width) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            if (System.getenv("CI") != null) {
                fail("CI needs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver)");
            }
            Assumptions.abort("chromium not installed: browser journeys skipped on this developer machine");
        }
        Path profile = Files.createTempDirectory("anzuo-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--lang=zh-CN", phone ? "--window-size=390,844" : "--window-size=1280,900",
                "--user-data-dir=" + profile);
        if (camera) {
            options.addArguments("--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream");
        }
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
        if (phone) {
            // A 390×844 (or narrower) CSS-pixel phone viewport (headless windows cannot be narrower than 500 px).
            options.setExperimentalOption("mobileEmulation", java.util.Map.of(
                    "deviceMetrics", java.util.Map.of("width", width, "height", 844, "pixelRatio", 2.0, "touch", true),
                    "userAgent", "Mozilla/5.0 (Linux; Android 12; Redmi 10A) AppleWebKit/537.36 (KHTML, like Gecko) "
                            + "Chrome/156.0 Mobile Safari/537.36"));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options), "http://localhost:" + port, profile, phone ? width : 0);
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void type(By by, String text) {
        WebElement element = find(by);
        element.clear();
        element.sendKeys(text);
        taps++;
    }

    /** Scrolls the element to the middle first, as a thumb would, so the fixed bottom bar never covers it. */
    void tap(By by) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        taps++;
    }

    /** Chooses a file in a file input, as a person picking it from the phone's files would. */
    void upload(By fileInput, Path file) {
        wait.until(ExpectedConditions.presenceOfElementLocated(fileInput)).sendKeys(file.toAbsolutePath().toString());
        taps++;
    }

    /**
     * Signs out from the bottom bar and waits for the login page it redirects to: opening another page before that
     * answer arrives races the sign-out (the next login form would carry the old session's CSRF token).
     */
    void logout() {
        tap(By.cssSelector(".bottomnav form[action='/logout'] button"));
        wait.until(ExpectedConditions.urlContains("/login?logout"));
    }

    void login(String username, String password) {
        open("/login");
        type(By.id("username"), username);
        type(By.id("password"), password);
        tap(By.cssSelector("button[type=submit]"));
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The whole page, not only the viewport (for looking at long lists). */
    /**
     * The whole page. On a phone the viewport is made as tall as the page for the capture: a fixed bar (the bottom
     * navigation) then sits at the page's foot, as it does once the user has scrolled down, instead of covering
     * whatever is 844 px from the top (the acceptance line of a closed permit was hidden under it).
     */
    void screenshotFullPage(String name) {
        ChromeDriver chrome = (ChromeDriver) driver;
        try {
            if (phoneWidth > 0) {
                Number height = (Number) contentSize(chrome).get("height");
                chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", phoneWidth,
                        "height", (int) Math.ceil(height.doubleValue()), "deviceScaleFactor", 2.0, "mobile", true));
            }
            java.util.Map<String, Object> size = contentSize(chrome);
            java.util.Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot", java.util.Map.of(
                    "format", "png", "captureBeyondViewport", true, "clip", java.util.Map.of("x", 0, "y", 0,
                            "width", size.get("width"), "height", size.get("height"), "scale", 1)));
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), java.util.Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            if (phoneWidth > 0) {
                chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", phoneWidth,
                        "height", 844, "deviceScaleFactor", 2.0, "mobile", true));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static java.util.Map<String, Object> contentSize(ChromeDriver chrome) {
        return (java.util.Map<String, Object>) chrome.executeCdpCommand("Page.getLayoutMetrics", java.util.Map.of())
                .get("cssContentSize");
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp profile is harmless
        }
    }
}
