package eu.reloop.market.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.reloop.BrowserTest;
import eu.reloop.IntegrationTest;
import eu.reloop.certification.CertificationTestSetup;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.identity.Role;
import eu.reloop.market.ClaimOutcome;
import eu.reloop.market.ClaimStatus;
import eu.reloop.market.MarketLinks;
import eu.reloop.market.MarketTestSetup;
import eu.reloop.market.MarketTestSetup.Centre;
import eu.reloop.market.Order;
import eu.reloop.market.ReturnStatus;
import eu.reloop.market.Returns;
import eu.reloop.market.SoldItems;
import eu.reloop.market.Warranty;
import eu.reloop.market.WarrantyClaim;
import eu.reloop.market.WarrantyClaims;
import eu.reloop.payment.FakeStripe;

@IntegrationTest
class AfterSaleJourneyTests extends BrowserTest {

    @Autowired
    MarketTestSetup setup;

    @Autowired
    SoldItems sold;

    @Autowired
    CertificationTestSetup certification;

    @Autowired
    WarrantyClaims claims;

    @Autowired
    Returns returns;

    @LocalServerPort
    int serverPort;

    @Test
    void aBuyerClaimsWithAPhotoAndTheCentreAnswers() throws IOException {
        Centre centre = setup.certifiedCentre("Claim Journey Centre " + UUID.randomUUID(), DirectoryFixtures.remoteOrigin());
        String staff = centre.staffed().email();
        String buyer = setup.consumer();
        Order order = sold.paidAtPickup(centre, buyer);
        Warranty warranty = sold.warrantyOf(buyer, order);

        signIn(buyer, CertificationTestSetup.PASSWORD);
        waitFor(By.id("signed-in-user"));
        open(MarketLinks.claim(warranty.id()));
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Warranty claim: Fairphone 4");
        click(By.id("file-claim"));
        assertThat(waitFor(By.cssSelector("#claim-description [slot=error-message]")).getText())
                .isEqualTo("Fill this in.");
        typeText("claim-description", "The phone restarts when the camera opens.");
        click(By.id("file-claim"));

        WebElement upload = waitFor(By.id("claim-photos-upload"));
        WebElement file = upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        file.sendKeys(photo().toAbsolutePath().toString());
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".claim-photos img"), 1));
        assertThat(waitFor(By.cssSelector(".claim-status")).getText()).startsWith("Waiting for the seller, who answers by");
        screenshot("claim-filed");

        WarrantyClaim filed = SoldItems.asBuyer(buyer, () -> claims.myClaims()).getFirst();
        assertThat(filed.photoIds()).hasSize(1);
        click(By.id("sign-out"));
        waitFor(By.id("sign-in"));

        signIn(staff, CertificationTestSetup.PASSWORD);
        waitFor(By.id("signed-in-user"));
        click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Returns and claims']"));
        click(By.id("answer-claim-" + filed.id()));
        waitFor(By.cssSelector("#after-sale-dialog .claim-photos img"));
        click(By.id("claim-outcome"));
        click(By.xpath("//vaadin-select-item[normalize-space(.)='Reject']"));
        click(By.id("after-sale-send"));
        assertThat(waitFor(By.cssSelector("#after-sale-answer [slot=error-message]")).getText())
                .isEqualTo("Fill this in.");
        click(By.id("claim-outcome"));
        click(By.xpath("//vaadin-select-item[normalize-space(.)='Repair']"));
        typeText("after-sale-answer", "Bring it to the counter on Monday; we replace the camera module.");
        screenshot("claim-answering");
        click(By.id("after-sale-send"));

        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("after-sale-dialog")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("claims-" + centre.organisationId()), "Repair"));
        assertThat(cutShort(By.id("claims-" + centre.organisationId()))).isEmpty();
        WarrantyClaim answered = SoldItems.asBuyer(buyer, () -> claims.myClaims()).getFirst();
        assertThat(answered.status()).isEqualTo(ClaimStatus.ANSWERED);
        assertThat(answered.outcome()).isEqualTo(ClaimOutcome.REPAIR);
        assertThat(answered.answer()).isEqualTo("Bring it to the counter on Monday; we replace the camera module.");

        // Certifiers see the centre's claim: one item sold, one claim.
        click(By.id("sign-out"));
        waitFor(By.id("sign-in"));
        signIn(certification.account("certifier", Role.CERTIFIER), CertificationTestSetup.PASSWORD);
        waitFor(By.id("signed-in-user"));
        click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Claim rates']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("claim-rates-grid"), "Claim rate"));
        assertThat(cutShort(By.id("claim-rates-grid"))).isEmpty();
        screenshot("claim-rates");
    }

    @Test
    void aNulPastedIntoAClaimIsShownOnTheFieldAndNothingIsFiled() {
        Centre centre = setup.certifiedCentre("Claim Paste Centre " + UUID.randomUUID(), DirectoryFixtures.remoteOrigin());
        String buyer = setup.consumer();
        Warranty warranty = sold.warrantyOf(buyer, sold.paidAtPickup(centre, buyer));

        signIn(buyer, CertificationTestSetup.PASSWORD);
        waitFor(By.id("signed-in-user"));
        open(MarketLinks.claim(warranty.id()));
        WebElement description = waitFor(By.id("claim-description"));
        // As a paste from a broken document delivers it: the text area's value, then its change event.
        browser.executeScript("arguments[0].value = 'The screen flickers\u0000 after an hour.';"
                + "arguments[0].dispatchEvent(new Event('change'));", description);
        click(By.id("file-claim"));

        wait.until(ExpectedConditions.attributeToBe(By.id("claim-description"), "invalid", "true"));
        assertThat(waitFor(By.cssSelector("#claim-description [slot=error-message]")).getText())
                .startsWith("Remove the invisible control characters");
        assertThat(SoldItems.asBuyer(buyer, () -> claims.myClaims())).isEmpty();
    }

    @Test
    void aClaimAnsweredWithARefundIsConfirmedFirstAndThenRefunded() {
        Centre centre = setup.certifiedCentre("Refund Journey Centre " + UUID.randomUUID(), DirectoryFixtures.remoteOrigin());
        String buyer = setup.consumer();
        Order order = sold.paidAtPickup(centre, buyer);
        Warranty warranty = sold.warrantyOf(buyer, order);
        UUID claimId = SoldItems.asBuyer(buyer, () -> claims.fileClaim(warranty.id(), "The screen flickers."));

        signIn(centre.staffed().email(), CertificationTestSetup.PASSWORD);
        waitFor(By.id("signed-in-user"));
        open("/market/after-sale");
        click(By.id("answer-claim-" + claimId));
        click(By.id("claim-outcome"));
        click(By.xpath("//vaadin-select-item[normalize-space(.)='Refund']"));
        typeText("after-sale-answer", "We cannot repair it; you get the full price back at the counter.");
        click(By.id("after-sale-send"));
        assertThat(waitFor(By.cssSelector("#confirm-refund vaadin-button[slot='confirm-button']")).getText()).isEqualTo("Refund");
        click(By.cssSelector("#confirm-refund vaadin-button[slot='cancel-button']"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm-refund")));
        // Not sent: the answer dialog is still there, and the claim still open.
        assertThat(waitFor(By.id("after-sale-dialog")).isDisplayed()).isTrue();
        assertThat(SoldItems.asBuyer(buyer, () -> claims.myClaims()).getFirst().status()).isEqualTo(ClaimStatus.OPEN);

        click(By.id("after-sale-send"));
        click(By.cssSelector("#confirm-refund vaadin-button[slot='confirm-button']"));

        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("after-sale-dialog")));
        WarrantyClaim answered = SoldItems.asBuyer(buyer, () -> claims.myClaims()).getFirst();
        assertThat(answered.outcome()).isEqualTo(ClaimOutcome.REFUND);
        assertThat(SoldItems.asBuyer(buyer, () -> returns.returnOf(order.id())).orElseThrow().status())
                .isEqualTo(ReturnStatus.REFUNDED);
    }

    @Test
    void aCentreRecordsPayingBackARefundStripeCouldNotPay() throws IOException {
        Centre centre = setup.certifiedCentre("Failed Refund Centre " + UUID.randomUUID(), DirectoryFixtures.remoteOrigin());
        setup.connectToStripe(centre);
        FakeStripe.stubTransfer();
        String buyer = setup.consumer();
        String paymentIntent = "pi_test_" + UUID.randomUUID().toString().substring(0, 8);
        Order order = sold.paidOnline(centre, buyer, paymentIntent);
        UUID returnId = SoldItems.asBuyer(buyer, () -> returns.requestReturn(order.id(), "Wrong size"));
        String refundId = FakeStripe.stubRefund(paymentIntent);
        MarketTestSetup.asStaff(centre, () -> {
            returns.approveReturn(centre.organisationId(), returnId);
            return null;
        });
        FakeStripe.deliver(serverPort, FakeStripe.event("refund.failed", Instant.now(),
                FakeStripe.failedRefund(refundId, paymentIntent)));
        await().until(() -> SoldItems.asBuyer(buyer, () -> returns.returnOf(order.id())).orElseThrow().status()
                == ReturnStatus.REFUND_FAILED);

        signIn(centre.staffed().email(), CertificationTestSetup.PASSWORD);
        waitFor(By.id("signed-in-user"));
        open("/market/after-sale");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("returns-" + centre.organisationId()),
                "Refund failed: pay another way"));
        screenshot("refund-failed");
        click(By.id("refund-paid-" + returnId));
        click(By.cssSelector("#confirm-refund-paid vaadin-button[slot='confirm-button']"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("returns-" + centre.organisationId()), "Refunded"));
        assertThat(SoldItems.asBuyer(buyer, () -> returns.returnOf(order.id())).orElseThrow().status())
                .isEqualTo(ReturnStatus.REFUNDED);
    }

    @Test
    void aBuyerAsksToReturnAnItemAndTheCentreRefusesWithAReason() throws IOException {
        Centre centre = setup.certifiedCentre("Return Journey Centre " + UUID.randomUUID(), DirectoryFixtures.remoteOrigin());
        String staff = centre.staffed().email();
        String buyer = setup.consumer();
        Order order = sold.paidAtPickup(centre, buyer);

        signIn(buyer, CertificationTestSetup.PASSWORD);
        waitFor(By.id("signed-in-user"));
        open(MarketLinks.orderReturn(order.id()));
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Return Fairphone 4");
        typeText("return-reason", "The battery drains in two hours.");
        click(By.id("request-return"));
        assertThat(waitFor(By.id("return-status-text")).getText()).contains("The seller has not answered yet.");
        screenshot("return-requested");
        click(By.id("sign-out"));
        waitFor(By.id("sign-in"));

        signIn(staff, CertificationTestSetup.PASSWORD);
        waitFor(By.id("signed-in-user"));
        open("/market/after-sale");
        UUID returnId = SoldItems.asBuyer(buyer, () -> returns.returnOf(order.id())).orElseThrow().id();
        click(By.id("refuse-return-" + returnId));
        typeText("after-sale-answer", "The battery tested at 92 % when we handed it over.");
        click(By.id("after-sale-send"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("returns-" + centre.organisationId()),
                "Refused"));
        click(By.id("sign-out"));
        waitFor(By.id("sign-in"));

        signIn(buyer, CertificationTestSetup.PASSWORD);
        waitFor(By.id("signed-in-user"));
        open(MarketLinks.orderReturn(order.id()));
        assertThat(waitFor(By.id("return-answer")).getText())
                .isEqualTo("The seller's answer: The battery tested at 92 % when we handed it over.");
        screenshot("return-refused");
    }


    /** Types into a text area, whose native textarea sits in its light DOM. */
    private void typeText(String fieldId, String text) {
        WebElement area = waitFor(By.cssSelector("#" + fieldId + " textarea"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", area);
        area.clear();
        area.sendKeys(text);
    }

    private void screenshot(String name) throws IOException {
        Path folder = Files.createDirectories(Path.of("target/browser-screenshots"));
        Files.write(folder.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private static Path photo() throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x2f, 0x6f, 0x4f));
        graphics.fillRect(0, 0, 64, 48);
        graphics.dispose();
        Path file = Files.createTempFile("claim-photo-", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

}
