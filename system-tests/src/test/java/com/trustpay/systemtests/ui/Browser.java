package com.trustpay.systemtests.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's browser: Debian's headless Chromium driven by its ChromeDriver, with its own profile and download
 * folder. Every wait is bounded; screenshots go to {@code target/screenshots}, and every screen shot is also checked
 * by axe-core ({@link Accessibility}), its serious and critical violations kept for {@link #assertAccessible()}.
 */
public final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final AtomicInteger SHOT = new AtomicInteger();
    private static final Duration WAIT = Duration.ofSeconds(20);

    final String who;
    final ChromeDriver driver;
    final Path downloads;
    private final String base;
    private final Path profile;
    private final List<String> violations = new ArrayList<>();

    private Browser(String who, String base, int width, int height) {
        this.who = who;
        this.base = base;
        try {
            this.profile = Files.createTempDirectory("trustpay-chromium-");
            this.downloads = Files.createTempDirectory("trustpay-downloads-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(env("TRUSTPAY_E2E_CHROMIUM", "/usr/bin/chromium"));
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height);
        options.setExperimentalOption(
                "prefs",
                Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(env("TRUSTPAY_E2E_CHROMEDRIVER", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        driver.manage().timeouts().scriptTimeout(WAIT);
    }

    /** A phone-sized browser (390 × 844), where most UPI users are. */
    static Browser phone(String who, String base) {
        return new Browser(who, base, 390, 844);
    }

    /** The smallest width the UI supports. */
    static Browser smallPhone(String who, String base) {
        return new Browser(who, base, 360, 740);
    }

    public static Browser desktop(String who, String base) {
        return new Browser(who, base, 1280, 900);
    }

    public void open(String route) {
        driver.get(base + "/#" + route);
    }

    public WebElement el(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Every element matching now (visible or not), without waiting. */
    public java.util.List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public void type(By by, String text) {
        WebElement input = el(by);
        input.clear();
        input.sendKeys(text);
    }

    /** Clicks the element once clickable, scrolled to the middle of the screen (clear of the sticky top bar). */
    public void click(By by) {
        // A page that re-renders itself (a live list, the admin page) may replace the element between finding and
        // clicking it: find it again then, rather than fail on the stale one.
        new WebDriverWait(driver, WAIT)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    WebElement target =
                            ExpectedConditions.elementToBeClickable(by).apply(d);
                    if (target == null) {
                        return null;
                    }
                    driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", target);
                    target.click();
                    return true;
                });
    }

    /** Waits until the escrow's status badge reads {@code label} — the page must update by itself. */
    void waitForStatus(String label, Duration within) {
        new WebDriverWait(driver, within)
                .until(ExpectedConditions.textToBe(By.cssSelector("#escrow-status .badge"), label));
    }

    public void waitForText(By by, String part) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(by, part));
    }

    /** Waits until the address contains {@code part} (e.g. {@code "#/e/"} or {@code "/pay"}). */
    void waitForRoute(String part) {
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().contains(part));
    }

    String route() {
        String url = driver.getCurrentUrl();
        return url.substring(url.indexOf('#') + 1);
    }

    /** Logs in an existing account; ends on "My escrows". */
    public void logIn(String email, String password) {
        open("/login");
        type(By.name("email"), email);
        type(By.name("password"), password);
        click(By.cssSelector("#login-form button[type=submit]"));
        el(By.id("create-escrow"));
    }

    /** Types keys into whatever has the keyboard focus now, as a person at the keyboard does (no element picked). */
    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Presses Tab until the focused element matches {@code css}; fails if 60 presses never reach it. */
    void tabTo(String css) {
        moveFocusTo(css, Keys.TAB);
    }

    /** Presses Shift+Tab until the focused element matches {@code css}; fails if 60 presses never reach it. */
    void shiftTabTo(String css) {
        moveFocusTo(css, Keys.chord(Keys.SHIFT, Keys.TAB));
    }

    private void moveFocusTo(String css, CharSequence key) {
        for (int presses = 0; !focusIsOn(css, null); presses++) {
            if (presses == 60) {
                throw new AssertionError("The keyboard never reaches " + css + "; the focus stays on " + focused());
            }
            press(key);
        }
    }

    /** Waits until the focus is on an element matching {@code css} whose text contains {@code text} (if not null). */
    void waitForFocusOn(String css, String text) {
        try {
            new WebDriverWait(driver, WAIT).until(d -> focusIsOn(css, text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "The focus is not on " + css + (text == null ? "" : " '" + text + "'") + " but on " + focused(), e);
        }
    }

    private boolean focusIsOn(String css, String text) {
        return Boolean.TRUE.equals(driver.executeScript(
                "const a = document.activeElement;"
                        + " return !!a && a.matches(arguments[0]) && (arguments[1] == null || a.textContent.includes(arguments[1]));",
                css,
                text));
    }

    private String focused() {
        return String.valueOf(driver.executeScript(
                "const a = document.activeElement; return a ? a.outerHTML.slice(0, 120) : 'nothing';"));
    }

    /** Whether the page is wider than the window, so that a person must scroll sideways to see all of it. */
    public boolean scrollsSideways() {
        Object wider = driver.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
        return Boolean.TRUE.equals(wider);
    }

    /** The files this browser downloaded so far. */
    public Path downloads() {
        return downloads;
    }

    /** Signs up a new person with a unique e-mail; ends on "My escrows". */
    void signUp(String name) {
        open("/signup");
        type(By.name("name"), name);
        type(By.name("email"), name.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID() + "@example.in");
        type(By.name("password"), "correct horse battery");
        click(By.cssSelector("#signup-form button[type=submit]"));
        el(By.id("create-escrow"));
    }

    /**
     * Saves a screenshot of the screen as it is, checks that it fits this browser's width (360, 390 or 1280 px):
     * nobody should have to scroll sideways, and runs axe-core on it (see {@link #assertAccessible()}).
     */
    public void shot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(String.format("%03d-%s-%s.png", SHOT.incrementAndGet(), who, name));
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (scrollsSideways()) {
            throw new AssertionError("The screen '" + name + "' is wider than " + who + "'s "
                    + driver.manage().window().getSize().getWidth() + " px window: it scrolls sideways");
        }
        Accessibility.violations(driver, who + "/" + name).stream()
                .filter(Accessibility.Violation::serious)
                .map(String::valueOf)
                .forEach(violations::add);
    }

    /**
     * Fails listing every serious or critical accessibility violation axe found on the screens shot so far, so that
     * one run names them all rather than the first.
     */
    public void assertAccessible() {
        if (!violations.isEmpty()) {
            throw new AssertionError("axe-core found serious or critical accessibility violations:\n  "
                    + String.join("\n  ", violations));
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
