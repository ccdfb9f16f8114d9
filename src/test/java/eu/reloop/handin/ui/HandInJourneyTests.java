package eu.reloop.handin.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static eu.reloop.handin.HandInTestSetup.asOwner;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import eu.reloop.BrowserTest;
import eu.reloop.certification.CertificationTestSetup;
import eu.reloop.certification.CertificationTestSetup.Staffed;
import eu.reloop.directory.OfferedService;
import eu.reloop.geo.Gazetteer;
import eu.reloop.geo.GeoPoint;
import eu.reloop.handin.CertificateCode;
import eu.reloop.handin.HandInTestSetup;
import eu.reloop.handin.HandInTestSetup.ErasureSite;
import eu.reloop.handin.HandIns;
import eu.reloop.market.MarketTestSetup;
import eu.reloop.search.OrganisationQuery;
import eu.reloop.search.OrganisationSearch;
import eu.reloop.shared.QrCodes;
import eu.reloop.stamp.Stamp;
import eu.reloop.stamp.StampTestSetup;

/**
 * A consumer books a hand-in of a phone near Bergen, the site (a certified reuse centre) receives it by its code,
 * records a Purge erasure and refurbishes it, and the consumer follows it under "My hand-ins" and checks the
 * certificate by its code. A certifier stamps the refurbished phone and it is sold; the owner reads
 * it got a second life.
 */
class HandInJourneyTests extends BrowserTest {

    @Autowired
    HandInTestSetup setup;

    @Autowired
    Gazetteer gazetteer;

    @Autowired
    OrganisationSearch search;

    @Autowired
    HandIns handIns;

    @Autowired
    StampTestSetup stamps;

    @Autowired
    MarketTestSetup market;

    @Test
    void aConsumerHandsInAPhoneAndChecksItsErasureCertificate() {
        GeoPoint bergen = gazetteer.find("Bergen").orElseThrow().location();
        String name = "Bergen Gjenbruk " + UUID.randomUUID().toString().substring(0, 8);
        ErasureSite site = setup.certifiedCentre(name, bergen);
        String owner = setup.owner();
        await().atMost(Duration.ofSeconds(20)).until(() -> search.search(new OrganisationQuery(bergen, 1, "phones",
                OfferedService.DATA_ERASURE, false, false, 0, 100)).hits().stream()
                .anyMatch(hit -> hit.siteId().equals(site.siteId())));

        signIn(owner, CertificationTestSetup.PASSWORD);
        waitFor(By.id("signed-in-user"));
        open("/hand-in");
        click(By.id("device-category"));
        click(By.xpath("//vaadin-select-item[normalize-space(.)='Phones']"));
        type("device-brand", "Fairphone");
        type("device-model", "4");
        type("device-serial", "356938035643809");
        click(By.id("add-device"));
        waitFor(By.cssSelector("#devices .hand-in-device"));
        WebElement place = waitFor(By.cssSelector("#hand-in-place input"));
        place.sendKeys("Bergen");
        place.sendKeys(Keys.ENTER);
        click(By.xpath("//*[@id='hand-in-sites']/vaadin-radio-button[contains(., '" + name + "')]"));
        click(By.id("hand-in-slot"));
        // The day offered first is the first with free time; the last slot of the day is free on any such day.
        click(By.xpath("//vaadin-select-item[contains(., '4:30')]"));
        click(By.id("book-hand-in"));

        String code = shown(By.id("hand-in-code")).getText().replace("Hand-in code: ", "");
        assertThat(code).matches("[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]");
        assertThat(waitFor(By.id("hand-in-qr")).getAttribute("src")).isNotBlank();
        assertThat(browser.findElement(By.id("hand-in-" + code.replace("-", ""))).getText())
                .contains(name, "Fairphone 4", "3809").doesNotContain("356938035643809");

        forgetSession();
        signIn(site.staff(), CertificationTestSetup.PASSWORD);
        waitFor(By.id("signed-in-user"));
        open("/hand-in-desk");
        scanAtTheDesk(code);
        shown(By.id("desk-device-1"));
        type("erasure-1-media-type", "Flash memory (UFS)");
        type("erasure-1-media-make", "Samsung");
        type("erasure-1-media-model", "KLUDG4UHDC");
        type("erasure-1-media-serial", "SN-123");
        click(By.cssSelector("#erasure-1-method vaadin-radio-button:nth-of-type(2)"));
        type("erasure-1-technique", "Cryptographic erase");
        type("erasure-1-tool", "Blancco Mobile Diagnostics");
        type("erasure-1-tool-version", "7.4");
        click(By.cssSelector("#erasure-1-verification vaadin-radio-button"));
        type("erasure-1-performer", "Tove Tekniker");
        click(By.id("record-erasure-1"));
        String certified = shown(By.id("desk-certified-1")).getText();
        CertificateCode certificate = CertificateCode.parse(certified.replaceAll(".*certificate ", "").replace(".", ""))
                .orElseThrow();
        click(By.id("refurbish-1"));
        assertThat(shown(By.id("desk-outcome-1")).getText()).contains("Refurbished here");

        forgetSession();
        signIn(owner, CertificationTestSetup.PASSWORD);
        waitFor(By.id("signed-in-user"));
        open("/my-hand-ins");
        WebElement card = shown(By.id("hand-in-" + code.replace("-", "")));
        assertThat(card.getText()).contains("Received", "Data erased (Purge)", certificate.display(),
                "Being refurbished for a second life", "each checks out");
        assertThat(browser.findElement(By.id("download-certificate-" + certificate.value())).getAttribute("href"))
                .isNotBlank();

        open("/erasures");
        type("certificate-code", certificate.value().toLowerCase());
        click(By.id("check-certificate"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("certificate-status"), "is genuine"));
        assertThat(browser.findElement(By.id("certificate-facts")).getText())
                .contains("Fairphone 4", "3809", "Purge", name).doesNotContain(owner, "356938035643809");

        // The centre documents the phone, a certifier stamps it, and it is sold: the owner reads it got a second life.
        UUID application = asOwner(owner, () -> handIns.mine()).stream()
                .filter(handIn -> handIn.code().display().equals(code)).findFirst().orElseThrow()
                .devices().getFirst().outcome().stampApplicationId();
        Staffed staffed = new Staffed(site.organisationId(), site.staff());
        Stamp stamp = stamps.stampStarted(staffed, application, setup.certifier());
        MarketTestSetup.Centre seller = new MarketTestSetup.Centre(staffed, site.siteId(), "");
        market.soldAtPickup(seller, market.consumer(), market.listed(seller, stamp, "Fairphone 4, refurbished", "1490",
                "NOK", null));
        open("/my-hand-ins");
        assertThat(shown(By.id("hand-in-" + code.replace("-", ""))).getText())
                .contains("Your device got a second life: it was sold again on");
    }

    /**
     * The desk reads the receipt's QR code: with jsQR, as Chromium on Linux has no BarcodeDetector; it says so when the
     * camera is refused; and a scan fills the code in and receives it. The fake camera films no QR code, so a stand-in
     * detector reads the code once it films.
     */
    private void scanAtTheDesk(String code) {
        String qr = "data:image/png;base64," + Base64.getEncoder().encodeToString(QrCodes.png(code.replace("-", "")));
        waitFor(By.id("desk-scan"));
        assertThat(browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const image = new Image();
                image.onload = () => window.reloopQrScan.decode(image).then(done, failed => done('failed: ' + failed));
                image.src = arguments[0];""", qr)).isEqualTo(code.replace("-", ""));

        browser.executeScript("navigator.mediaDevices.getUserMedia = () => "
                + "Promise.reject(new DOMException('Permission denied', 'NotAllowedError'))");
        click(By.id("desk-scan"));
        assertThat(shown(By.id("desk-scan-problem")).getText())
                .isEqualTo("The camera may not be used. Allow it in the browser's site settings, or type the code instead.");

        browser.executeScript("""
                delete navigator.mediaDevices.getUserMedia;
                const code = arguments[0];
                window.BarcodeDetector = class {
                    async detect(video) {
                        return video.videoWidth > 0 ? [{rawValue: code}] : [];
                    }
                };""", code.replace("-", "").toLowerCase());
        click(By.id("desk-scan"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("desk-hand-in"), "Hand-in " + code));
        assertThat(browser.findElement(By.id("desk-camera")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("desk-scan-problem")).isDisplayed()).isFalse();
    }

    /** The element once it is on the page, scrolled into view: on a long page, one outside the view is not "visible". */
    private WebElement shown(By locator) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(locator));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        return wait.until(ExpectedConditions.visibilityOf(element));
    }
}
