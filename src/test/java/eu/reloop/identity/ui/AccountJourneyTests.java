package eu.reloop.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import eu.reloop.BrowserTest;
import eu.reloop.identity.Role;
import eu.reloop.identity.SignUpRequest;
import eu.reloop.identity.UserAccounts;

class AccountJourneyTests extends BrowserTest {

    @Autowired
    UserAccounts accounts;

    @Test
    void aVisitorSignsUpSignsInAndSignsOut() {
        String email = "journey-" + UUID.randomUUID() + "@example.org";

        open("/");
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Give your devices a second life");
        assertThat(browser.findElement(By.cssSelector(".entries")).getText())
                .contains("Find a repairer", "Buy refurbished", "Verify a quality stamp");

        click(By.id("sign-up"));
        wait.until(ExpectedConditions.urlContains("/signup"));
        click(By.id("signup-submit"));
        wait.until(ExpectedConditions.attributeToBe(By.id("signup-email"), "invalid", "true"));
        assertThat(browser.findElement(By.id("signup-email")).getAttribute("errorMessage"))
                .isEqualTo("Fill this in.");

        type("signup-name", "Jonas Journey");
        type("signup-email", email);
        type("signup-password", "a long test password");
        type("signup-confirm-password", "a long test password");
        click(By.id("signup-submit"));

        wait.until(ExpectedConditions.urlContains("/login"));
        signIn(email, "a long test password");

        assertThat(waitFor(By.id("signed-in-user")).getText()).isEqualTo(email);
        // "My organisations" too: it is where anyone signed in registers an organisation.
        assertThat(menuEntries()).containsExactly("Home", "Find a repairer", "Buy refurbished", "Check a certificate",
                "Verify a stamp", "My orders", "My warranties", "My organisations");
        click(By.id("sign-out"));
        assertThat(waitFor(By.id("sign-in")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.id("signed-in-user"))).isEmpty();
    }

    @Test
    void anAdminFindsTheUserListInTheMenu() {
        String email = "admin-" + UUID.randomUUID() + "@example.org";
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("test", null, "ROLE_ADMIN"));
        try {
            accounts.createAccount(new SignUpRequest("Ada Admin", email, "a long admin password"), EnumSet.of(Role.ADMIN));
        } finally {
            SecurityContextHolder.clearContext();
        }

        signIn(email, "a long admin password");
        waitFor(By.id("signed-in-user"));
        assertThat(menuEntries()).containsExactly("Home", "Find a repairer", "Buy refurbished", "Check a certificate",
                "Verify a stamp", "My orders", "My warranties", "My organisations", "Users", "Search index", "Sent mail",
                "Stamp keys");
        click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Users']"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), email));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Users");
    }

    @Test
    void theLanguageSwitcherTranslatesThePage() {
        open("/");
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Give your devices a second life");

        click(By.id("language"));
        click(By.xpath("//vaadin-select-item[normalize-space(.)='Norsk bokmål']"));

        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Gi tingene dine et nytt liv"));
        assertThat(browser.findElement(By.id("sign-in")).getText()).isEqualTo("Logg inn");
    }

    @Test
    void aWrongPasswordIsToldPlainly() {
        signIn("nobody@example.org", "wrong password");

        wait.until(ExpectedConditions.urlContains("error"));
        assertThat(waitFor(By.cssSelector("vaadin-login-form")).getText()).contains("Wrong e-mail or password");
    }
}
