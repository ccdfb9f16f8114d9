package eu.reloop.search.ui;

import static eu.reloop.directory.DirectoryFixtures.details;
import static eu.reloop.directory.DirectoryFixtures.site;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import eu.reloop.BrowserTest;
import eu.reloop.TestSecurity;
import eu.reloop.certification.CertificationFixtures;
import eu.reloop.certification.Certificates;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.directory.ExtraService;
import eu.reloop.directory.HandOver;
import eu.reloop.directory.OfferedService;
import eu.reloop.directory.Offering;
import eu.reloop.directory.OrganisationKind;
import eu.reloop.directory.Organisations;
import eu.reloop.directory.RepairTerms;
import eu.reloop.geo.Gazetteer;
import eu.reloop.geo.GeoPoint;
import eu.reloop.repair.RepairTestSetup;
import eu.reloop.repair.RepairTestSetup.Repairer;
import eu.reloop.search.OrganisationQuery;
import eu.reloop.search.OrganisationSearch;
import eu.reloop.search.RepairFilters;

class FindRepairerJourneyTests extends BrowserTest {

    @Autowired
    Organisations organisations;

    @Autowired
    OrganisationSearch search;

    @Autowired
    Gazetteer gazetteer;

    @Autowired
    Certificates certificates;

    @Autowired
    RepairTestSetup repairers;

    @Test
    void aVisitorSearchesNearBergenAndOpensAProfile() {
        GeoPoint bergen = gazetteer.find("Bergen").orElseThrow().location();
        String name = "Bryggen Fiks " + UUID.randomUUID().toString().substring(0, 8);
        UUID id = TestSecurity.asAdmin(() -> {
            UUID registered = organisations.register(OrganisationKind.REPAIRER, details(name));
            organisations.addSite(registered, site("Bryggen", bergen, Set.of(new Offering("phones", OfferedService.REPAIR))));
            CertificationFixtures.certify(certificates, registered);
            return registered;
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> search.search(
                new OrganisationQuery(bergen, 2, null, null, true, false, 0, 20)).hits().stream()
                .anyMatch(hit -> hit.organisationId().equals(id)));

        open("/find");
        WebElement place = waitFor(By.cssSelector("#search-place input"));
        place.sendKeys("Bergen");
        place.sendKeys(Keys.ENTER);

        wait.until(ExpectedConditions.urlContains("place=Bergen"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-results"), name));
        assertThat(browser.findElement(By.id("search-summary")).getText()).contains("within 10 km");
        assertThat(browser.findElements(By.cssSelector(".leaflet-marker-icon"))).isNotEmpty();

        // Words narrow the search: the repairer offers phones, which a Danish plural finds.
        WebElement words = browser.findElement(By.cssSelector("#search-text input"));
        words.sendKeys("mobiltelefonerne");
        words.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("q=mobiltelefonerne"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-results"), name));

        click(By.linkText(name));
        wait.until(ExpectedConditions.urlContains("/organisations/" + id));
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo(name);
        assertThat(browser.findElement(By.id("certification-badge")).getText()).isEqualTo("Certified");
        assertThat(browser.findElement(By.id("organisation-repair-terms")).getText())
                .isEqualTo("Answers with the repair information form online");
    }

    @Test
    void aVisitorSeesEachRepairersTermsAndFiltersForALoanDevice() {
        GeoPoint origin = DirectoryFixtures.remoteOrigin();
        String mark = UUID.randomUUID().toString().substring(0, 8);
        Repairer lender = repairers.certifiedRepairer("Lånefiks " + mark, DirectoryFixtures.north(origin, 1));
        Repairer other = repairers.certifiedRepairer("Uten lån " + mark, DirectoryFixtures.north(origin, 2));
        lender.run(() -> organisations.setRepairTerms(lender.organisationId(), new RepairTerms(4, true,
                Set.of(HandOver.BRING, HandOver.PICKUP), Set.of(ExtraService.TRANSPORT))));
        other.run(() -> organisations.setRepairTerms(other.organisationId(), new RepairTerms(10, false,
                Set.of(HandOver.BRING), Set.of())));
        await().atMost(Duration.ofSeconds(20)).until(() -> search.search(new OrganisationQuery(origin, 5, null, null,
                true, false, 0, 20, new RepairFilters(false, null, true, Set.of(), Set.of()), null)).total() == 1);

        open(String.format(Locale.ROOT, "/find?lat=%f&lon=%f&radius=5", origin.latitude(), origin.longitude()));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-results"), "Uten lån " + mark));
        assertThat(waitFor(By.xpath("//div[contains(@class, 'result-card')][.//a[normalize-space(.)='Lånefiks " + mark
                + "']]//p[contains(@class, 'repair-terms')]")).getText()).isEqualTo("Answers with the repair information "
                + "form online · a repair typically takes 4 days · lends a device meanwhile · hand-over: you bring it, "
                + "picked up · extra services: transport");

        click(By.cssSelector("#search-repair-filters vaadin-details-summary"));
        click(By.id("search-loan-device"));
        wait.until(ExpectedConditions.urlContains("loan=true"));
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("search-results"),
                "Uten lån " + mark)));
        assertThat(waitFor(By.id("search-results")).getText()).contains("Lånefiks " + mark);
        assertThat(waitFor(By.id("search-summary")).getText()).startsWith("1 place within 5 km");
    }

    @Test
    void aSearchFarFromEverythingOffersAWiderRadius() {
        GeoPoint nowhere = new GeoPoint(71.1, 25.8);
        assertThat(search.search(new OrganisationQuery(nowhere, 10, null, null, true, false, 0, 20)).total()).isZero();

        open("/find?lat=71.1&lon=25.8&radius=10&certified=true");

        assertThat(waitFor(By.id("search-summary")).getText()).isEqualTo("Nothing within 10 km.");
        click(By.id("search-widen"));
        wait.until(ExpectedConditions.urlContains("radius=25"));
        wait.until(ExpectedConditions.textToBe(By.id("search-summary"), "Nothing within 25 km."));
    }

    @Test
    void nonsenseInTheUrlIsPointedOutWhereTheSearchLeftItOut() {
        open("/find?lat=north&lon=999&radius=-4&page=x&service=TELEPORT");

        assertThat(waitFor(By.id("search-summary")).getText())
                .startsWith("The position in this link cannot be searched from");
        assertMarked(By.id("search-radius"), "-4");
        assertMarked(By.id("search-service"), "TELEPORT");
        assertThat(browser.findElement(By.cssSelector("#search-certified input")).isSelected()).isTrue();

        open("/find?place=Bergen&radius=far&certified=maybe");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-summary"), "within 10 km"));
        assertMarked(By.id("search-radius"), "far");
        assertMarked(By.id("search-certified"), "maybe");
        assertThat(browser.findElement(By.cssSelector("#search-certified input")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("search-service")).getDomAttribute("invalid")).isNull();
    }

    /** The choice shows what is searched, marked with the value the link gave instead. */
    private void assertMarked(By choice, String given) {
        WebElement field = browser.findElement(choice);
        assertThat(field.getDomProperty("errorMessage")).isEqualTo("The link asked for “" + given
                + "”, which is not one of the choices: this search uses what is shown.");
        assertThat(field.getDomAttribute("invalid")).isNotNull();
    }
}
