package eu.reloop.certification.ui;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import eu.reloop.BrowserSession;
import eu.reloop.certification.Criterion;

/** What staff do in a browser on an application page, for the journeys that need an application sent. */
public final class CertificationSteps {

    private CertificationSteps() {
    }

    /** Answers every checklist item yes, with an explanation naming it, and submits after confirming. */
    public static void answerEveryCriterionAndSubmit(BrowserSession page) {
        for (Criterion criterion : Criterion.values()) {
            String id = criterion.name().toLowerCase().replace('_', '-');
            page.click(By.cssSelector("#met-" + id + " vaadin-radio-button"));
            WebElement explanation = page.waitFor(By.cssSelector("#explanation-" + id + " textarea"));
            explanation.sendKeys("We meet " + criterion.name().toLowerCase() + " as our handbook describes.");
        }
        submit(page);
    }

    /** Presses submit and confirms. */
    public static void submit(BrowserSession page) {
        page.click(By.id("submit-application"));
        page.click(By.cssSelector("#confirm-submit vaadin-button[slot='confirm-button']"));
    }
}
