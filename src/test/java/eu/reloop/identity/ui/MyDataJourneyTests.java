package eu.reloop.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import eu.reloop.BrowserTest;
import eu.reloop.identity.SignUpRequest;
import eu.reloop.identity.UserAccount;
import eu.reloop.identity.UserAccounts;
import eu.reloop.shared.Translations;

class MyDataJourneyTests extends BrowserTest {

    @Autowired
    UserAccounts accounts;

    @Test
    void aPersonDownloadsTheirDataThenDeletesTheirAccount() {
        String email = "my-data-" + UUID.randomUUID() + "@example.org";
        UUID id = accounts.signUp(new SignUpRequest("Mia Mine", email, "amber kettle orbit lane"), Translations.ENGLISH).orElseThrow();
        signIn(email, "amber kettle orbit lane");
        waitFor(By.id("signed-in-user"));
        click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='My data']"));

        String href = waitFor(By.id("my-data-download")).getAttribute("href");
        Object export = browser.executeAsyncScript(
                "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(arguments[1])", href);
        assertThat(export.toString()).contains("\"email\" : \"" + email + "\"", "\"displayName\" : \"Mia Mine\"",
                "\"market\"", "\"mail\"");

        type("my-data-delete-email", "someone-else@example.org");
        click(By.id("my-data-delete"));
        click(By.cssSelector("#confirm-delete-account vaadin-button[slot='confirm-button']"));
        wait.until(ExpectedConditions.attributeToBe(By.id("my-data-delete-email"), "invalid", "true"));
        assertThat(browser.findElement(By.id("my-data-delete-email")).getAttribute("errorMessage"))
                .isEqualTo("This is not the e-mail address of your account.");
        assertThat(accounts.findByEmail(email)).isPresent();

        type("my-data-delete-email", email);
        click(By.id("my-data-delete"));
        click(By.cssSelector("#confirm-delete-account vaadin-button[slot='confirm-button']"));

        assertThat(waitFor(By.id("sign-in")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.id("signed-in-user"))).isEmpty();
        assertThat(accounts.findByEmail(email)).isEmpty();
        UserAccount deleted = accounts.findByEmail("deleted-" + id + "@invalid").orElseThrow();
        assertThat(deleted.displayName()).isEqualTo("Deleted user");
        assertThat(deleted.enabled()).isFalse();
    }
}
