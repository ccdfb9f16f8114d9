package eu.reloop.identity;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Size;


import me.gosimple.nbvcxz.Nbvcxz;

/**
 * A new password as NIST SP 800-63B asks: {@value #MIN_LENGTH} to {@value #MAX_LENGTH} characters, any
 * characters, no composition rules, and not guessable. "Guessable" is nbvcxz's estimate against its bundled
 * lists of common and breached passwords, words, names, keyboard patterns, repeats, sequences and dates: it
 * must reach nbvcxz's own minimum of 35 bits, about 3·10¹⁰ guesses. That stops every password found in those
 * lists and their simple variations ({@code password1234}, {@code qwertyuiopas}), while a few unrelated words do pass.
 * {@code null} is valid; pair with {@code @NotBlank}.
 */
@Documented
@Size(min = AcceptablePassword.MIN_LENGTH, max = AcceptablePassword.MAX_LENGTH, message = "{identity.password-length}")
@Constraint(validatedBy = AcceptablePassword.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface AcceptablePassword {

    /** Length beats composition rules. */
    int MIN_LENGTH = 12;
    /** Long enough for any passphrase; a longer text is a paste gone wrong, not a password. */
    int MAX_LENGTH = 128;

    String message() default "{identity.password-guessable}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<AcceptablePassword, CharSequence> {

        /** Loading the dictionaries takes a moment; the estimator is thread-safe, so one serves everyone. */
        private static final Nbvcxz ESTIMATOR = new Nbvcxz();

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            String password = value.toString();
            int length = password.codePointCount(0, password.length());
            // The length is the composed @Size's to judge, with its own message.
            if (length < MIN_LENGTH || length > MAX_LENGTH) {
                return true;
            }
            return ESTIMATOR.estimate(password).isMinimumEntropyMet();
        }
    }
}
