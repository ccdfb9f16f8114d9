package eu.reloop.market.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import eu.reloop.BrowserTest;
import eu.reloop.certification.CertificationTestSetup;
import eu.reloop.geo.Gazetteer;
import eu.reloop.geo.GeoPoint;
import eu.reloop.market.Checkout;
import eu.reloop.market.Listing;
import eu.reloop.market.MarketTestSetup;
import eu.reloop.market.MarketTestSetup.Centre;
import eu.reloop.search.ListingQuery;
import eu.reloop.search.ListingSearch;

class PayAtPickupJourneyTests extends BrowserTest {

    @Autowired
    MarketTestSetup setup;

    @Autowired
    ListingSearch search;

    @Autowired
    Gazetteer gazetteer;

    @Autowired
    Checkout checkout;

    @Test
    void aBuyerFindsAPhoneNearMalmoReservesItToPayAtPickupAndTheCentreHandsItOver() {
        GeoPoint malmo = gazetteer.find("Malmö").orElseThrow().location();
        Centre centre = setup.certifiedCentre("Malmö Återbruk " + UUID.randomUUID().toString().substring(0, 8),
                new GeoPoint(malmo.latitude() + 0.01, malmo.longitude()));
        Listing listing = setup.listedPhone(centre, "Fairphone 5 Malmö " + UUID.randomUUID().toString().substring(0, 6),
                "2499", "SEK");
        String buyer = setup.consumer();
        await().atMost(Duration.ofSeconds(20)).until(() -> search.search(ListingQuery.near(malmo, 5)).page().hits()
                .stream().anyMatch(hit -> hit.listingId().equals(listing.id())));

        // A visitor searches near Malmö and opens the phone; "Buy" asks them to sign in and brings them back to
        // the phone, where pressing "Buy" reserves it and goes to checkout.
        open("/buy");
        WebElement place = waitFor(By.cssSelector("#search-place input"));
        place.sendKeys("Malmö");
        place.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-results"), listing.title()));
        click(By.linkText(listing.title()));
        wait.until(ExpectedConditions.urlContains("/listings/" + listing.id()));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".listing-view h1"), listing.title()));
        assertThat(waitFor(By.id("listing-where")).getText()).contains("from where you searched");
        assertThat(waitFor(By.id("listing-stamp-status")).getText()).isEqualTo("Stamp valid");
        // The seller's name and its badge do not touch.
        assertThat(((Number) browser.executeScript("""
                const line = document.querySelector('.seller-with-badge');
                return line.querySelector('.certification-badge').getBoundingClientRect().left
                        - line.querySelector('#listing-seller').getBoundingClientRect().right""")).doubleValue())
                .isGreaterThanOrEqualTo(4);
        click(By.id("buy"));
        waitFor(By.cssSelector("vaadin-login-form input[name=username]")).sendKeys(buyer);
        browser.findElement(By.cssSelector("vaadin-login-form input[name=password]"))
                .sendKeys(CertificationTestSetup.PASSWORD);
        click(By.cssSelector("vaadin-login-form vaadin-button[slot=submit]"));
        wait.until(ExpectedConditions.urlContains("/listings/" + listing.id()));
        waitFor(By.id("buy"));
        assertThat(MarketTestSetup.asBuyer(buyer, () -> checkout.myHoldOn(listing.id()))).as("nothing reserved yet").isEmpty();
        // Opening the reserve address, as a link on another site might, reserves nothing either.
        open("/listings/" + listing.id() + "/reserve");
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/reserve")));
        waitFor(By.id("buy"));
        assertThat(browser.findElements(By.id("listing-reserved-for-you"))).isEmpty();
        assertThat(MarketTestSetup.asBuyer(buyer, () -> checkout.myHoldOn(listing.id()))).isEmpty();
        click(By.id("buy"));
        wait.until(ExpectedConditions.urlContains("/checkout/"));
        assertThat(waitFor(By.id("checkout-held")).getText()).contains("reserved for you until");
        // The centre has no Stripe account: it takes payment at pickup only.
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains("This centre takes payment at pickup only");

        // Opening the item again, the buyer reads that it waits for them, and finds the way back to checkout.
        open("/listings/" + listing.id());
        assertThat(waitFor(By.id("listing-reserved-for-you")).getText()).contains("reserved for you until");
        assertThat(browser.findElements(By.id("listing-reserved"))).isEmpty();
        click(By.id("listing-your-order"));
        wait.until(ExpectedConditions.urlContains("/checkout/"));

        click(By.id("pay-at-pickup"));
        wait.until(ExpectedConditions.urlContains("/orders/"));
        String orderUrl = browser.getCurrentUrl();
        assertThat(waitFor(By.cssSelector(".order-card.highlighted")).getText())
                .contains(listing.title()).contains("Awaiting pickup").contains("and pay there");
        open("/listings/" + listing.id());
        assertThat(waitFor(By.id("listing-reserved-for-you")).getText())
                .contains("reserved for you: pick it up and pay at the centre by");
        assertThat(browser.findElement(By.id("listing-your-order")).getAttribute("href")).isEqualTo(orderUrl);

        // Anyone else reads that another buyer has it.
        signOut();
        open("/listings/" + listing.id());
        assertThat(waitFor(By.id("listing-reserved")).getText()).startsWith("Another buyer");
        assertThat(browser.findElements(By.id("listing-reserved-for-you"))).isEmpty();

        // The centre takes the payment at the counter and confirms the hand-over: the sale.
        signIn(centre.staffed().email(), CertificationTestSetup.PASSWORD);
        waitFor(By.id("signed-in-user"));
        click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Sales']"));
        assertThat(waitFor(By.id("seller-orders-intro")).getText()).startsWith("Orders from buyers for your centre's items");
        // At a laptop's width, item and buyer read in full beside the actions.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("vaadin-grid"), buyer));
        assertThat(cutShort(By.cssSelector("vaadin-grid"))).isEmpty();
        click(By.cssSelector("vaadin-button[id^='hand-over-']"));
        click(By.cssSelector("#hand-over-dialog vaadin-button[slot='confirm-button']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("vaadin-grid"), "Completed"));

        signOut();
        signIn(buyer, CertificationTestSetup.PASSWORD);
        waitFor(By.id("signed-in-user"));
        open("/warranties");
        assertThat(waitFor(By.cssSelector(".order-card")).getText()).contains(listing.title()).contains("In force");
        // Beside the warranty, what the seller's country's law gives the buyer anyway (the test centre is in Norway).
        assertThat(waitFor(By.cssSelector(".order-card .statutory-rights")).getText())
                .contains("two years after you received the item").contains("Forbrukerkjøpsloven § 27");
        open("/listings/" + listing.id());
        assertThat(waitFor(By.id("listing-not-found")).getText()).contains("not for sale");
        // Sold, it has left search.
        await().atMost(Duration.ofSeconds(20)).until(() -> search.search(ListingQuery.near(malmo, 5)).page().hits()
                .stream().noneMatch(hit -> hit.listingId().equals(listing.id())));
    }

    private void signOut() {
        click(By.id("sign-out"));
        waitFor(By.id("sign-in"));
    }
}
