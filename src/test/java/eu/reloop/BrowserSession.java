package eu.reloop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Debian's headless Chromium and chromedriver (no browser download) against the application on its random port,
 * for a test that starts the application its own way. {@code .ci/run} installs both when missing.
 */
public abstract class BrowserSession {

    private static final Path CHROMIUM = Path.of(System.getProperty("reloop.test.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("reloop.test.chromedriver", "/usr/bin/chromedriver"));

    @LocalServerPort
    int port;

    protected ChromeDriver browser;
    protected WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = headlessChromium();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    /** Debian's Chromium, headless, in English, with a throw-away profile. */
    public static ChromeDriver headlessChromium() throws IOException {
        return headlessChromium("en-GB");
    }

    /** The browser again, now asking for pages in the language (such as "sv-SE"), as a reader of it would. */
    protected void reopenIn(String language) throws IOException {
        browser.quit();
        browser = headlessChromium(language);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private static ChromeDriver headlessChromium(String language) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Browser tests need Debian's Chromium and chromedriver at " + CHROMIUM
                    + " and " + CHROMEDRIVER + ": apt-get install chromium chromium-driver (.ci/run does this)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--lang=" + language,
                // A camera that needs no one's leave and films a test pattern: the offline verifier reads QR codes with one.
                "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
                "--user-data-dir=" + Files.createTempDirectory("reloop-chromium-"));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        return new ChromeDriver(service, options);
    }

    /** Keeps the last screen of every journey in target/browser-screenshots, to look at when one fails. */
    @AfterEach
    void closeBrowser(TestInfo test) throws Exception {
        if (browser == null) {
            return;
        }
        try {
            Path folder = Files.createDirectories(Path.of("target/browser-screenshots"));
            Files.write(folder.resolve(test.getTestMethod().map(Method::getName).orElse("journey") + ".png"),
                    browser.getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.quit();
        }
    }

    public void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    public WebElement waitFor(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Clicks an element after scrolling it into view: the app layout, not the window, scrolls. */
    public void click(By locator) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(locator));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /** Signs out the way closing the browser would: the session cookie is gone. */
    public void forgetSession() {
        browser.manage().deleteAllCookies();
    }

    /** The browser's wait, for step helpers of other packages. */
    public WebDriverWait waiting() {
        return wait;
    }

    /** Fills in the sign-up form and sends it (a new account is then signed in at once). */
    protected void signUp(String name, String email, String password) {
        type("signup-name", name);
        type("signup-email", email);
        type("signup-password", password);
        type("signup-confirm-password", password);
        click(By.id("signup-submit"));
    }

    /** On the page a password-reset link opens: sets the new password. */
    protected void setNewPassword(String password) {
        type("reset-password", password);
        type("reset-repeat", password);
        click(By.id("reset-submit"));
        waitFor(By.id("reset-done"));
    }

    protected void signIn(String email, String password) {
        open("/login");
        waitFor(By.cssSelector("vaadin-login-form input[name=username]")).sendKeys(email);
        browser.findElement(By.cssSelector("vaadin-login-form input[name=password]")).sendKeys(password);
        click(By.cssSelector("vaadin-login-form vaadin-button[slot=submit]"));
    }

    /** The labels of the main menu's entries. */
    protected List<String> menuEntries() {
        return browser.findElements(By.cssSelector("vaadin-side-nav-item")).stream().map(WebElement::getText).toList();
    }

    /**
     * What a grid cuts short at this window's width: the text of every cell whose content is wider than the
     * cell, and "sideways" when the grid scrolls sideways. Empty when everything in it reads in full.
     */
    @SuppressWarnings("unchecked")
    public List<String> cutShort(By grid) {
        return (List<String>) browser.executeScript("""
                const grid = arguments[0];
                const cut = Array.from(grid.querySelectorAll('vaadin-grid-cell-content'))
                    .filter(cell => cell.scrollWidth > cell.clientWidth + 1).map(cell => cell.textContent.trim());
                const table = grid.shadowRoot.querySelector('#table');
                if (table.scrollWidth > table.clientWidth + 1) {
                    cut.push('sideways');
                }
                return cut;""", waitFor(grid));
    }

    /** Types into a Vaadin field, whose native input sits in its light DOM. */
    public void type(String fieldId, String text) {
        // Present first, then scrolled to: on a long page a field may lie outside the view, where it is not "visible".
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + fieldId + " input")));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        wait.until(ExpectedConditions.visibilityOf(input));
        input.clear();
        input.sendKeys(text);
    }

    /** Hands a small real PNG to a Vaadin upload, through its file input (light DOM or shadow root, by version). */
    public void uploadPng(String uploadId) {
        Path photo;
        try {
            photo = Files.write(Files.createTempFile("photo-", ".png"), TestImages.png());
        } catch (IOException noTemporaryFolder) {
            throw new UncheckedIOException(noTemporaryFolder);
        }
        WebElement upload = waitFor(By.id(uploadId));
        List<WebElement> light = upload.findElements(By.cssSelector("input[type=file]"));
        SearchContext shadow = light.isEmpty() ? upload.getShadowRoot() : upload;
        shadow.findElement(By.cssSelector("input[type=file]")).sendKeys(photo.toAbsolutePath().toString());
    }
}
