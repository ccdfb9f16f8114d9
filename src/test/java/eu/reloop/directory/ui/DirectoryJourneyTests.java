package eu.reloop.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import eu.reloop.BrowserTest;
import eu.reloop.TestSecurity;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.directory.OfferedService;
import eu.reloop.directory.Offering;
import eu.reloop.directory.OrganisationKind;
import eu.reloop.directory.Organisations;
import eu.reloop.directory.WeeklyOpening;
import eu.reloop.identity.Role;
import eu.reloop.identity.SignUpRequest;
import eu.reloop.identity.UserAccounts;

class DirectoryJourneyTests extends BrowserTest {

    private static final String PASSWORD = "sturdy staff passphrase";

    @Autowired
    Organisations organisations;

    @Autowired
    UserAccounts accounts;

    private String name;
    private String staffEmail;
    private UUID organisation;
    private UUID otherOrganisation;

    /** An organisation with one site and a member of staff, and another organisation that is none of theirs. */
    @BeforeEach
    void registerOrganisationsAndStaff() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        name = "Journey Repairs " + suffix;
        staffEmail = "staff-" + suffix + "@example.org";
        TestSecurity.asAdmin(() -> {
            organisation = organisations.register(OrganisationKind.REPAIRER, DirectoryFixtures.details(name));
            organisations.addSite(organisation, DirectoryFixtures.site("Journey Workshop", DirectoryFixtures.remoteOrigin(),
                    Set.of(new Offering("phones", OfferedService.REPAIR))));
            otherOrganisation = organisations.register(OrganisationKind.REUSE_CENTRE,
                    DirectoryFixtures.details("Someone Else " + suffix));
            UUID staff = accounts.createAccount(new SignUpRequest("Sam Staff", staffEmail, PASSWORD),
                    EnumSet.of(Role.REPAIRER));
            accounts.addMembership(staff, organisation);
        });
    }

    @Test
    void aVisitorReadsAnOrganisationsProfile() {
        open("/organisations/" + organisation);

        assertThat(waitFor(By.id("organisation-name")).getText()).isEqualTo(name);
        assertThat(browser.findElement(By.id("certification-badge")).getText()).isEqualTo("Not certified");
        assertThat(browser.findElement(By.cssSelector(".site-card")).getText())
                .contains("Journey Workshop", "Testveien 1, 9000 Testby", "Phones", "Repair");
        assertThat(browser.findElements(By.id("edit-organisation"))).isEmpty();
    }

    @Test
    void staffFixTheirOrganisationsNameAfterARefusedSave() {
        signIn(staffEmail, PASSWORD);
        waitFor(By.id("signed-in-user"));
        assertThat(menuEntries()).contains("My organisations");
        click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='My organisations']"));
        click(By.id("manage-" + organisation));

        var nameInput = waitFor(By.cssSelector("#org-legal-name input"));
        wait.until(ExpectedConditions.attributeToBe(nameInput, "value", name));
        nameInput.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        click(By.id("save-organisation"));

        wait.until(ExpectedConditions.attributeToBe(By.id("org-legal-name"), "invalid", "true"));
        assertThat(browser.findElement(By.id("org-legal-name")).getAttribute("errorMessage"))
                .isEqualTo("Fill this in.");
        assertThat(storedName()).isEqualTo(name);

        String newName = name + " AS";
        type("org-legal-name", newName);
        click(By.id("save-organisation"));
        // The heading has scrolled out of view by now, where Selenium reads no text: ask for its content.
        wait.until(ExpectedConditions.attributeToBe(By.id("editor-heading"), "textContent", "Edit " + newName));
        assertThat(storedName()).isEqualTo(newName);

        click(By.id("view-profile"));
        wait.until(ExpectedConditions.textToBe(By.id("organisation-name"), newName));
        assertThat(browser.findElement(By.id("edit-organisation")).isDisplayed()).isTrue();
    }

    @Test
    void staffCannotEditAnotherOrganisation() {
        signIn(staffEmail, PASSWORD);
        waitFor(By.id("signed-in-user"));

        open("/my-organisation/" + otherOrganisation);

        assertThat(waitFor(By.id("cannot-edit")).getText()).isEqualTo("You cannot edit this organisation.");
        assertThat(browser.findElements(By.id("save-organisation"))).isEmpty();
        assertThat(browser.findElements(By.id("org-legal-name"))).isEmpty();
    }

    @Test
    void staffAddALocationAfterFixingItsHours() {
        signIn(staffEmail, PASSWORD);
        waitFor(By.id("signed-in-user"));
        open("/my-organisation/" + organisation);

        click(By.id("add-site"));
        click(By.id("save-site"));
        wait.until(ExpectedConditions.attributeToBe(By.id("site-name"), "invalid", "true"));
        assertThat(formError("Click the map")).isEqualTo("Click the map to mark where the location is.");

        type("site-name", "Journey Annex");
        type("site-street", "Storgata 2");
        type("site-postcode", "9008");
        type("site-town", "Tromsø");
        // The notification asking to check the marked fields lies over the map until it fades.
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.tagName("vaadin-notification-card")));
        click(By.id("site-map"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("site-location"), "Chosen position"));
        click(By.id("hours-monday-closed"));
        type("hours-monday-opens", "10:00" + Keys.ENTER);
        type("hours-monday-closes", "09:00" + Keys.ENTER);
        click(By.id("save-site"));
        assertThat(formError("Monday:")).startsWith("Monday: the closing time must be after the opening time.");

        type("hours-monday-closes", "16:00" + Keys.ENTER);
        click(By.id("hours-tuesday-closed"));
        click(By.id("save-site"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("save-site")));

        var annex = organisations.profile(organisation).orElseThrow().sites().stream()
                .filter(site -> site.details().name().equals("Journey Annex"))
                .findFirst().orElseThrow().details();
        assertThat(annex.address().town()).isEqualTo("Tromsø");
        // Tuesday, opened after Monday, took Monday's hours.
        assertThat(annex.hours().weekly()).containsExactlyInAnyOrder(
                new WeeklyOpening(DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(16, 0)),
                new WeeklyOpening(DayOfWeek.TUESDAY, LocalTime.of(10, 0), LocalTime.of(16, 0)));
        assertThat(browser.findElement(By.className("site-list")).getText()).contains("Journey Annex");
    }

    /** An error below a part of the site form; it may lie outside the dialog's scrolled view, so read its content. */
    private String formError(String start) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                        "//*[contains(@class, 'form-error') and starts-with(normalize-space(.), '" + start + "')]")))
                .getAttribute("textContent");
    }

    private String storedName() {
        return organisations.profile(organisation).orElseThrow().organisation().details().legalName();
    }
}
