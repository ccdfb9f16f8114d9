package eu.reloop.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.reloop.IntegrationTest;
import eu.reloop.shared.Translations;

/**
 * Login CSRF: another site's page cannot post the sign-in form and sign a visitor in as an account of its own.
 * The form on ReLoop's page carries the token the page holds; a post without it, or with another, is refused.
 */
@IntegrationTest
class LoginCsrfTests {

    private static final String PASSWORD = "plenty long passphrase";

    @Autowired
    UserAccounts accounts;

    @LocalServerPort
    int port;

    @Test
    void aSignInPostWithoutTheTokenIsRefusedAndSignsNobodyIn() throws Exception {
        String email = account();
        FormSignIn browser = new FormSignIn(port, "192.0.2.10");

        HttpResponse<String> withoutToken = browser.post(email, PASSWORD, Map.of());
        HttpResponse<String> withAnotherToken = browser.post(email, PASSWORD, Map.of("_csrf", "forged"));

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withAnotherToken.statusCode()).isEqualTo(403);
        assertThat(browser.signIn(email, "not the password").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
    }

    @Test
    void theFormSignsInWithTheTokenOfItsPage() throws Exception {
        String email = account();

        HttpResponse<String> signedIn = new FormSignIn(port, "192.0.2.11").signIn(email, PASSWORD);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .doesNotContain("/login"));
    }

    private String account() {
        String email = "csrf-" + UUID.randomUUID() + "@example.org";
        accounts.signUp(new SignUpRequest("Carla Csrf", email, PASSWORD), Translations.ENGLISH);
        return email;
    }
}
