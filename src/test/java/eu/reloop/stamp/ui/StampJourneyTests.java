package eu.reloop.stamp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import eu.reloop.BrowserTest;
import eu.reloop.IntegrationTest;
import eu.reloop.TestSecurity;
import eu.reloop.certification.CertificateKind;
import eu.reloop.certification.Certificates;
import eu.reloop.certification.CertificationTestSetup;
import eu.reloop.certification.Scope;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.directory.OfferedService;
import eu.reloop.directory.OrganisationKind;
import eu.reloop.directory.Organisations;
import eu.reloop.identity.Role;
import eu.reloop.stamp.StampCode;

@IntegrationTest
class StampJourneyTests extends BrowserTest {

    @Autowired
    CertificationTestSetup setup;

    @Autowired
    Organisations organisations;

    @Autowired
    Certificates certificates;

    @Test
    void aCentreDocumentsAPhoneAndACertifierIssuesItsStamp() {
        String name = "Stamp Gjenbruk " + UUID.randomUUID().toString().substring(0, 8);
        String staff = setup.account("centre", Role.REUSE_CENTRE);
        UUID centre = TestSecurity.asAdmin(() -> organisations.register(OrganisationKind.REUSE_CENTRE,
                DirectoryFixtures.details(name)));
        setup.addStaff(staff, centre);
        LocalDate from = LocalDate.now().minusYears(1);
        TestSecurity.asAdmin(() -> certificates.importCertificate(centre, CertificateKind.REUSE_CENTRE,
                new Scope(Set.of("phones"), Set.of(OfferedService.SELLS_REFURBISHED)), from, from.plusYears(3),
                "Test Certifier"));
        String certifier = setup.account("certifier", Role.CERTIFIER);

        signIn(staff, CertificationTestSetup.PASSWORD);
        waitFor(By.id("signed-in-user"));
        // A link that cannot be an application gets an answer, not an error page.
        open("/stamps/not-a-uuid/" + UUID.randomUUID());
        assertThat(waitFor(By.id("cannot-open")).getText()).contains("cannot be opened");

        click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Quality stamps']"));
        // The item's rules show on its fields before anything is sent.
        click(By.id("start-stamp"));
        wait.until(ExpectedConditions.attributeToBe(By.id("new-stamp-brand"), "invalid", "true"));
        String serial = "FP5-" + UUID.randomUUID().toString().substring(0, 8);
        StampSteps.startPhoneApplication(this, "Fairphone", "5", serial);
        assertThat(waitFor(By.id("stamp-heading")).getText()).contains("Stamp application: Fairphone 5");

        // A percentage no battery has is marked as soon as the field is left.
        leave("stamp-battery-health", "101");
        wait.until(ExpectedConditions.attributeToBe(By.id("stamp-battery-health"), "invalid", "true"));

        // A weak battery that was not replaced is refused, with everything else still missing.
        type("stamp-battery-health", "70");
        StampSteps.submit(this);
        assertThat(waitFor(By.id("stamp-blockers")).getText())
                .contains("Battery health is below 80 % and the battery was not replaced.")
                .contains("Choose the cosmetic grade.")
                .contains("Name the technician who did the work.")
                .contains("Add at least one photo of the item.");

        StampSteps.documentAPassingPhoneAndSubmit(this);
        assertThat(waitFor(By.cssSelector(".organisation-stamps[data-organisation='" + centre + "'] .stamp-status"))
                .getText()).isEqualTo("With a certifier");

        browser.manage().deleteAllCookies();
        signIn(certifier, CertificationTestSetup.PASSWORD);
        waitFor(By.id("signed-in-user"));
        click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Stamp queue']"));
        click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + name + "']"));
        assertThat(waitFor(By.id("review-nothing-blocks")).getText()).startsWith("Nothing blocks a stamp");
        assertThat(waitFor(By.id("summary-battery")).getText()).isEqualTo("70 %");
        assertThat(waitFor(By.id("summary-test-CELLULAR")).getText()).contains("Passed");
        click(By.id("approve-stamp"));
        click(By.cssSelector(StampSteps.CONFIRM));
        wait.until(ExpectedConditions.textMatches(By.tagName("vaadin-notification-card"),
                Pattern.compile("Stamp \\S+ issued\\.")));
        waitFor(By.id("stamp-queue-grid"));

        browser.manage().deleteAllCookies();
        signIn(staff, CertificationTestSetup.PASSWORD);
        waitFor(By.id("signed-in-user"));
        open("/stamps");
        assertThat(waitFor(By.cssSelector(".organisation-stamps[data-organisation='" + centre + "'] .stamp-status"))
                .getText()).isEqualTo("Stamp issued");
        String code = waitFor(By.cssSelector(".stamp-verify-link")).getAttribute("href").replaceAll(".*/verify/", "");

        // A buyer, signed in or not, types the code from the label, with a typo first.
        browser.manage().deleteAllCookies();
        open("/verify");
        String typed = StampCode.parse(code).orElseThrow().display();
        char last = typed.charAt(typed.length() - 1);
        type("stamp-code", typed.substring(0, typed.length() - 1) + (last == '0' ? '1' : '0'));
        click(By.id("verify-stamp"));
        wait.until(ExpectedConditions.attributeToBe(By.id("stamp-code"), "invalid", "true"));
        type("stamp-code", typed.toLowerCase());
        click(By.id("verify-stamp"));
        assertThat(waitFor(By.id("verify-status")).getText()).matches("Genuine ReLoop quality stamp, in force as of .+\\.");
        assertThat(waitFor(By.id("verify-facts")).getText()).contains("Replaced with a new battery", "11 of 11 passed");
        assertThat(waitFor(By.id("verify-centre")).getText()).isEqualTo(name);
        // The photo the centre added shows, drawn, with the hash the stamp signs.
        WebElement photo = waitFor(By.cssSelector("#verify-photo img"));
        wait.until(browser -> (Boolean) this.browser.executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth === 64", photo));
        assertThat(waitFor(By.id("verify-photo")).getText()).containsPattern("SHA-256 is [0-9a-f]{64}");

        // The buyer checks the serial the device shows, as the device writes it.
        type("verify-serial", serial.toLowerCase().replace("-", " "));
        click(By.id("verify-serial-check"));
        assertThat(waitFor(By.id("verify-serial-answer")).getText()).isEqualTo("The serial matches: this is the stamped device.");
        type("verify-serial", "FP5-00000000");
        click(By.id("verify-serial-check"));
        waiting().until(ExpectedConditions.textToBe(By.id("verify-serial-answer"),
                "The serial does not match: this stamp belongs to another device."));
    }

    @Test
    void aCentreChoosesOnlyAmongTheKindsOfDeviceItIsCertifiedForAndSeesAReadingOutsideItsLimitAtTheField() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String staff = setup.account("centre", Role.REUSE_CENTRE);
        UUID certified = centreOf(staff, "Anker Gjenbruk " + suffix);
        String uncertified = "Bryne Gjenbruk " + suffix;
        centreOf(staff, uncertified);
        LocalDate from = LocalDate.now().minusYears(1);
        TestSecurity.asAdmin(() -> certificates.importCertificate(certified, CertificateKind.REUSE_CENTRE,
                new Scope(Set.of("washing-machines", "phones"), Set.of(OfferedService.SELLS_REFURBISHED)), from,
                from.plusYears(3), "Test Certifier"));

        signIn(staff, CertificationTestSetup.PASSWORD);
        waitFor(By.id("signed-in-user"));
        open("/stamps");
        click(By.id("new-stamp-category"));
        List<String> offered = wait.until(driver -> {
            List<String> shown = driver.findElements(By.cssSelector("#new-stamp-category vaadin-select-item")).stream()
                    .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
            return shown.isEmpty() ? null : shown;
        });
        assertThat(offered).containsExactly("Phones", "Washing machines");
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();

        // The other centre holds no certificate: it is told why, and where to apply, instead of getting a form.
        chooseOrganisation(uncertified);
        assertThat(waitFor(By.id("no-certified-categories")).getText()).contains(uncertified
                + " has no reuse-centre certificate in force that covers any kind of device");
        assertThat(waitFor(By.cssSelector("#no-certified-categories a")).getDomAttribute("href")).isEqualTo("/certification");
        assertThat(browser.findElement(By.id("new-stamp-category")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("start-stamp")).isDisplayed()).isFalse();

        chooseOrganisation("Anker Gjenbruk " + suffix);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("no-certified-categories")));
        StampSteps.startApplication(this, "Washing machines", "Miele", "WWD 320", "WM-" + suffix);
        wait.until(ExpectedConditions.titleContains("Stamp application: Miele WWD 320"));

        // A reading outside its limit is marked as soon as the field is left, by the limit of the protection class.
        click(By.cssSelector("#stamp-safety-recorded label"));
        click(By.cssSelector("#stamp-protection-class vaadin-radio-button"));
        leave("stamp-insulation", "0.5");
        assertThat(errorOf("stamp-insulation"))
                .isEqualTo("Insulation resistance is below the limit (1 megohm for class I, 2 megohm for class II).");
        leave("stamp-insulation", "1.5");
        wait.until(ExpectedConditions.attributeToBe(By.id("stamp-insulation"), "invalid", "false"));
        click(By.cssSelector("#stamp-protection-class vaadin-radio-button:nth-of-type(2)"));
        wait.until(ExpectedConditions.attributeToBe(By.id("stamp-insulation"), "invalid", "true"));
        leave("stamp-leakage", "0.6");
        assertThat(errorOf("stamp-leakage"))
                .isEqualTo("Leakage current is above the limit (3.5 mA for class I, 0.5 mA for class II).");

        // Such readings are kept, still marked: they block a stamp, not saving.
        type("stamp-safety-instrument", "Fluke 6500-2");
        type("stamp-safety-tester", "Tove Tekniker");
        click(By.id("save-stamp"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-notification-card"), "Saved"));
        assertThat(errorOf("stamp-insulation")).startsWith("Insulation resistance is below the limit");
        assertThat(errorOf("stamp-leakage")).startsWith("Leakage current is above the limit");
    }

    private UUID centreOf(String staff, String name) {
        UUID centre = TestSecurity.asAdmin(() -> organisations.register(OrganisationKind.REUSE_CENTRE,
                DirectoryFixtures.details(name)));
        setup.addStaff(staff, centre);
        return centre;
    }

    private void chooseOrganisation(String name) {
        click(By.id("new-stamp-organisation"));
        click(By.xpath("//vaadin-select-item[normalize-space(.)='" + name + "']"));
    }

    /** Types a reading and leaves the field, as a technician tabs on to the next. */
    private void leave(String fieldId, String text) {
        type(fieldId, text);
        browser.findElement(By.cssSelector("#" + fieldId + " input")).sendKeys(Keys.TAB);
    }

    /** The message a field shows, once it is marked. */
    private String errorOf(String fieldId) {
        wait.until(ExpectedConditions.attributeToBe(By.id(fieldId), "invalid", "true"));
        return browser.findElement(By.id(fieldId)).getDomProperty("errorMessage");
    }
}
