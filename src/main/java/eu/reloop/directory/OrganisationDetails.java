package eu.reloop.directory;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import eu.reloop.shared.PrintableText;
import eu.reloop.shared.TextLimits;

/**
 * What an organisation says about itself. A valid organisation number is kept in its country's canonical
 * form ({@link OrganisationNumber#normalise}), however it was typed.
 */
@OrganisationDetails.NumberOfItsCountry
public record OrganisationDetails(
        @NotBlank @Size(max = TextLimits.NAME) @PrintableText String legalName,
        @NotBlank(message = "{directory.organisation.country-required}") String country,
        @NotBlank @Size(max = TextLimits.LABEL) @PrintableText String organisationNumber,
        @Size(max = TextLimits.NOTE) @PrintableText(multiLine = true) String description,
        @Nullable @Pattern(regexp = "https?://\\S+", message = "{directory.organisation.website-invalid}")
        @Size(max = TextLimits.URL) @PrintableText String website,
        @Nullable @Pattern(regexp = "\\+?[0-9 ()-]{5,20}", message = "{directory.organisation.phone-invalid}")
        @PrintableText String phone,
        @Nullable @Email @Size(max = TextLimits.EMAIL) @PrintableText String email,
        Set<@Pattern(regexp = "[a-z]{2}", message = "{directory.organisation.language-invalid}") String> languages) {

    public OrganisationDetails {
        legalName = legalName == null ? "" : legalName.strip();
        // An invalid number stays as typed, for the rule to report it.
        organisationNumber = organisationNumber == null || country == null ? organisationNumber
                : OrganisationNumber.normalise(country, organisationNumber).orElse(organisationNumber);
        description = description == null ? "" : description.strip();
        website = blankToNull(website);
        phone = blankToNull(phone);
        email = blankToNull(email);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * The country is one ReLoop has organisations in, and the organisation number is one of that country's by
     * its check digits, so that a typo is caught before an organisation is registered under someone else's
     * number. Reported on the field at fault; a blank one is left to {@code @NotBlank}.
     */
    @Documented
    @Constraint(validatedBy = NumberOfItsCountry.Validator.class)
    @Target(TYPE)
    @Retention(RUNTIME)
    @interface NumberOfItsCountry {

        String message() default "{directory.organisation.number-invalid}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<NumberOfItsCountry, OrganisationDetails> {

            @Override
            public boolean isValid(OrganisationDetails details, ConstraintValidatorContext context) {
                if (isBlank(details.country())) {
                    return true;
                }
                if (!OrganisationNumber.COUNTRIES.contains(details.country())) {
                    return refuse(context, "country", "{directory.organisation.country-required}");
                }
                if (isBlank(details.organisationNumber())
                        || OrganisationNumber.normalise(details.country(), details.organisationNumber()).isPresent()) {
                    return true;
                }
                return refuse(context, "organisationNumber", context.getDefaultConstraintMessageTemplate());
            }

            private static boolean refuse(ConstraintValidatorContext context, String field, String message) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
                return false;
            }

            private static boolean isBlank(@Nullable String value) {
                return value == null || value.isBlank();
            }
        }
    }
}
