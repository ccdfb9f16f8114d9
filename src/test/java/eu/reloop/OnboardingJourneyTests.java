package eu.reloop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import eu.reloop.certification.ui.CertificationSteps;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.directory.ui.DirectorySteps;
import eu.reloop.identity.IdentityLinks;
import eu.reloop.stamp.ui.StampSteps;

/**
 * Everyone joins by themselves, on a configured database that holds no account at all: this test runs in a JVM
 * of its own ({@code own-context}), whose PostgreSQL and Elasticsearch are new. The operator creates the first
 * admin from the command line; everything after that happens in the browser, and every link comes from an
 * e-mail that went through a real SMTP server (GreenMail).
 */
@Tag("own-context")
class OnboardingJourneyTests extends BrowserTest {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/\\S+)");
    private static final String ADMIN = "operator@reloop.test";
    private static final String CERTIFIER = "cecilie.certifier@reloop.test";
    private static final String FOUNDER = "frida@gjenbruk-nord.test";
    private static final String COLLEAGUE = "tove@gjenbruk-nord.test";
    private static final String CENTRE = "Gjenbruk Nord AS";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailThroughGreenMail(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> SMTP.getSmtp().getBindTo());
        properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void theFirstAdminACertifierAndAReuseCentreJoinAndTheCentresFirstItemIsStamped() throws Exception {
        assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single()).as("accounts at start").isZero();

        // The operator creates the first admin and passes the printed link on.
        String adminLink = createAdminFromTheCommandLine(ADMIN);

        // A certifier signs up as anyone would, and confirms the address from the mail.
        open("/signup");
        signUp("Cecilie Certifier", CERTIFIER, "calm river certifier pass");
        waitFor(By.id("account-unconfirmed"));
        confirmFromTheMail(CERTIFIER);
        browser.manage().deleteAllCookies();

        // The admin sets a password through the printed link and appoints the certifier.
        open(adminLink);
        setNewPassword("steady operator passphrase");
        signIn(ADMIN, "steady operator passphrase");
        waitFor(By.id("signed-in-user"));
        click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Users']"));
        type("users-search", CERTIFIER);
        click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + CERTIFIER + "']"));
        click(By.id("account-grant-CERTIFIER"));
        click(By.cssSelector("#confirm-grant vaadin-button[slot='confirm-button']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("account-trail"), "Appointed as Certifier"));
        browser.manage().deleteAllCookies();

        // A founder signs up, confirms the address, and registers a reuse centre that sells refurbished phones.
        open("/signup");
        signUp("Frida Founder", FOUNDER, "north shore founder pass");
        waitFor(By.id("account-unconfirmed"));
        confirmFromTheMail(FOUNDER);
        registerTheCentre();
        // The founder is the owner at once, in the same session: the centre's pages are in the menu.
        assertThat(menuEntries()).contains("Certification", "Quality stamps");

        // The founder invites a colleague, who opens an account from the mailed link.
        DirectorySteps.invite(this, COLLEAGUE);
        DirectorySteps.openAccountFromInvitation(this, linkMailedTo(COLLEAGUE, "/staff-invitation/"), "Tove Tekniker",
                "tidy workbench colleague");

        // The founder applies for reuse-centre certification; the scope is what the site offers.
        signInAs(FOUNDER, "north shore founder pass");
        click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Certification']"));
        click(By.id("apply-reuse-centre"));
        assertThat(waitFor(By.id("application-heading")).getText()).contains("reuse centre");
        CertificationSteps.answerEveryCriterionAndSubmit(this);
        assertThat(waitFor(By.cssSelector(".application-status")).getText()).isEqualTo("With a certifier");

        // The certifier approves it.
        signInAs(CERTIFIER, "calm river certifier pass");
        click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Review queue']"));
        click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + CENTRE + "']"));
        click(By.id("approve"));
        click(By.cssSelector("#confirm-decision vaadin-button[slot='confirm-button']"));
        waitFor(By.id("review-queue-grid"));

        // The colleague documents a phone and sends it for a stamp.
        signInAs(COLLEAGUE, "tidy workbench colleague");
        click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Quality stamps']"));
        StampSteps.startPhoneApplication(this, "Fairphone", "5", "FP5-ONBOARD-1");
        type("stamp-battery-health", "91");
        StampSteps.documentAPassingPhoneAndSubmit(this);
        assertThat(waitFor(By.cssSelector(".stamp-status")).getText()).isEqualTo("With a certifier");

        // The certifier issues the stamp.
        signInAs(CERTIFIER, "calm river certifier pass");
        click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Stamp queue']"));
        click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + CENTRE + "']"));
        click(By.id("approve-stamp"));
        click(By.cssSelector(StampSteps.CONFIRM));
        waitFor(By.id("stamp-queue-grid"));

        // The colleague reads the code off the centre's stamps, and a visitor who is no one checks it.
        signInAs(COLLEAGUE, "tidy workbench colleague");
        open("/stamps");
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".stamp-status"), "Stamp issued"));
        String verifyPath = URI.create(waitFor(By.cssSelector(".stamp-verify-link")).getAttribute("href")).getPath();
        browser.manage().deleteAllCookies();
        open(verifyPath);
        assertThat(waitFor(By.id("verify-status")).getText()).matches("Genuine ReLoop quality stamp, in force as of .+\\.");
        assertThat(waitFor(By.id("verify-centre")).getText()).isEqualTo(CENTRE);
    }

    private void registerTheCentre() {
        open("/my-organisations");
        click(By.id("register-organisation"));
        click(By.xpath("//*[@id='register-kind']/vaadin-radio-button[normalize-space(.)='Reuse centre']"));
        type("org-legal-name", CENTRE);
        type("org-number", DirectoryFixtures.details(CENTRE).organisationNumber());
        type("org-phone", "+47 77 60 00 00");
        type("org-email", "post@gjenbruk-nord.test");
        click(By.id("save-organisation"));

        DirectorySteps.placeSiteInTromso(this, "Butikken");
        type("offering-sells-refurbished", "Phones");
        click(By.xpath("//vaadin-multi-select-combo-box-item[normalize-space(.)='Phones']"));
        waitFor(By.cssSelector("#offering-sells-refurbished input")).sendKeys(Keys.ESCAPE);
        assertThat(browser.findElements(By.cssSelector("#offering-sells-refurbished vaadin-multi-select-combo-box-chip")))
                .extracting(chip -> chip.getAttribute("label")).contains("Phones");
        click(By.id("save-site"));
        wait.until(ExpectedConditions.attributeToBe(By.id("editor-heading"), "textContent", "Edit " + CENTRE));
    }

    private void signInAs(String email, String password) {
        browser.manage().deleteAllCookies();
        signIn(email, password);
        waitFor(By.id("signed-in-user"));
    }

    private void confirmFromTheMail(String email) {
        open(linkMailedTo(email, IdentityLinks.confirmEmail("")));
        assertThat(waitFor(By.id("confirm-outcome")).getText()).isEqualTo("Thank you: " + email + " is confirmed.");
    }

    /** The path of the link starting with the given path in the latest mail the SMTP server received for the address. */
    private static String linkMailedTo(String recipient, String pathStart) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(SMTP.getReceivedMessages())
                .filter(message -> sentTo(message, recipient))
                .map(OnboardingJourneyTests::text)
                .flatMap(body -> LINK.matcher(body).results().map(match -> match.group(1)))
                .filter(path -> path.startsWith(pathStart))
                .reduce((first, second) -> second), Optional::isPresent).orElseThrow();
    }

    private static boolean sentTo(MimeMessage message, String recipient) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(address -> address.toString().equals(recipient));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs the application's main class as an operator runs the jar, in a process of its own against the same
     * database, and returns the path of the link it prints.
     */
    private String createAdminFromTheCommandLine(String email) throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                ReLoopApplication.class.getName(), "--create-admin=" + email,
                "--reloop.elasticsearch.url=" + TestServices.elasticsearch().url(),
                "--reloop.site.public-url=http://localhost:" + port));
        TestServices.databaseProperties().forEach(property -> command.add("--" + property));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("Created the admin account " + email);
        Matcher link = LINK.matcher(output.substring(output.indexOf("Created the admin account " + email)));
        assertThat(link.find()).as(output).isTrue();
        return link.group(1);
    }
}
