package eu.reloop.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import eu.reloop.BrowserTest;

/** The frame around every page, as a screen-reader or keyboard user meets it. */
class LayoutJourneyTests extends BrowserTest {

    @Test
    void aNavigationLandsOnTheNewPagesHeadingInsideTheMainLandmark() {
        open("/");
        assertThat(waitFor(By.cssSelector("[role=main] h1")).getText()).isEqualTo("Give your devices a second life");
        assertThat(browser.findElements(By.cssSelector("header.banner #language"))).hasSize(1);

        click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Find a repairer']"));

        wait.until(ExpectedConditions.urlContains("/find"));
        wait.until(driver -> "H1".equals(activeElement().getTagName().toUpperCase()));
        assertThat(activeElement().getText()).isEqualTo("Find a repairer or reuse centre");
    }

    @Test
    void thePageSaysWhichLanguageItIsIn() {
        open("/");
        wait.until(driver -> "en".equals(browser.executeScript("return document.documentElement.lang")));

        click(By.id("language"));
        click(By.xpath("//vaadin-select-item[contains(., 'bokmål')]"));

        wait.until(driver -> "nb".equals(browser.executeScript("return document.documentElement.lang")));
        // A dropdown announces itself as one, and may say that it must be chosen.
        assertThat(waitFor(By.cssSelector("#language vaadin-select-value-button")).getDomAttribute("role"))
                .isEqualTo("combobox");
    }

    private WebElement activeElement() {
        return browser.switchTo().activeElement();
    }
}
