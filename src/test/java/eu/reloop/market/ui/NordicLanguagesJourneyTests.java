package eu.reloop.market.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.reloop.BrowserTest;
import eu.reloop.certification.CertificationTestSetup;
import eu.reloop.geo.Gazetteer;
import eu.reloop.geo.GeoPoint;
import eu.reloop.identity.MailedLinks;
import eu.reloop.identity.PreferredLanguages;
import eu.reloop.market.Listing;
import eu.reloop.market.MarketTestSetup;
import eu.reloop.market.MarketTestSetup.Centre;
import eu.reloop.search.ListingQuery;
import eu.reloop.search.ListingSearch;
import eu.reloop.shared.LocalizedFormats;
import eu.reloop.shared.Money;
import eu.reloop.shared.Translations;

/**
 * A buyer whose browser asks for Swedish, and one whose browser asks for Danish, search, open a phone and check
 * out: every step reads in their language, with prices as it writes them and the seller's country's consumer
 * rights beside the warranty; their account keeps the language, so their e-mail is written in it too.
 */
class NordicLanguagesJourneyTests extends BrowserTest {

    @Autowired
    MarketTestSetup setup;

    @Autowired
    ListingSearch search;

    @Autowired
    Gazetteer gazetteer;

    @Autowired
    Translations translations;

    @Autowired
    PreferredLanguages languages;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSwedishBuyerNearMalmoReadsEveryStepInSwedishWithSwedishConsumerRights() throws IOException {
        String buyer = buysInTheirLanguage("sv-SE", Translations.SWEDISH, "Malmö", "SE", "SEK", "Konsumentköplagen");

        assertThat(languages.of(Set.of(buyer))).containsEntry(buyer, Translations.SWEDISH);
    }

    /** The Danish buyer then switches to English: signing in again later, ReLoop speaks English to them. */
    @Test
    void aDanishBuyerNearCopenhagenReadsEveryStepInDanishAndTheLanguageTheyChooseStaysWithTheirAccount() throws IOException {
        String buyer = buysInTheirLanguage("da-DK", Translations.DANISH, "København", "DK", "DKK", "Købeloven § 83");

        click(By.id("language"));
        // The open list may draw its items again while it opens.
        wait.ignoring(StaleElementReferenceException.class).until(driver -> {
            driver.findElement(By.xpath("//vaadin-select-item[normalize-space(.)='English']")).click();
            return true;
        });
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        await().atMost(Duration.ofSeconds(10)).until(() -> languages.of(Set.of(buyer)).get(buyer),
                Translations.ENGLISH::equals);
        forgetSession();
        signIn(buyer, CertificationTestSetup.PASSWORD);
        waitFor(By.id("signed-in-user"));
        open("/warranties");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertThat(waitFor(By.tagName("h1")).getText())
                .isEqualTo(translations.getTranslation("my-warranties.title", Translations.ENGLISH));
    }

    /** The buyer's address: they search near the town, open the phone, reserve it and choose to pay at pickup. */
    private String buysInTheirLanguage(String browserLanguage, Locale language, String town, String country,
            String currency, String law) throws IOException {
        reopenIn(browserLanguage);
        GeoPoint near = gazetteer.find(town).orElseThrow().location();
        Centre centre = setup.certifiedCentre("Återbruk " + UUID.randomUUID().toString().substring(0, 8),
                new GeoPoint(near.latitude() + 0.01, near.longitude()), Set.of("phones"), country);
        Listing listing = setup.listedPhone(centre, "Fairphone 5 " + UUID.randomUUID().toString().substring(0, 6),
                "2499", currency);
        String buyer = setup.consumer();
        await().atMost(Duration.ofSeconds(20)).until(() -> search.search(ListingQuery.near(near, 5)).page().hits()
                .stream().anyMatch(hit -> hit.listingId().equals(listing.id())));

        open("/buy");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language.getLanguage()));
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo(translations.getTranslation("buy.title", language));
        WebElement place = waitFor(By.cssSelector("#search-place input"));
        place.sendKeys(town);
        place.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-results"), listing.title()));
        click(By.linkText(listing.title()));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".listing-view h1"), listing.title()));
        // As the language writes money (Selenium reads its no-break spaces as spaces).
        assertThat(waitFor(By.id("listing-price")).getText()).isEqualTo(LocalizedFormats.money(
                new Money(new BigDecimal("2499"), Currency.getInstance(currency)), language).replaceAll("\\h", " "));
        assertThat(waitFor(By.id("listing-stamp-status")).getText())
                .isEqualTo(translations.getTranslation("listing.stamp-valid", language));
        String rights = translations.getTranslation("rights." + country, language);
        assertThat(waitFor(By.id("listing-rights")).getText()).contains(rights)
                .contains(translations.getTranslation("rights.in-addition", language)).contains(law);

        click(By.id("buy"));
        waitFor(By.cssSelector("vaadin-login-form input[name=username]")).sendKeys(buyer);
        browser.findElement(By.cssSelector("vaadin-login-form input[name=password]")).sendKeys(CertificationTestSetup.PASSWORD);
        click(By.cssSelector("vaadin-login-form vaadin-button[slot=submit]"));
        wait.until(ExpectedConditions.urlContains("/listings/" + listing.id()));
        click(By.id("buy"));
        wait.until(ExpectedConditions.urlContains("/checkout/"));
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo(translations.getTranslation("checkout.title", language));
        assertThat(waitFor(By.id("checkout-rights")).getText()).contains(rights).contains(law);
        click(By.id("pay-at-pickup"));
        wait.until(ExpectedConditions.urlContains("/orders/"));
        assertThat(waitFor(By.cssSelector(".order-card.highlighted")).getText()).contains(listing.title());
        // Signed in from a browser in their language, the account took it: the reservation's e-mail is in it.
        assertThat(new MailedLinks(jdbc).bodies(buyer).getLast())
                .contains(translations.getTranslation("mail.footer.person", language));
        return buyer;
    }
}
