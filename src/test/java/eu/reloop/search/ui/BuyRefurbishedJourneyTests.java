package eu.reloop.search.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import eu.reloop.BrowserTest;
import eu.reloop.geo.Gazetteer;
import eu.reloop.geo.GeoPoint;
import eu.reloop.market.Listing;
import eu.reloop.market.MarketTestSetup;
import eu.reloop.market.MarketTestSetup.Centre;
import eu.reloop.search.ListingQuery;
import eu.reloop.search.ListingSearch;
import eu.reloop.stamp.Grade;

class BuyRefurbishedJourneyTests extends BrowserTest {

    @Autowired
    MarketTestSetup setup;

    @Autowired
    ListingSearch search;

    @Autowired
    Gazetteer gazetteer;

    @Test
    void aVisitorSearchesNearBergenNarrowsByGradeAndOpensAProduct() {
        GeoPoint bergen = gazetteer.find("Bergen").orElseThrow().location();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Centre centre = setup.certifiedCentre("Bryggen Gjenbruk " + tag, bergen, Set.of("phones"));
        Listing iphone = setup.listedHandheld(centre, "phones", "Apple", "iPhone 13", Grade.PREMIUM, 93,
                "iPhone 13 " + tag, "4990", "NOK");
        Listing fairphone = setup.listedPhone(centre, "Fairphone 5 " + tag, "3490", "NOK");
        await().atMost(Duration.ofSeconds(20)).until(() -> search.search(ListingQuery.near(bergen, 2)).page().hits()
                .stream().filter(hit -> hit.title().endsWith(tag)).count() == 2);

        open("/buy");
        WebElement place = waitFor(By.cssSelector("#search-place input"));
        place.sendKeys("Bergen");
        place.sendKeys(Keys.ENTER);

        wait.until(ExpectedConditions.urlContains("place=Bergen"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-results"), iphone.title()));
        assertThat(browser.findElement(By.id("search-results")).getText()).contains(fairphone.title())
                .contains("NOK").contains("Bryggen Gjenbruk " + tag);
        assertThat(browser.findElement(By.id("search-summary")).getText()).contains("within 25 km");
        assertThat(browser.findElements(By.cssSelector(".leaflet-marker-icon"))).isNotEmpty();

        click(By.xpath("//*[@id='search-grade']//vaadin-checkbox[starts-with(normalize-space(.), 'Premium')]"));

        wait.until(ExpectedConditions.urlContains("grade=PREMIUM"));
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("search-results"),
                fairphone.title())));
        assertThat(browser.findElement(By.id("search-results")).getText()).contains(iphone.title());

        click(By.linkText(iphone.title()));
        wait.until(ExpectedConditions.urlContains("/listings/" + iphone.id()));
    }

    @Test
    void farFromEverythingTheViewOffersAWiderRadius() {
        open("/buy?lat=71.1&lon=25.8&radius=10");

        assertThat(waitFor(By.id("search-summary")).getText()).startsWith("Nothing for sale within 10 km.");
        click(By.id("search-widen"));
        wait.until(ExpectedConditions.urlContains("radius=25"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-summary"),
                "Nothing for sale within 25 km."));
    }

    @Test
    void aPriceThatCannotBeSearchedIsMarkedOnItsFieldAsTheUrlHasItAndNothingIsSearched() {
        open("/buy?place=Bergen&min=1e20");

        WebElement min = waitFor(By.id("search-min-price"));
        wait.until(ExpectedConditions.textToBe(By.id("search-summary"), "Nothing was searched: change the marked filters."));
        assertThat(min.getDomProperty("value")).isEqualTo("1e20");
        assertThat(min.getDomProperty("errorMessage")).isEqualTo("Enter a price from 0 to 10,000,000, like 1500 or 1499.50.");
        assertThat(min.getDomAttribute("invalid")).isNotNull();
        assertThat(browser.getCurrentUrl()).contains("min=1e20");

        open("/buy?place=Bergen&min=5000&max=100");

        WebElement max = waitFor(By.id("search-max-price"));
        wait.until(driver -> "Make the highest price at least the lowest price.".equals(max.getDomProperty("errorMessage")));
        assertThat(browser.findElement(By.id("search-summary")).getText())
                .isEqualTo("Nothing was searched: change the marked filters.");
        assertThat(browser.findElement(By.id("search-min-price")).getDomProperty("value")).isEqualTo("5000");
        assertThat(max.getDomProperty("value")).isEqualTo("100");
    }

    @Test
    void aPriceBelowZeroOrNotANumberIsMarkedWithTheRulesMessageAndNothingIsSearched() {
        open("/buy?place=Bergen&max=-5");

        assertMarkedAsWritten("-5", "Enter 0 or more.");

        open("/buy?place=Bergen&max=abc");

        assertMarkedAsWritten("abc", "Enter a price from 0 to 10,000,000, like 1500 or 1499.50.");
    }

    @Test
    void aChoiceTheUrlGivesAValueItDoesNotOfferIsMarkedAndSearchedWithout() {
        open("/buy?place=Bergen&battery=85&radius=far");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-summary"), "within 25 km"));
        for (String[] choice : new String[][] {{"search-min-battery", "85"}, {"search-radius", "far"}}) {
            WebElement field = browser.findElement(By.id(choice[0]));
            assertThat(field.getDomProperty("errorMessage")).isEqualTo("The link asked for “" + choice[1]
                    + "”, which is not one of the choices: this search uses what is shown.");
            assertThat(field.getDomAttribute("invalid")).isNotNull();
        }
    }

    /** The highest price shows the URL's text, marked with the message, and the summary says nothing was searched. */
    private void assertMarkedAsWritten(String written, String message) {
        WebElement max = waitFor(By.id("search-max-price"));
        wait.until(driver -> message.equals(max.getDomProperty("errorMessage")));
        assertThat(max.getDomProperty("value")).isEqualTo(written);
        assertThat(max.getDomAttribute("invalid")).isNotNull();
        assertThat(browser.findElement(By.id("search-summary")).getText())
                .isEqualTo("Nothing was searched: change the marked filters.");
        assertThat(browser.findElement(By.id("search-results")).getText()).isEmpty();
    }
}
