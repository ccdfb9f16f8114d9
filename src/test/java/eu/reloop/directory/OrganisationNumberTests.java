package eu.reloop.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class OrganisationNumberTests {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void norwegianNumbersCheckTheirNinthDigit() {
        assertThat(OrganisationNumber.normalise("NO", "923456783")).contains("923456783");
        assertThat(OrganisationNumber.normalise("NO", "912345688")).contains("912345688");
        assertThat(OrganisationNumber.normalise("NO", "918765433")).contains("918765433");
        assertThat(OrganisationNumber.normalise("NO", "923456784")).isEmpty();
        assertThat(OrganisationNumber.normalise("NO", "12345678")).isEmpty();
    }

    @Test
    void norwegianNumbersWhoseCheckWouldBeTenAreNeverValid() {
        // 4·3 = 12, and 11 - 12 mod 11 = 10: no ninth digit can complete 40000000.
        for (int check = 0; check <= 9; check++) {
            assertThat(OrganisationNumber.normalise("NO", "40000000" + check)).isEmpty();
        }
    }

    @Test
    void norwegianVatNumbersAndSeparatorsAreAccepted() {
        assertThat(OrganisationNumber.normalise("NO", "923 456 783")).contains("923456783");
        assertThat(OrganisationNumber.normalise("NO", "NO 923 456 783 MVA")).contains("923456783");
        assertThat(OrganisationNumber.normalise("NO", "no923456783mva")).contains("923456783");
        assertThat(OrganisationNumber.normalise("NO", "923.456.783")).contains("923456783");
    }

    @Test
    void danishCvrNumbersAddUpToAMultipleOfEleven() {
        assertThat(OrganisationNumber.normalise("DK", "24256790")).contains("24256790");
        assertThat(OrganisationNumber.normalise("DK", "DK 10 15 08 17")).contains("10150817");
        assertThat(OrganisationNumber.normalise("DK", "24256791")).isEmpty();
        assertThat(OrganisationNumber.normalise("DK", "242567900")).isEmpty();
    }

    @Test
    void danishCvrNumbersNeverStartWithZero() {
        // The weighted sum of 01000004 is 7 + 4 = 11, so only the leading zero makes it invalid.
        assertThat(OrganisationNumber.normalise("DK", "01000004")).isEmpty();
    }

    @Test
    void swedishNumbersPassLuhnAndAreWrittenWithAHyphen() {
        assertThat(OrganisationNumber.normalise("SE", "5560125790")).contains("556012-5790");
        assertThat(OrganisationNumber.normalise("SE", "202100-5489")).contains("202100-5489");
        assertThat(OrganisationNumber.normalise("SE", "SE 556012-5790")).contains("556012-5790");
        assertThat(OrganisationNumber.normalise("SE", "16556012-5790")).contains("556012-5790");
        assertThat(OrganisationNumber.normalise("SE", "556012-5791")).isEmpty();
        assertThat(OrganisationNumber.normalise("SE", "195560125790")).isEmpty();
        assertThat(OrganisationNumber.normalise("SE", "556012579")).isEmpty();
    }

    @Test
    void finnishBusinessIdsCheckTheirLastDigit() {
        assertThat(OrganisationNumber.normalise("FI", "0112038-9")).contains("0112038-9");
        assertThat(OrganisationNumber.normalise("FI", "07375462")).contains("0737546-2");
        assertThat(OrganisationNumber.normalise("FI", "FI01120389")).contains("0112038-9");
        assertThat(OrganisationNumber.normalise("FI", "0112038-8")).isEmpty();
        assertThat(OrganisationNumber.normalise("FI", "0112038-90")).isEmpty();
    }

    @Test
    void finnishBusinessIdsWithSixDigitsGetTheirLeadingZero() {
        assertThat(OrganisationNumber.normalise("FI", "112038-9")).contains("0112038-9");
    }

    @Test
    void finnishBusinessIdsWithRemainderOneAreNeverValid() {
        // 6·2 = 12, which leaves 1 when divided by 11: no check digit exists for 0000006.
        for (int check = 0; check <= 9; check++) {
            assertThat(OrganisationNumber.normalise("FI", "0000006-" + check)).isEmpty();
        }
    }

    @Test
    void icelandicKennitolurCheckTheirNinthDigit() {
        assertThat(OrganisationNumber.normalise("IS", "590269-7199")).contains("5902697199");
        assertThat(OrganisationNumber.normalise("IS", "IS 4101692829")).contains("4101692829");
        assertThat(OrganisationNumber.normalise("IS", "5902697189")).isEmpty();
        assertThat(OrganisationNumber.normalise("IS", "590269719")).isEmpty();
    }

    @Test
    void lettersAreRejected() {
        assertThat(OrganisationNumber.normalise("NO", "92345678A")).isEmpty();
        assertThat(OrganisationNumber.normalise("DK", "DK2425679O")).isEmpty();
        assertThat(OrganisationNumber.normalise("SE", "")).isEmpty();
    }

    @Test
    void anotherCountrysPrefixIsNotStripped() {
        assertThat(OrganisationNumber.normalise("NO", "DK923456783")).isEmpty();
    }

    @Test
    void unknownCountriesHaveNoValidNumbers() {
        assertThat(OrganisationNumber.normalise("DE", "923456783")).isEmpty();
        assertThat(OrganisationNumber.normalise("", "923456783")).isEmpty();
        assertThat(OrganisationNumber.COUNTRIES).containsExactlyInAnyOrder("NO", "DK", "SE", "FI", "IS");
    }

    @Test
    void theDetailsRecordRefusesANumberThatIsNotItsCountrysOnTheNumber() {
        assertThat(violations(details("NO", "923456784"))).containsExactly(
                tuple("organisationNumber", "{directory.organisation.number-invalid}"));
        assertThat(violations(details("DK", "923456783"))).containsExactly(
                tuple("organisationNumber", "{directory.organisation.number-invalid}"));
        assertThat(violations(details("NO", "923 456 783"))).isEmpty();
    }

    @Test
    void theDetailsRecordRefusesACountryWithoutNumbersOnTheCountry() {
        assertThat(violations(details("DE", "923456783"))).containsExactly(
                tuple("country", "{directory.organisation.country-required}"));
    }

    @Test
    void aBlankCountryOrNumberIsToldOnceAsMissing() {
        assertThat(violations(details("", "923456783"))).containsExactly(
                tuple("country", "{directory.organisation.country-required}"));
        assertThat(violations(details("NO", " "))).containsExactly(
                tuple("organisationNumber", "{jakarta.validation.constraints.NotBlank.message}"));
    }

    @Test
    void theDetailsRecordKeepsAValidNumberInItsCanonicalFormAndAnInvalidOneAsTyped() {
        assertThat(details("NO", "NO 923 456 783 MVA").organisationNumber()).isEqualTo("923456783");
        assertThat(details("SE", "5560125790").organisationNumber()).isEqualTo("556012-5790");
        assertThat(details("NO", "923 456 784").organisationNumber()).isEqualTo("923 456 784");
    }

    private static OrganisationDetails details(String country, String number) {
        return new OrganisationDetails("Test AS", country, number, "", null, null, null, Set.of());
    }

    private static List<Tuple> violations(OrganisationDetails details) {
        return VALIDATOR.validate(details).stream()
                .map((ConstraintViolation<OrganisationDetails> violation) -> tuple(
                        violation.getPropertyPath().toString(), violation.getMessageTemplate()))
                .toList();
    }
}
