package eu.reloop.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import eu.reloop.BrowserTest;
import eu.reloop.identity.SignUpRequest;
import eu.reloop.identity.UserAccounts;
import eu.reloop.shared.Translations;

/** What a person sees at an address that leads nowhere, or to a page their role does not open. */
class ErrorPagesJourneyTests extends BrowserTest {

    @Autowired
    UserAccounts accounts;

    @Test
    void aConsumerOpeningStaffPagesSeesTheInAppNotAllowedPage() {
        signInAsNewConsumer();

        for (String staffPage : new String[] {"/admin/users", "/review", "/stamps", "/market/orders"}) {
            open(staffPage);
            wait.until(ExpectedConditions.textToBe(By.id("error-title"), "Not allowed"));
            // Inside the app's frame: the menu and the account are there, no list of routes is.
            assertThat(waitFor(By.id("signed-in-user")).isDisplayed()).as(staffPage).isTrue();
            assertThat(browser.getPageSource()).as(staffPage).doesNotContain("Available routes");
        }
    }

    @Test
    void aMistypedAddressShowsTheInAppNotFoundPageInEnglishAndNorwegian() {
        signInAsNewConsumer();

        open("/my-ordres");
        wait.until(ExpectedConditions.textToBe(By.id("error-title"), "Page not found"));
        assertThat(browser.findElement(By.id("error-page")).getText()).contains("Go to the front page");
        assertThat(browser.getPageSource()).doesNotContain("Available routes");

        click(By.id("language"));
        click(By.xpath("//vaadin-select-item[normalize-space(.)='Norsk bokmål']"));
        wait.until(ExpectedConditions.textToBe(By.id("error-title"), "Fant ikke siden"));
        open("/finnes/ikke");
        wait.until(ExpectedConditions.textToBe(By.id("error-title"), "Fant ikke siden"));
    }

    @Test
    void anAnonymousVisitorToAStaffPageIsAskedToSignIn() {
        open("/market/orders");

        wait.until(ExpectedConditions.urlContains("/login"));
        assertThat(waitFor(By.cssSelector("vaadin-login-form")).isDisplayed()).isTrue();
    }

    private void signInAsNewConsumer() {
        String email = "errors-" + UUID.randomUUID() + "@example.org";
        accounts.signUp(new SignUpRequest("Erik Errors", email, "sturdy test passphrase"), Translations.ENGLISH);
        signIn(email, "sturdy test passphrase");
        waitFor(By.id("signed-in-user"));
    }
}
