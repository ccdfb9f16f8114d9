package eu.reloop.market.ui;

import static eu.reloop.market.MarketTestSetup.asStaff;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import eu.reloop.BrowserTest;
import eu.reloop.IntegrationTest;
import eu.reloop.certification.CertificationTestSetup;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.market.Listing;
import eu.reloop.market.ListingStatus;
import eu.reloop.market.Listings;
import eu.reloop.market.MarketTestSetup;
import eu.reloop.market.MarketTestSetup.Centre;
import eu.reloop.stamp.Stamp;

@IntegrationTest
class SellerJourneyTests extends BrowserTest {

    @Autowired
    MarketTestSetup setup;

    @Autowired
    Listings listings;

    @Test
    void aCentreListsAStampedPhoneAddsAPhotoAndWithdrawsIt() throws Exception {
        Centre centre = setup.certifiedCentre("Selger Gjenbruk " + UUID.randomUUID().toString().substring(0, 8),
                DirectoryFixtures.remoteOrigin());
        Stamp stamp = setup.stampedPhone(centre);
        String seller = centre.staffed().email();
        String section = ".organisation-listings[data-organisation='" + centre.organisationId() + "']";

        signIn(seller, CertificationTestSetup.PASSWORD);
        waitFor(By.id("signed-in-user"));
        // What staff buy themselves and what their centre sells are two entries no one mixes up.
        assertThat(menuEntries()).containsSubsequence("My orders", "Quality stamps", "My listings", "Sales");
        assertThat(menuIcon("Sales")).isNotEqualTo(menuIcon("My orders"));
        click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='My listings']"));
        assertThat(waitFor(By.cssSelector(section + " .no-listings")).getText()).isEqualTo("No listings yet.");
        assertThat(waitFor(By.cssSelector(section + " .listable-count")).getText())
                .isEqualTo("One stamped item is ready to list.");
        click(By.cssSelector(section + " .list-item"));

        // The only stamped item is chosen already, and names the listing until the seller writes a title.
        assertThat(waitFor(By.id("listing-stamp")).getText()).contains(stamp.code().display(), "Fairphone 5");
        assertThat(waitFor(By.cssSelector("#listing-title input")).getAttribute("value")).isEqualTo("Fairphone 5");
        assertThat(waitFor(By.id("photos-after-save")).getText()).contains("once the listing is saved");

        type("listing-title", "ab");
        click(By.id("save-listing"));
        wait.until(ExpectedConditions.attributeToBe(By.id("listing-title"), "invalid", "true"));
        assertThat(waitFor(By.cssSelector("#listing-title [slot='error-message']")).getText())
                .isEqualTo("Write a title of at least 3 characters: say what the item is.");
        assertThat(asStaff(centre, () -> listings.listingsOf(centre.organisationId()))).isEmpty();

        type("listing-title", "Fairphone 5, 256 GB");
        waitFor(By.cssSelector("#listing-description textarea")).sendKeys("Tested, new display.");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#listing-description [slot='helper']"),
                "20 of 4,000 characters"));
        type("listing-price", "2490");
        // Shipping ticked without a price stops the form; unticking it takes the mark away.
        click(By.cssSelector("#listing-shipping label"));
        click(By.id("save-listing"));
        wait.until(ExpectedConditions.attributeToBe(By.id("listing-shipping-price"), "invalid", "true"));
        assertThat(waitFor(By.cssSelector("#listing-shipping-price [slot='error-message']")).getText())
                .isEqualTo("Enter a shipping price (0 for free shipping), with at most two decimals.");
        assertThat(asStaff(centre, () -> listings.listingsOf(centre.organisationId()))).isEmpty();
        click(By.cssSelector("#listing-shipping label"));
        wait.until(ExpectedConditions.not(
                ExpectedConditions.attributeToBe(By.id("listing-shipping-price"), "invalid", "true")));
        click(By.id("save-listing"));
        assertThat(waitFor(By.id("listing-heading")).getText()).contains("Fairphone 5, 256 GB", "On sale");
        Listing listed = asStaff(centre, () -> listings.listingsOf(centre.organisationId())).getFirst();
        assertThat(listed.price().amount()).isEqualByComparingTo("2490");
        assertThat(listed.price().currency().getCurrencyCode()).isEqualTo("NOK");
        assertThat(waitFor(By.id("view-as-buyer")).getAttribute("href")).endsWith("/listings/" + listed.id());

        uploadPng("listing-photo-upload");
        WebElement thumbnail = waitFor(By.cssSelector("#listing-photo-editor .photo-thumbnail img"));
        wait.until(browser -> (Boolean) this.browser.executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth === 64", thumbnail));
        assertThat(thumbnail.getAttribute("alt")).isEqualTo("Photo 1 of Fairphone 5, 256 GB");

        click(By.id("back-to-listings"));
        String row = waitFor(By.cssSelector(section + " .listings-grid")).getText();
        assertThat(row).contains("Fairphone 5, 256 GB", "On sale", "2,490");
        assertThat(cutShort(By.cssSelector(section + " .listings-grid"))).isEmpty();
        click(By.cssSelector(section + " .listing-title"));

        click(By.id("withdraw-listing"));
        click(By.cssSelector("#confirm-withdraw vaadin-button[slot='confirm-button']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("listing-heading"), "Withdrawn"));
        assertThat(browser.findElements(By.id("save-listing"))).isEmpty();
        assertThat(asStaff(centre, () -> listings.listing(listed.id()).orElseThrow().status()))
                .isEqualTo(ListingStatus.WITHDRAWN);

        click(By.id("back-to-listings"));
        assertThat(waitFor(By.cssSelector(section + " .listing-status")).getText()).isEqualTo("Withdrawn");
        assertThat(waitFor(By.cssSelector(section + " .listable-count")).getText())
                .isEqualTo("One stamped item is ready to list.");
    }

    /** The icon of the menu entry with this label, such as {@code vaadin:cart}. */
    private String menuIcon(String label) {
        return browser.findElement(By.xpath("//vaadin-side-nav-item[normalize-space(.)='" + label + "']/vaadin-icon"))
                .getAttribute("icon");
    }
}
