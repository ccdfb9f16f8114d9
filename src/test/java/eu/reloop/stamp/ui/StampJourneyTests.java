package eu.reloop.stamp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
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
        StampSteps.startPhoneApplication(this, "Fairphone", "5", "FP5-" + UUID.randomUUID().toString().substring(0, 8));
        assertThat(waitFor(By.id("stamp-heading")).getText()).contains("Stamp application: Fairphone 5");

        // A percentage no battery has is marked as soon as the field is left.
        type("stamp-battery-health", "101");
        waitFor(By.cssSelector("#stamp-battery-health input")).sendKeys(Keys.TAB);
        wait.until(ExpectedConditions.attributeToBe(By.id("stamp-battery-health"), "invalid", "true"));

        // A weak battery that was not replaced is refused, with everything else still missing.
        type("stamp-battery-health", "70");
        StampSteps.submit(this);
        assertThat(waitFor(By.id("stamp-blockers")).getText())
                .contains("Battery health is below 80 % and the battery was not replaced.")
                .contains("Choose the cosmetic grade.")
                .contains("Name the technician who did the work.");

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
        assertThat(waitFor(By.id("verify-status")).getText()).isEqualTo("Genuine ReLoop quality stamp, in force.");
        assertThat(waitFor(By.id("verify-facts")).getText()).contains("Replaced with a new battery", "11 of 11 passed");
        assertThat(waitFor(By.id("verify-centre")).getText()).isEqualTo(name);
    }
}
