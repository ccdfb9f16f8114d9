package eu.reloop.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.reloop.IntegrationTest;
import eu.reloop.TestSecurity;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.Violations;
import eu.reloop.shared.Translations;

/** Sign-up refuses text it cannot store or show, naming the field, and opens no account. */
@IntegrationTest
class WriteRulesTests {

    private static final String PASSWORD = "plenty long passphrase";

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    static Stream<Arguments> brokenSignUps() {
        String email = uniqueEmail();
        return Stream.of(
                Arguments.of("displayName", new SignUpRequest("Nora\u0000Nordmann", email, PASSWORD)),
                Arguments.of("displayName", new SignUpRequest("N".repeat(TextLimits.NAME + 1), email, PASSWORD)),
                Arguments.of("email", new SignUpRequest("Nora", "nora\u0000@example.org", PASSWORD)),
                Arguments.of("email", new SignUpRequest("Nora",
                        "n".repeat(60) + "@" + "e".repeat(TextLimits.EMAIL - 60) + ".org", PASSWORD)),
                Arguments.of("password", new SignUpRequest("Nora", email,
                        "p".repeat(AcceptablePassword.MAX_LENGTH + 1))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSignUps")
    void signUpNamesTheBrokenFieldAndOpensNoAccount(String field, SignUpRequest request) {
        int before = accountCount();

        assertThatThrownBy(() -> accounts.signUp(request, Translations.ENGLISH))
                .isInstanceOfSatisfying(ConstraintViolationException.class, invalid -> assertThat(Violations.of(invalid))
                        .isNotEmpty().extracting(Violations::field).containsOnly(field));

        assertThat(accountCount()).isEqualTo(before);
    }

    @Test
    void adminsCannotOpenAnAccountWithANulInTheNameEither() {
        String email = uniqueEmail();

        assertThatThrownBy(() -> TestSecurity.asAdmin(() -> accounts.createAccount(
                new SignUpRequest("Ada\u0000", email, PASSWORD), EnumSet.of(Role.CERTIFIER))))
                .isInstanceOfSatisfying(ConstraintViolationException.class, invalid -> assertThat(Violations.of(invalid))
                        .extracting(Violations::field).containsExactly("displayName"));

        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    private int accountCount() {
        return jdbc.sql("select count(*) from app_user").query(Integer.class).single();
    }

    private static String uniqueEmail() {
        return "rules-" + UUID.randomUUID() + "@example.org";
    }
}
