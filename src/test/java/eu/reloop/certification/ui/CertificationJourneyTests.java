package eu.reloop.certification.ui;

import static eu.reloop.certification.CertificationTestSetup.asCertifier;
import static eu.reloop.certification.CertificationTestSetup.asStaff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import eu.reloop.BrowserTest;
import eu.reloop.IntegrationTest;
import eu.reloop.certification.ApplicationStatus;
import eu.reloop.certification.AuditAction;
import eu.reloop.certification.AuditEntry;
import eu.reloop.certification.CertificateKind;
import eu.reloop.certification.CertificateState;
import eu.reloop.certification.Certificates;
import eu.reloop.certification.CertificationApplications;
import eu.reloop.certification.CertificationFixtures;
import eu.reloop.certification.CertificationLinks;
import eu.reloop.certification.CertificationReviews;
import eu.reloop.certification.CertificationTestSetup;
import eu.reloop.certification.CertificationTestSetup.Staffed;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.identity.Role;

@IntegrationTest
class CertificationJourneyTests extends BrowserTest {

    @Autowired
    CertificationTestSetup setup;

    @Autowired
    CertificationApplications applications;

    @Autowired
    CertificationReviews reviews;

    @Autowired
    Certificates certificates;

    @Test
    void anOrganisationAppliesAndACertifierApproves() {
        String name = "Journey Fiks " + UUID.randomUUID().toString().substring(0, 8);
        Staffed organisation = setup.organisationWithStaff(name, DirectoryFixtures.remoteOrigin());
        String certifier = setup.account("certifier", Role.CERTIFIER);

        signIn(organisation.email(), CertificationTestSetup.PASSWORD);
        waitFor(By.id("signed-in-user"));
        click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Certification']"));
        click(By.id("apply-repairer"));
        assertThat(waitFor(By.id("application-heading")).getText()).contains("Application for repairer certification");
        // The scope starts as what the organisation's site offers.
        WebElement categories = waitFor(By.id("scope-categories"));
        assertThat(browser.executeScript("return Array.from(arguments[0].querySelectorAll("
                + "'vaadin-multi-select-combo-box-chip')).map(chip => chip.label).join(',')", categories))
                .asString().contains("Phones");

        // Submitting with items unanswered is refused and points at the first one.
        CertificationSteps.submit(this);
        wait.until(ExpectedConditions.attributeToBe(By.id("explanation-trained-staff"), "invalid", "true"));

        CertificationSteps.answerEveryCriterionAndSubmit(this);
        WebElement card = waitFor(By.cssSelector(".organisation-card[data-organisation='" + organisation.organisationId() + "']"));
        assertThat(card.findElement(By.cssSelector(".application-status")).getText()).isEqualTo("With a certifier");

        browser.manage().deleteAllCookies();
        signIn(certifier, CertificationTestSetup.PASSWORD);
        waitFor(By.id("signed-in-user"));
        click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Review queue']"));
        click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + name + "']"));
        assertThat(waitFor(By.cssSelector(".checklist-item[data-criterion='LIABILITY_INSURANCE'] .explanation")).getText())
                .isEqualTo("We meet liability_insurance as our handbook describes.");
        click(By.id("approve"));
        click(By.cssSelector("#confirm-decision vaadin-button[slot='confirm-button']"));
        waitFor(By.id("review-queue-grid"));

        open("/organisations/" + organisation.organisationId());
        assertThat(waitFor(By.id("certification-badge")).getText()).isEqualTo("Certified");
        click(By.id("certificate-link"));
        assertThat(waitFor(By.id("certificate-status")).getText()).isEqualTo("Certified");
        assertThat(waitFor(By.id("certificate-organisation")).getText()).isEqualTo(name);
        assertThat(waitFor(By.id("certificate-proof")).getText()).contains("is the proof of certification");

        // Anyone can look a certificate up by the number printed on a sticker or invoice.
        String number = browser.getCurrentUrl().replaceAll(".*/certificates/", "");
        browser.manage().deleteAllCookies();
        open("/certificates");
        type("certificate-number", "not a number");
        click(By.id("check-certificate"));
        wait.until(ExpectedConditions.attributeToBe(By.id("certificate-number"), "invalid", "true"));
        type("certificate-number", number.toLowerCase());
        click(By.id("check-certificate"));
        wait.until(ExpectedConditions.urlContains("/certificates/" + number));
        assertThat(waitFor(By.id("certificate-status")).getText()).isEqualTo("Certified");
    }

    @Test
    void aCertifierIsAskedForTheReasonBeforeRejectingAndConfirmsAReinstatementWithOne() {
        Staffed applicant = setup.organisationWithStaff("Avslag Fiks " + UUID.randomUUID().toString().substring(0, 8),
                DirectoryFixtures.remoteOrigin());
        UUID application = asStaff(applicant, () -> applications.start(applicant.organisationId(), CertificateKind.REPAIRER));
        asStaff(applicant, () -> {
            applications.submit(applicant.organisationId(), application, CertificationTestSetup.completeDraft());
            return null;
        });
        // A long name, which the register wraps rather than cuts short.
        String suspendedName = "Suspendert Fiks og Gjenbruk av Elektronikk " + UUID.randomUUID();
        Staffed suspended = setup.organisationWithStaff(suspendedName, DirectoryFixtures.remoteOrigin());
        String number = CertificationFixtures.certify(certificates, suspended.organisationId()).number();
        String certifier = setup.account("certifier", Role.CERTIFIER);
        asCertifier(certifier, () -> {
            certificates.suspend(number, "Complaint under investigation");
            return null;
        });
        signIn(certifier, CertificationTestSetup.PASSWORD);
        waitFor(By.id("signed-in-user"));

        // Without a note, "Reject" says at the note that a reason is needed, and asks nothing yet.
        open("/" + CertificationLinks.REVIEW.replace(":applicationId", application.toString()));
        click(By.id("reject"));
        wait.until(ExpectedConditions.attributeToBe(By.id("decision-note"), "invalid", "true"));
        assertThat(browser.findElement(By.id("decision-note")).getAttribute("errorMessage"))
                .isEqualTo("Give a reason: the organisation will read it.");
        assertThat(browser.findElements(By.id("confirm-decision"))).isEmpty();
        waitFor(By.cssSelector("#decision-note textarea")).sendKeys("No electrical safety testing at all");
        click(By.id("reject"));
        click(By.cssSelector("#confirm-decision vaadin-button[slot='confirm-button']"));
        waitFor(By.id("review-queue-grid"));
        assertThat(asCertifier(certifier, () -> reviews.application(application).status()))
                .isEqualTo(ApplicationStatus.REJECTED);

        // Reinstating asks, as suspending does, and needs a reason, which the trail keeps.
        open("/" + CertificationLinks.CERTIFICATE_REGISTER);
        type("register-filter", number);
        // The filter applies after a pause, and redraws the row, buttons and all.
        WebElement register = waitFor(By.id("register-grid"));
        wait.until(driver -> Long.valueOf(1).equals(browser.executeScript("return arguments[0].size", register)));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("register-grid"), suspendedName));
        assertThat(cutShort(By.id("register-grid"))).isEmpty();
        click(By.id("reinstate-" + number));
        assertThat(waitFor(By.xpath("//p[contains(., 'in force again at once')]")).getText())
                .endsWith("The organisation reads your reason.");
        click(By.id("register-confirm"));
        wait.until(ExpectedConditions.attributeToBe(By.id("register-reason"), "invalid", "true"));
        assertThat(certificates.byNumber(number).orElseThrow().state()).isEqualTo(CertificateState.SUSPENDED);
        waitFor(By.cssSelector("#register-reason textarea")).sendKeys("Investigated: storage meets the rules");
        click(By.id("register-confirm"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("register-reason")));
        assertThat(certificates.byNumber(number).orElseThrow().state()).isEqualTo(CertificateState.ACTIVE);
        assertThat(asStaff(suspended, () -> applications.history(suspended.organisationId())))
                .extracting(AuditEntry::action, AuditEntry::reason).first()
                .isEqualTo(tuple(AuditAction.REINSTATED, "Investigated: storage meets the rules"));
    }
}
