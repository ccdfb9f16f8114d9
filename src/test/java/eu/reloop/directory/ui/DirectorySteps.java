package eu.reloop.directory.ui;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import eu.reloop.BrowserSession;

/** What owners and their colleagues do in a browser on the organisation pages, for the journeys that need it. */
public final class DirectorySteps {

    private DirectorySteps() {
    }

    /** In the site dialog: a first site in Tromsø, placed by a click on the map. */
    public static void placeSiteInTromso(BrowserSession page, String siteName) {
        page.type("site-name", siteName);
        page.type("site-street", "Storgata 2");
        page.type("site-postcode", "9008");
        page.type("site-town", "Tromsø");
        page.click(By.id("site-map"));
        page.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("site-location"), "Chosen position"));
    }

    /** In the organisation editor: invites the address, which then shows among the open invitations. */
    public static void invite(BrowserSession page, String email) {
        page.type("invite-email", email);
        page.click(By.id("invite"));
        page.waitFor(By.id("invitation-" + email));
    }

    /** A visitor opens the invitation link and opens an account with it, which ends on the sign-in page. */
    public static void openAccountFromInvitation(BrowserSession page, String link, String name, String password) {
        page.forgetSession();
        page.open(link);
        page.type("invitation-name", name);
        page.type("invitation-password", password);
        page.type("invitation-confirm-password", password);
        page.click(By.id("create-account-and-join"));
        page.waitFor(By.cssSelector("vaadin-login-form"));
    }
}
