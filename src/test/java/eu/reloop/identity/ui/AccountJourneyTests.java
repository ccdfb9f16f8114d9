package eu.reloop.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;

import eu.reloop.BrowserTest;
import eu.reloop.TestClock;
import eu.reloop.identity.MailedLinks;
import eu.reloop.TestSecurity;
import eu.reloop.identity.AccountAdministration;
import eu.reloop.identity.Role;
import eu.reloop.identity.SignInPauses;
import eu.reloop.identity.SignInThrottle;
import eu.reloop.identity.SignUpRequest;
import eu.reloop.identity.UserAccounts;
import eu.reloop.shared.Translations;

class AccountJourneyTests extends BrowserTest {

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountAdministration administration;

    @Autowired
    SessionRegistry sessions;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    TestClock clock;

    @Test
    void aVisitorSignsUpIsSignedInAtOnceAndSignsOut() {
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

        signUp("Jonas Journey", email, "sturdy test passphrase");

        // No second sign-in: the account page, signed in, asks to confirm the address.
        wait.until(ExpectedConditions.urlContains("/account"));
        assertThat(waitFor(By.id("signed-in-user")).getText()).isEqualTo(email);
        assertThat(waitFor(By.id("account-unconfirmed")).getText()).contains(email);
        // "My organisations" too: it is where anyone signed in registers an organisation.
        assertThat(menuEntries()).containsExactly("Home", "Find a repairer", "Buy refurbished", "Check a certificate",
                "Verify a stamp", "Hand in old devices", "Impact", "My orders", "My warranties", "My hand-ins", "My repairs",
                "My impact", "My account", "My data", "My organisations");

        open(new MailedLinks(jdbc).lastLink(email));
        assertThat(waitFor(By.id("confirm-outcome")).getText()).isEqualTo("Thank you: " + email + " is confirmed.");
        open("/account");
        waitFor(By.id("account-current-email"));
        assertThat(browser.findElements(By.id("account-unconfirmed"))).isEmpty();

        click(By.id("sign-out"));
        assertThat(waitFor(By.id("sign-in")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.id("signed-in-user"))).isEmpty();
    }

    @Test
    void aForgottenPasswordIsSetAgainThroughTheMailedLink() {
        String email = "forgot-" + UUID.randomUUID() + "@example.org";
        accounts.signUp(new SignUpRequest("Frida Forgot", email, "sturdy test passphrase"), Translations.ENGLISH);

        open("/login");
        click(By.cssSelector("vaadin-login-form vaadin-button[slot=forgot-password]"));
        wait.until(ExpectedConditions.urlContains("/account/forgot-password"));
        type("forgot-email", email);
        click(By.id("forgot-submit"));
        assertThat(waitFor(By.id("forgot-sent")).getText()).startsWith("If " + email + " has an account");

        open(new MailedLinks(jdbc).lastLink(email));
        setNewPassword("orange tram journey");

        signIn(email, "orange tram journey");
        assertThat(waitFor(By.id("signed-in-user")).getText()).isEqualTo(email);
    }

    @Test
    void changingThePasswordKeepsThisSessionAndEndsTheOthers() {
        String email = "change-" + UUID.randomUUID() + "@example.org";
        accounts.signUp(new SignUpRequest("Petra Password", email, "amber kettle orbit lane"), Translations.ENGLISH);
        String elsewhere = "session-" + UUID.randomUUID();
        sessions.registerNewSession(elsewhere, accounts.loadUserByUsername(email));
        signIn(email, "amber kettle orbit lane");
        waitFor(By.id("signed-in-user"));

        open("/account");
        type("account-current-password", "amber kettle orbit lane");
        type("account-new-password", "walnut ferry lantern");
        type("account-repeat-password", "walnut ferry lantern");
        click(By.id("account-change-password"));
        wait.until(driver -> sessions.getSessionInformation(elsewhere).isExpired());

        open("/account");
        assertThat(waitFor(By.id("signed-in-user")).getText()).isEqualTo(email);
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
    }

    @Test
    void anAdminFindsTheUserListInTheMenu() {
        String email = "admin-" + UUID.randomUUID() + "@example.org";
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("test", null, "ROLE_ADMIN"));
        try {
            accounts.createAccount(new SignUpRequest("Ada Admin", email, "sturdy admin passphrase"), EnumSet.of(Role.ADMIN));
        } finally {
            SecurityContextHolder.clearContext();
        }

        signIn(email, "sturdy admin passphrase");
        waitFor(By.id("signed-in-user"));
        assertThat(menuEntries()).containsExactly("Home", "Find a repairer", "Buy refurbished", "Check a certificate",
                "Verify a stamp", "Hand in old devices", "Impact", "My orders", "My warranties", "My hand-ins", "My repairs",
                "My impact", "My account", "My data", "My organisations", "Users", "Search index", "Sent mail", "Stamp keys",
                "Lost and stolen", "Impact factors");
        click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Users']"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), email));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Users");

        // The admin finds a consumer and appoints them certifier, after confirming; the account's trail shows it.
        String consumer = "future-certifier-" + UUID.randomUUID() + "@example.org";
        accounts.signUp(new SignUpRequest("Carl Certifier", consumer, "amber kettle orbit lane"), Translations.ENGLISH);
        type("users-search", consumer);
        click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + consumer + "']"));
        click(By.id("account-grant-CERTIFIER"));
        click(By.cssSelector("#confirm-grant vaadin-button[slot='confirm-button']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("account-trail"), "Appointed as Certifier"));
        assertThat(browser.findElement(By.id("account-trail")).getText()).contains(email);
        assertThat(accounts.findByEmail(consumer).orElseThrow().roles()).containsExactlyInAnyOrder(Role.CONSUMER,
                Role.CERTIFIER);
    }

    @Test
    void aDisabledPersonsOpenSessionEndsAtOnce() {
        String email = "to-disable-" + UUID.randomUUID() + "@example.org";
        UUID id = accounts.signUp(new SignUpRequest("Dora Disabled", email, "amber kettle orbit lane"), Translations.ENGLISH).orElseThrow();
        signIn(email, "amber kettle orbit lane");
        assertThat(waitFor(By.id("signed-in-user")).getText()).isEqualTo(email);

        TestSecurity.as("operator@example.org", () -> {
            administration.disable(id, "Fraudulent orders");
            return null;
        }, Role.ADMIN.authority());

        open("/");
        wait.until(ExpectedConditions.urlContains("/login"));
        assertThat(browser.findElements(By.id("signed-in-user"))).isEmpty();
        signIn(email, "amber kettle orbit lane");
        assertThat(waitFor(By.cssSelector("vaadin-login-form")).getText()).contains("Wrong e-mail or password");
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

    @Test
    void aPausedSignInSaysForHowLongInTheSameWordsForAnyAddress() {
        String email = "paused-" + UUID.randomUUID() + "@example.org";
        SignInPauses.pause(throttle, clock, email, null);

        signIn(email, "whatever password");

        wait.until(ExpectedConditions.urlContains("error"));
        assertThat(waitFor(By.cssSelector("vaadin-login-form")).getText()).contains("Too many attempts",
                "Signing in to this account is paused for 15 minutes");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }
}
