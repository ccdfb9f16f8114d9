package eu.reloop.stamp.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import eu.reloop.BrowserTest;
import eu.reloop.IntegrationTest;
import eu.reloop.stamp.Stamp;
import eu.reloop.stamp.StampTestSetup;
import eu.reloop.stamp.Stamps;

@IntegrationTest
class OfflineVerifyJourneyTests extends BrowserTest {

    @Autowired
    StampTestSetup setup;

    @Autowired
    Stamps stamps;

    @LocalServerPort
    int serverPort;

    @Test
    void openedOnceTheOfflineVerifierChecksQrLinksAndCodesWithTheNetworkCut() throws Exception {
        StampTestSetup.Issuers issuers = setup.phoneIssuers();
        Stamp genuine = setup.stampedPhone(issuers);
        Stamp revoked = setup.stampedPhone(issuers);
        setup.revoke(issuers, revoked, "Sold on with a cracked main board");
        String genuineLink = stamps.verificationLink(genuine.code()).orElseThrow();
        String revokedLink = stamps.verificationLink(revoked.code()).orElseThrow();

        // Online, the registry's page tells a revoked stamp's genuine QR code as revoked, and a genuine one with the
        // time of the status it read.
        open(pathOf(revokedLink));
        assertThat(waitFor(By.id("verify-qr")).getText()).isEqualTo("The QR code you scanned carries the registry's "
                + "genuine signature, but the stamp has been revoked. Do not rely on it.");
        open(pathOf(genuineLink));
        assertThat(waitFor(By.id("verify-qr")).getText()).matches("The QR code you scanned carries the registry's "
                + "genuine signature, and the stamp is not revoked as of .+\\.");

        // The revocation's list is out once its event is handled; the page is opened from /verify, once, online.
        await().atMost(Duration.ofSeconds(30)).until(this::statusList, list -> list.contains(revoked.code().value()));
        click(By.id("verify-offline"));
        assertThat(waitFor(By.id("offline-state")).getText()).isEqualTo("Ready to check with no connection.");
        assertThat(browser.findElement(By.id("status-source")).getText()).isEqualTo("Fetched from the registry just now.");

        // Chromium on Linux reads no barcodes: a stand-in finds the genuine stamp's QR code once the camera films.
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.BarcodeDetector = class {
                    async detect(video) {
                        return video.videoWidth > 0 ? [{rawValue: '%s'}] : [];
                    }
                };""".formatted(genuineLink)));
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", true, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
        browser.navigate().refresh();

        // The page comes from the service worker, and the list from the device: the registry is out of reach.
        assertThat(waitFor(By.id("status-source")).getText())
                .isEqualTo("Kept on this device: the registry could not be reached.");
        assertThat(browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/.well-known/reloop-stamp-status.json', {cache: 'no-store'}).then(() => done('reached'), () => done('unreachable'));""")).isEqualTo("unreachable");
        assertThat(browser.findElement(By.id("status-list")).getText())
                .matches("The list is from .+, less than an hour old: \\d+ stamps? revoked\\.");

        check(genuineLink);
        assertThat(verdict()).matches("Genuine, not revoked as of .+\\.");
        assertThat(waitFor(By.id("result-facts")).getText()).contains(genuine.code().display(), "Fairphone 5", "Excellent");
        // The statement binds the whole serial, which whoever holds the device checks against it, as typed there.
        String serial = genuine.report().item().serialNumber();
        checkSerial(serial.substring(0, 4) + " " + serial.substring(4).toLowerCase());
        assertThat(waitFor(By.id("serial-result")).getText()).isEqualTo("The serial matches: this is the stamped device.");
        checkSerial(serial + "9");
        wait.until(ExpectedConditions.textToBe(By.id("serial-result"),
                "The serial does not match: this stamp belongs to another device."));
        check(revokedLink);
        assertThat(verdict()).isEqualTo("Revoked: this stamp is on the registry’s list of revoked stamps. Do not rely on it.");
        check(tampered(genuineLink));
        assertThat(verdict()).startsWith("Not genuine: ");
        // A genuine statement does not pass for another stamp's code.
        check(genuineLink.replace("/verify/" + genuine.code().value(), "/verify/" + revoked.code().value()));
        assertThat(verdict()).startsWith("Not genuine: ");

        // A code typed from the label can only be looked up in the list, and the page says so.
        check(genuine.code().display().toLowerCase());
        assertThat(verdict()).matches("Not on the list of revoked stamps as of .+\\. A typed code alone cannot show "
                + "that a stamp is genuine: paste the QR code’s link, or check in the registry\\.");
        check(revoked.code().display());
        assertThat(verdict()).startsWith("Revoked: ");
        String typed = genuine.code().display();
        check(typed.substring(0, typed.length() - 1) + (typed.endsWith("0") ? "1" : "0"));
        assertThat(verdict()).startsWith("This code has a typo somewhere");

        // Where the browser reads QR codes, the camera does the pasting.
        click(By.id("scan"));
        wait.until(ExpectedConditions.textMatches(By.id("result-verdict"), Pattern.compile("Genuine, not revoked as of .+\\.")));
        assertThat(browser.findElement(By.id("camera")).isDisplayed()).isFalse();

        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(new AxeBuilder().analyze(browser).getViolations()).extracting(Rule::getId).isEmpty();

        // In Norwegian where the browser asks for it.
        browser.executeCdpCommand("Network.setUserAgentOverride", Map.of("userAgent",
                browser.executeScript("return navigator.userAgent"), "acceptLanguage", "nb-NO,nb"));
        browser.navigate().refresh();
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Sjekk et kvalitetsstempel uten nett");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("nb");
        check(revokedLink);
        assertThat(verdict()).startsWith("Tilbakekalt: ");
    }

    @Test
    void aSwedishBrowserReadsTheOfflineVerifierInSwedishWithSwedishDates() throws Exception {
        reopenIn("sv-SE");
        open("/offline-verify/");
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Kontrollera en kvalitetsstämpel utan uppkoppling");
        assertThat(browser.executeScript("return document.documentElement.lang")).isEqualTo("sv");

        wait.until(ExpectedConditions.textMatches(By.id("status-list"), Pattern.compile(".+")));
        // The list's time as Sweden writes it, read from the list the page has just kept.
        Object issuedInSwedish = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                caches.open('reloop-offline-verify-data')
                    .then(cache => cache.match('/.well-known/reloop-stamp-status.json'))
                    .then(kept => kept.json())
                    .then(list => done(new Intl.DateTimeFormat('sv-SE', {dateStyle: 'medium', timeStyle: 'short'})
                        .format(new Date(list.issuedAt))), error => done(String(error)));""");
        assertThat(browser.findElement(By.id("status-list")).getText())
                .startsWith("Listan är från " + issuedInSwedish + ", ");
        check("7K3M");
        assertThat(verdict()).startsWith("Det här är varken en länk från en QR-kod eller en stämpelkod.");
    }

    /** A text added to English but not to another language would read "undefined" there. */
    @Test
    void everyLanguageOfTheOfflineVerifierHasEnglishsTextsWithTheirPlaceholders() {
        open("/offline-verify/");
        waitFor(By.tagName("h1"));
        Object languages = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                // Each text's key with what it holds: its placeholders, the keys of a map, or a plural function.
                const shape = entry => Object.entries(entry).map(([key, value]) => key + ': ' + (
                    typeof value === 'string' ? (value.match(/\\{\\w+}/g) ?? []).sort().join(' ')
                        : typeof value === 'object' ? Object.keys(value).sort().join(' ') : typeof value));
                import('/offline-verify/texts.js').then(({texts}) => {
                    const english = shape(texts.en);
                    done(Object.fromEntries(Object.entries(texts).map(([language, entry]) => {
                        const own = shape(entry);
                        return [language, {
                            missing: english.filter(text => !own.includes(text)),
                            extra: own.filter(text => !english.includes(text)),
                        }];
                    })));
                }, error => done(String(error)));""");
        Map<String, Object> nothingDiffers = Map.of("missing", List.of(), "extra", List.of());
        assertThat(languages).isEqualTo(Map.of("en", nothingDiffers, "nb", nothingDiffers, "sv", nothingDiffers,
                "da", nothingDiffers, "fi", nothingDiffers));
    }

    /** Pastes or types into the field and checks; the page clears the last verdict at once. */
    private void check(String text) {
        WebElement field = waitFor(By.id("stamp-input"));
        field.clear();
        field.sendKeys(text);
        click(By.id("check"));
    }

    private void checkSerial(String typed) {
        WebElement field = waitFor(By.id("serial-input"));
        field.clear();
        field.sendKeys(typed);
        click(By.id("serial-check"));
    }

    private String verdict() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result-verdict"))).getText();
    }

    /** The link with one word of its signed statement changed, its signature kept. */
    private static String tampered(String link) {
        String payload = link.replaceAll(".*[?&]p=([^&]+).*", "$1");
        String statement = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
        String altered = Base64.getUrlEncoder().withoutPadding().encodeToString(
                statement.replace("EXCELLENT", "PREMIUM").getBytes(StandardCharsets.UTF_8));
        return link.replace(payload, altered);
    }

    /** The QR link on this test's server: the configured public address is another port. */
    private static String pathOf(String link) {
        URI uri = URI.create(link);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    private String statusList() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + serverPort + "/.well-known/reloop-stamp-status.json")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
