package eu.reloop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Deque's axe-core rules over the main pages of every role, in English and Norwegian, on the demo data (the
 * embedded default, in a JVM of its own). A page fails on any serious or critical finding, and on any finding of
 * the landmark rules, which let a screen-reader user jump to the content.
 */
@Tag("own-context")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessibilityTests extends BrowserSession {

    private static final Path DATA = TestServices.temporaryFolder("accessibility-");
    private static final String PASSWORD = "reloop-demo-circle";
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");
    private static final List<String> RULES = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");
    private static final String OSLO = "lat=59.91390&lon=10.75220&radius=25";

    @DynamicPropertySource
    static void demoData(DynamicPropertyRegistry properties) {
        properties.add("reloop.embedded.postgres.data-dir", () -> DATA.resolve("postgres").toString());
        properties.add("reloop.stamp.key-directory", () -> DATA.resolve("keys").toString());
        properties.add("reloop.elasticsearch.url", () -> TestServices.elasticsearch().url().toString());
    }

    @Autowired
    JdbcClient jdbc;

    private final List<String> findings = new ArrayList<>();
    private String language = "en";

    @AfterEach
    void noFindings() {
        assertThat(findings).as("accessibility findings").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "nb"})
    void publicPages(String language) {
        speak(language);
        check("landing", "/");
        checkWhenFound("find a repairer", "/find?" + OSLO);
        checkWhenFound("buy refurbished", "/buy?" + OSLO);
        check("product page", "/listings/" + id("select id from listing where status = 'ON_SALE' order by listed_at limit 1"));
        check("verify, valid", "/verify/" + id("select code from stamp where revoked_at is null order by issued_at limit 1"));
        check("verify, revoked", "/verify/" + id("select code from stamp where revoked_at is not null limit 1"));
        check("check a certificate", "/certificates");
        check("sign-in", "/login");
        check("sign-up", "/signup");
        check("forgot password", "/account/forgot-password");
        check("impact", "/impact");
        check("how we count", "/impact/method");
        check("open data", "/open-data");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "nb"})
    void consumerPages(String language) {
        signInAs("consumer@reloop.demo", language);
        check("my orders", "/orders");
        check("my warranties", "/warranties");
        check("a claim", "/warranties/" + id("select id from warranty where buyer_email = 'consumer@reloop.demo' limit 1")
                + "/claim");
        check("my account", "/account");
        check("my data", "/account/my-data");
        check("my impact", "/my-impact");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "nb"})
    void reuseCentrePages(String language) {
        signInAs("centre@reloop.demo", language);
        UUID centre = UUID.fromString(id("""
                select m.organisation_id from organisation_membership m join app_user u on u.id = m.user_id
                where u.email = 'centre@reloop.demo'"""));
        check("quality stamps", "/stamps");
        check("a stamp application", "/stamps/" + centre + "/"
                + id("select id from stamp_application where organisation_id = '" + centre + "' limit 1"));
        check("my listings", "/market/listings");
        check("the listing editor", "/market/listings/"
                + id("select id from listing where organisation_id = '" + centre + "' limit 1") + "/edit");
        check("orders", "/market/orders");
        check("returns and claims", "/market/after-sale");
        check("certification", "/certification");
        check("payments", "/payments");
        check("my organisations", "/my-organisations");
        check("the organisation editor", "/my-organisation/" + centre);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "nb"})
    void certifierPages(String language) {
        signInAs("certifier@reloop.demo", language);
        check("review queue", "/review");
        check("an application review", "/review/"
                + id("select id from certification_application where status = 'SUBMITTED' limit 1"));
        check("stamp queue", "/review/stamps");
        check("a stamp review", "/review/stamps/" + id("select id from stamp_application where status = 'SUBMITTED' limit 1"));
        check("certificate register", "/review/certificates");
        check("claim rates", "/review/claims");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "nb"})
    void everyAdminPageInTheMenu(String language) {
        signInAs("admin@reloop.demo", language);
        List<String> paths = browser.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .map(item -> item.getDomAttribute("path")).filter(path -> path.startsWith("admin/")).toList();
        assertThat(paths).contains("admin/users", "admin/search", "admin/mail", "admin/stamp-keys", "admin/impact-factors");
        for (String path : paths) {
            check("admin menu: /" + path, "/" + path);
        }
    }

    private String id(String sql) {
        return jdbc.sql(sql).query(String.class).optional()
                .orElseThrow(() -> new AssertionError("The demo data has nothing for: " + sql));
    }

    private void signInAs(String email, String language) {
        signIn(email, PASSWORD);
        waitFor(By.id("signed-in-user"));
        speak(language);
    }

    /** Chooses the language in the page's switcher, as a visitor does; the session keeps it. */
    private void speak(String language) {
        this.language = language;
        if (!language.equals("en")) {
            open("/");
            click(By.id("language"));
            click(By.xpath("//vaadin-select-item[contains(., 'bokmål')]"));
            wait.until(driver -> "nb".equals(browser.executeScript("return document.documentElement.lang")));
        }
    }

    /** A search page, once the demo data it searches is in the index. */
    private void checkWhenFound(String name, String path) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            open(path);
            settled();
            return !browser.findElements(By.cssSelector("#search-results a")).isEmpty();
        });
        analyse(name);
    }

    private void check(String name, String path) {
        open(path);
        settled();
        analyse(name);
    }

    private void analyse(String name) {
        Results results = new AxeBuilder().withTags(RULES).analyze(browser);
        for (Rule rule : results.getViolations()) {
            if (FAILING_IMPACTS.contains(rule.getImpact()) || rule.getId().startsWith("landmark-")
                    || rule.getId().equals("region")) {
                findings.add(String.format("%s (%s): %s [%s] %s at %s", name, language, rule.getId(), rule.getImpact(),
                        rule.getHelp(), rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                                .limit(3).collect(Collectors.joining(", "))));
            }
        }
    }

    /** The page is shown as the main landmark and Vaadin has no request under way. */
    private void settled() {
        assertThat(waitFor(By.cssSelector("[role=main]")).getText()).isNotBlank();
        wait.until(driver -> Boolean.TRUE.equals(browser.executeScript("""
                return !!window.Vaadin && !!window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients)
                    .every(client => !client.isActive || !client.isActive());""")));
    }
}
