package eu.reloop.payment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import eu.reloop.BrowserTest;
import eu.reloop.TestSecurity;
import eu.reloop.certification.CertificationTestSetup;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.directory.OrganisationKind;
import eu.reloop.directory.Organisations;
import eu.reloop.identity.Role;
import eu.reloop.payment.FakeStripe;

class PaymentsJourneyTests extends BrowserTest {

    @Autowired
    CertificationTestSetup setup;

    @Autowired
    Organisations organisations;

    @Test
    void centreStaffConnectTheirOrganisationToStripeAndAreToldWhenStripeFails() {
        String staff = setup.account("seller", Role.REUSE_CENTRE);
        UUID failing = centre("Alfa Betaling ", staff);
        UUID connecting = centre("Beta Betaling ", staff);
        FakeStripe.stubSellerAccountCreationFailure(failing);
        FakeStripe.stubAccountLink(FakeStripe.stubSellerAccountCreation(connecting));

        signIn(staff, CertificationTestSetup.PASSWORD);
        waitFor(By.id("signed-in-user"));
        click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Payments']"));

        assertThat(waitFor(By.id("payments-fee")).getText()).isEqualTo("ReLoop's fee: 5 % of each payment.");
        assertThat(browser.findElement(By.cssSelector("[data-organisation='" + connecting + "'] .seller-account-state"))
                .getText()).startsWith("Not connected to Stripe");

        click(By.id("onboard-" + failing));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-notification-card"),
                "The payment service could not be reached just now."));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("onboard-" + failing)));

        assertThat(browser.findElement(By.id("onboard-" + connecting)).getText()).isEqualTo("Connect with Stripe");
        click(By.id("onboard-" + connecting));
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Fake Stripe onboarding"));
    }

    private UUID centre(String name, String staff) {
        UUID centre = TestSecurity.asAdmin(() -> organisations.register(OrganisationKind.REUSE_CENTRE,
                DirectoryFixtures.details(name + UUID.randomUUID().toString().substring(0, 8))));
        setup.addStaff(staff, centre);
        return centre;
    }
}
