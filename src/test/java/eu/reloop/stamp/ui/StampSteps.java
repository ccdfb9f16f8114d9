package eu.reloop.stamp.ui;

import org.openqa.selenium.By;

import eu.reloop.BrowserSession;
import eu.reloop.stamp.CategoryProfile;

/** What a centre's technician does in a browser on the quality-stamp pages, for the journeys that need a stamp. */
public final class StampSteps {

    /** The confirmation every stamp step (submit, approve) asks for. */
    public static final String CONFIRM = "#confirm-stamp vaadin-button[slot='confirm-button']";

    private StampSteps() {
    }

    /** On "Quality stamps": starts an application for one phone. */
    public static void startPhoneApplication(BrowserSession page, String brand, String model, String serial) {
        startApplication(page, "Phones", brand, model, serial);
    }

    /** On "Quality stamps": starts an application for one item of the category named so in English. */
    public static void startApplication(BrowserSession page, String category, String brand, String model, String serial) {
        page.click(By.id("new-stamp-category"));
        page.click(By.xpath("//vaadin-select-item[normalize-space(.)='" + category + "']"));
        page.type("new-stamp-brand", brand);
        page.type("new-stamp-model", model);
        page.type("new-stamp-serial", serial);
        page.click(By.id("start-stamp"));
    }

    /**
     * Documents everything but the battery's health for a phone that passed every test, had its battery replaced
     * and its storage erased, adds its photo, and submits after confirming.
     */
    public static void documentAPassingPhoneAndSubmit(BrowserSession page) {
        page.uploadPng("stamp-photo-upload");
        page.waitFor(By.cssSelector("#stamp-photos li"));
        page.click(By.cssSelector("#stamp-grade vaadin-radio-button"));
        for (String test : CategoryProfile.of("phones").tests()) {
            page.click(By.cssSelector("#test-" + test + "-result vaadin-radio-button"));
        }
        page.click(By.cssSelector("#stamp-battery-replaced label"));
        page.click(By.cssSelector("#stamp-erasure-recorded label"));
        page.type("stamp-erasure-media-type", "Flash memory (UFS)");
        page.type("stamp-erasure-media-make", "Samsung");
        page.type("stamp-erasure-media-model", "KLUDG4UHDC");
        page.type("stamp-erasure-media-serial", "SN-123");
        page.click(By.cssSelector("#stamp-erasure-method vaadin-radio-button:nth-of-type(2)"));
        page.type("stamp-erasure-technique", "Cryptographic erase");
        page.type("stamp-erasure-tool", "Blancco Mobile Diagnostics");
        page.type("stamp-erasure-tool-version", "7.4");
        page.click(By.cssSelector("#stamp-erasure-verification vaadin-radio-button"));
        page.type("stamp-erasure-performer", "Tove Tekniker");
        page.type("stamp-technician", "Tove Tekniker");
        submit(page);
    }

    /** Presses submit and confirms. */
    public static void submit(BrowserSession page) {
        page.click(By.id("submit-stamp"));
        page.click(By.cssSelector(CONFIRM));
    }
}
