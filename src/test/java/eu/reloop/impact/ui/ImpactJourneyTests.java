package eu.reloop.impact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import eu.reloop.BrowserTest;
import eu.reloop.certification.CertificationTestSetup;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.directory.DirectoryLinks;
import eu.reloop.market.Listing;
import eu.reloop.market.MarketTestSetup;
import eu.reloop.market.MarketTestSetup.Centre;

/**
 * A visitor looks at what reuse saved: the public impact page draws its charts and map, "How we count" gives the
 * factors, a centre's profile shows its totals, and the buyer finds the item under "My impact".
 */
class ImpactJourneyTests extends BrowserTest {

    @Autowired
    MarketTestSetup setup;

    @Test
    void theImpactPageDrawsItsChartsAndACentresProfileAndTheBuyerShowWhatItsSalesSaved() {
        Centre centre = setup.certifiedCentre("Impact Journey Centre " + UUID.randomUUID(), DirectoryFixtures.remoteOrigin());
        String buyer = setup.consumer();
        Listing listing = setup.listedPhone(centre, "Fairphone 5", "2490", "NOK");
        // Before the sale the product page gives the estimate for the item, with the method a click away.
        open("/listings/" + listing.id());
        assertThat(waitFor(By.id("listing-impact")).getText())
                .contains("avoids about 25.3 kg CO2e and 0.2 kg of waste", "How we count");
        setup.soldAtPickup(centre, buyer, listing);

        open("/impact");
        assertThat(waitFor(By.id("impact-totals")).getText()).contains("Items sold again", "CO2e avoided");
        for (String chart : new String[] {"impact-month-chart", "impact-country-chart", "impact-mass-chart"}) {
            // Drawn: Chart.js holds a chart on the canvas, with bars of some height.
            waiting().until(driver -> (Boolean) browser.executeScript("""
                    const canvas = document.querySelector('#' + arguments[0] + ' canvas');
                    const chart = canvas && window.Chart && Chart.getChart(canvas);
                    return !!chart && canvas.width > 0 && chart.data.datasets[0].data.some(value => value > 0);""", chart));
        }
        assertThat(waitFor(By.cssSelector("#impact-map .leaflet-marker-icon")).isDisplayed()).isTrue();
        assertThat(waitFor(By.id("impact-regions")).getText()).contains("Norway");

        click(By.linkText("How we count"));
        assertThat(waitFor(By.id("impact-factors")).getText()).contains("Fixometer LCA data: Mobile (2021)");

        open(DirectoryLinks.profile(centre.organisationId()));
        assertThat(waitFor(By.id("profile-impact")).getText()).contains("Items sold again\n1", "25.3 kg CO2e");

        signIn(buyer, CertificationTestSetup.PASSWORD);
        waitFor(By.id("signed-in-user"));
        open("/my-impact");
        assertThat(waitFor(By.id("my-impact-totals")).getText()).contains("25.3 kg CO2e");
    }
}
