package eu.reloop.repair.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.reloop.BrowserTest;
import eu.reloop.IntegrationTest;
import eu.reloop.certification.CertificationTestSetup;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.geo.GeoPoint;
import eu.reloop.market.Listing;
import eu.reloop.market.MarketTestSetup;
import eu.reloop.market.MarketTestSetup.Centre;
import eu.reloop.repair.RepairLinks;
import eu.reloop.repair.RepairTestSetup;
import eu.reloop.repair.RepairTestSetup.Repairer;
import eu.reloop.stamp.StampCode;
import eu.reloop.stamp.StampLinks;

@IntegrationTest
class RepairJourneyTests extends BrowserTest {

    private static final GeoPoint OSLO = new GeoPoint(59.9139, 10.7522);

    @Autowired
    RepairTestSetup setup;

    @Autowired
    MarketTestSetup market;

    @LocalServerPort
    int serverPort;

    @Test
    void aConsumerNearOsloComparesTwoAnswersAboutAWashingMachineBooksOneAndCollectsItFixed() throws Exception {
        String mark = letters();
        Repairer vaskefiks = setup.certifiedRepairer("Vaskefiks " + mark, DirectoryFixtures.north(OSLO, 1.5));
        Repairer hvitevare = setup.certifiedRepairer("Hvitevarehjelpen " + mark, DirectoryFixtures.north(OSLO, 3));
        Centre centre = market.certifiedCentre("Gjenbruk Oslo " + mark, DirectoryFixtures.north(OSLO, 2),
                Set.of(RepairTestSetup.WASHING_MACHINES));
        Listing alternative = market.listedWashingMachine(centre, "Miele WWD 320 " + mark, "3990", "NOK");
        String consumer = setup.consumer();
        // The machine to be repaired was bought on ReLoop with a stamp, under its warranty still.
        Listing bought = market.listedWashingMachine(centre, "Bosch Serie 6 " + mark, "2990", "NOK");
        market.soldAtPickup(centre, consumer, bought);
        StampCode stamp = new StampCode(bought.stampCode());

        // The consumer asks both repairers, named in the link from the repairer search.
        signIn(consumer, CertificationTestSetup.PASSWORD);
        waitFor(By.id("signed-in-user"));
        open("/" + RepairLinks.ASK + "?repairer=" + vaskefiks.organisationId() + "&repairer=" + hvitevare.organisationId());
        click(By.id("repair-category"));
        click(By.xpath("//vaadin-select-item[normalize-space(.)='Washing machines']"));
        type("repair-brand", "Bosch");
        type("repair-model", "Serie 6 " + mark);
        type("repair-year", "2019");
        type("repair-stamp", stamp.display());
        typeText("repair-fault", "It stops mid-wash and leaves water in the drum " + mark);
        WebElement place = waitFor(By.cssSelector("#repair-place input"));
        place.sendKeys("Oslo");
        place.sendKeys(Keys.ENTER);
        click(By.id("repair-send"));
        wait.until(ExpectedConditions.urlMatches("/repairs/[0-9a-f-]{36}$"));
        UUID requestId = UUID.fromString(browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1));
        uploadPng("repair-photos-upload");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".repair-request .claim-photos img"), 1));
        assertThat(waitFor(By.id("repair-status")).getText()).isEqualTo("Waiting for 2 repairers to answer.");
        signOut();

        // One repairer answers with the form, prefilled from the request; the other declines.
        signIn(vaskefiks.staffEmail(), CertificationTestSetup.PASSWORD);
        waitFor(By.id("signed-in-user"));
        click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Repair requests']"));
        click(By.id("open-request-" + requestId));
        waitFor(By.cssSelector("#repair-request-facts"));
        // The consumer's words are shown, not copied into the form: its defect is published as open data.
        assertThat(waitFor(By.id("repair-request-facts")).getText()).contains("leaves water in the drum " + mark,
                "Quality stamp " + stamp.display());
        assertThat(waitFor(By.cssSelector("#repair-defect textarea")).getAttribute("value")).isEmpty();
        typeText("repair-defect", "Drain pump blocked " + mark);
        typeText("repair-type", "Replace the drain pump.");
        type("repair-price", "1450");
        type("repair-days", "5");
        click(By.id("repair-answer-send"));
        assertThat(waitFor(By.cssSelector(".repair-form-summary")).getText()).contains("Replace the drain pump.",
                "Vaskefiks " + mark);
        signOut();

        signIn(hvitevare.staffEmail(), CertificationTestSetup.PASSWORD);
        waitFor(By.id("signed-in-user"));
        open(RepairLinks.answer(hvitevare.organisationId(), requestId));
        click(By.id("repair-decline"));
        typeText("repair-decline-reason", "We do not repair Bosch machines.");
        click(By.id("repair-decline-confirm"));
        waitFor(By.xpath("//p[contains(., 'You declined this request')]"));
        signOut();

        // The consumer compares, sees the stamped alternative, accepts and books a time when the workshop is open.
        signIn(consumer, CertificationTestSetup.PASSWORD);
        waitFor(By.id("signed-in-user"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            open(RepairLinks.request(requestId));
            assertThat(waitFor(By.id("repair-alternatives")).getText()).contains(alternative.title());
        });
        String comparison = waitFor(By.id("repair-comparison")).getText();
        assertThat(comparison).contains("Vaskefiks " + mark, "NOK", "1,450", "5 days", "Declined", "Hvitevarehjelpen " + mark,
                "No repairs recorded on ReLoop yet.");
        assertThat(waitFor(By.id("repair-form-" + vaskefiks.organisationId())).getText())
                .contains("Binding until", "(Europe/Oslo time)");
        click(By.id("accept-" + vaskefiks.organisationId()));
        waitFor(By.id("repair-book-dialog"));
        browser.executeScript("const picker = document.getElementById('repair-hand-over-at');"
                + "picker.value = arguments[0]; picker.dispatchEvent(new CustomEvent('change'));",
                RepairTestSetup.nextWeekdayInOslo(Clock.systemUTC()) + "T10:00");
        click(By.id("repair-book-confirm"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("repair-status"), "Booked: hand the device over on"));
        assertThat(waitFor(By.id("repair-status-since")).getText()).startsWith("Booked since ");
        signOut();

        // The repairer receives it, repairs it and records "fixed"; then it is ready.
        signIn(vaskefiks.staffEmail(), CertificationTestSetup.PASSWORD);
        waitFor(By.id("signed-in-user"));
        open(RepairLinks.answer(vaskefiks.organisationId(), requestId));
        click(By.id("repair-step-received"));
        click(By.id("repair-outcome"));
        click(By.xpath("//vaadin-select-item[normalize-space(.)='Fixed']"));
        click(By.id("repair-parts"));
        click(By.xpath("//vaadin-select-item[normalize-space(.)='Original parts']"));
        click(By.id("repair-report"));
        click(By.id("repair-step-ready"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("repair-step-status"), "Ready for collection"));
        signOut();

        // The consumer collects it, and the repair is in the open data, without anyone's name.
        signIn(consumer, CertificationTestSetup.PASSWORD);
        waitFor(By.id("signed-in-user"));
        open(RepairLinks.request(requestId));
        click(By.id("repair-collected"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("repair-status"), "Collected: Fixed."));
        // Beside its form, the repairer's quality figures now count this repair.
        assertThat(waitFor(By.id("repair-comparison")).getText()).contains("1 repair recorded, 100 % fixed. No complaints.");

        String csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + serverPort + "/api/v1/open-data/repairs.csv")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(csv).doesNotContain("leaves water in the drum " + mark);
        assertThat(csv.lines().filter(line -> line.endsWith("Drain pump blocked " + mark)))
                .singleElement().satisfies(line -> assertThat(line).contains(",NOR,washing-machines,Washing machines,Bosch,",
                        ",Fixed,,"));
        assertThat(csv).doesNotContain(consumer, "Vaskefiks " + mark);

        // The repair is in the stamp's public history.
        open(StampLinks.verify(stamp));
        assertThat(waitFor(By.id("verify-history")).getText()).contains("Repaired by Vaskefiks " + mark
                + ": fixed, with 3 months' warranty on the repair (under the stamp's warranty)");
    }

    private void signOut() {
        click(By.id("sign-out"));
        waitFor(By.id("sign-in"));
    }

    private void typeText(String fieldId, String text) {
        WebElement area = waitFor(By.cssSelector("#" + fieldId + " textarea"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", area);
        area.clear();
        area.sendKeys(text);
    }

    /** A mark of letters only, which the open data's removal of numbers leaves as it is. */
    private static String letters() {
        StringBuilder mark = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            mark.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return mark.toString();
    }
}
