package eu.reloop.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.reloop.BrowserTest;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.identity.IdentityLinks;
import eu.reloop.identity.MailedLinks;
import eu.reloop.identity.SignUpRequest;
import eu.reloop.identity.UserAccounts;
import eu.reloop.shared.Translations;

/** A signed-in person registers an organisation, invites a colleague, and the colleague joins from the e-mail. */
class RegisterOrganisationJourneyTests extends BrowserTest {

    private static final String PASSWORD = "a long founder passphrase";
    private static final Pattern INVITATION_LINK = Pattern.compile("(/staff-invitation/[A-Za-z0-9_-]+)");

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFounderRegistersAndAColleagueJoinsByTheInvitation() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String founder = "founder-" + suffix + "@example.org";
        String colleague = "colleague-" + suffix + "@example.org";
        String name = "Journey Café " + suffix;
        accounts.signUp(new SignUpRequest("Frida Founder", founder, PASSWORD), Translations.ENGLISH);
        // Inviting asks for a confirmed address: the founder opened the link the sign-up mailed.
        accounts.confirmEmail(new MailedLinks(jdbc).lastToken(founder, IdentityLinks.confirmEmail("")));

        signIn(founder, PASSWORD);
        waitFor(By.id("signed-in-user"));
        open("/my-organisations");
        click(By.id("register-organisation"));
        type("org-legal-name", name);
        type("org-number", DirectoryFixtures.details(name).organisationNumber());
        type("org-phone", "+47 22 33 44 55");
        type("org-email", "post-" + suffix + "@example.org");
        click(By.id("save-organisation"));

        DirectorySteps.placeSiteInTromso(this, "Café");
        click(By.id("save-site"));
        wait.until(ExpectedConditions.attributeToBe(By.id("editor-heading"), "textContent", "Edit " + name));

        DirectorySteps.invite(this, colleague);
        String link = invitationLink(colleague);
        DirectorySteps.openAccountFromInvitation(this, link, "Carl Colleague", "a long colleague passphrase");

        signIn(colleague, "a long colleague passphrase");
        waitFor(By.id("signed-in-user"));
        open("/my-organisations");
        assertThat(waitFor(By.cssSelector(".organisation-card")).getText()).contains(name);
        // The invitation came to the address, so it needs no confirming.
        open("/account");
        waitFor(By.id("account-current-email"));
        assertThat(browser.findElements(By.id("account-unconfirmed"))).isEmpty();
        assertThat(new MailedLinks(jdbc).bodies(colleague)).noneMatch(body -> body.contains(IdentityLinks.confirmEmail("")));

        // The link is used up: opened again, it says so and offers nothing.
        open(link);
        assertThat(waitFor(By.id("invitation-refused")).getText()).startsWith("This link has already been used.");
    }

    private String invitationLink(String email) {
        List<String> bodies = jdbc.sql("select body from outbound_mail where recipient = :email")
                .param("email", email).query(String.class).list();
        assertThat(bodies).hasSize(1);
        Matcher link = INVITATION_LINK.matcher(bodies.getFirst());
        assertThat(link.find()).isTrue();
        return link.group(1);
    }
}
