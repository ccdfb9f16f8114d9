package eu.reloop.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import eu.reloop.BrowserTest;

class AccountJourneyTests extends BrowserTest {

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
                .isEqualTo("Enter your e-mail address.");

        type("signup-name", "Jonas Journey");
        type("signup-email", email);
        type("signup-password", "a long test password");
        type("signup-confirm-password", "a long test password");
        click(By.id("signup-submit"));

        wait.until(ExpectedConditions.urlContains("/login"));
        waitFor(By.cssSelector("vaadin-login-form input[name=username]")).sendKeys(email);
        browser.findElement(By.cssSelector("vaadin-login-form input[name=password]")).sendKeys("a long test password");
        click(By.cssSelector("vaadin-login-form vaadin-button[slot=submit]"));

        assertThat(waitFor(By.id("signed-in-user")).getText()).isEqualTo(email);
        click(By.id("sign-out"));
        assertThat(waitFor(By.id("sign-in")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.id("signed-in-user"))).isEmpty();
    }

    @Test
    void aWrongPasswordIsToldPlainly() {
        open("/login");
        waitFor(By.cssSelector("vaadin-login-form input[name=username]")).sendKeys("nobody@example.org");
        browser.findElement(By.cssSelector("vaadin-login-form input[name=password]")).sendKeys("wrong password");
        click(By.cssSelector("vaadin-login-form vaadin-button[slot=submit]"));

        wait.until(ExpectedConditions.urlContains("error"));
        assertThat(waitFor(By.cssSelector("vaadin-login-form")).getText()).contains("Wrong e-mail or password");
    }
}
