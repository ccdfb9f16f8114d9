package eu.reloop.shared;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Text a person could have typed: no NUL or other control characters (PostgreSQL refuses NUL outright, and
 * the others hide text or break a printed label), except line breaks and tabs where {@link #multiLine()}
 * allows them. {@code null} is valid; pair with {@code @NotBlank} where the text is required.
 */
@Documented
@Constraint(validatedBy = PrintableText.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface PrintableText {

    String message() default "{eu.reloop.shared.PrintableText.message}";

    /** Whether line breaks (and tabs) are allowed, as in a text area. */
    boolean multiLine() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PrintableText, CharSequence> {

        private boolean multiLine;

        @Override
        public void initialize(PrintableText annotation) {
            multiLine = annotation.multiLine();
        }

        @Override
        public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
            return text == null || isPrintable(text, multiLine);
        }

        /** The same rule, for code that checks text outside Bean Validation (a URL parameter). */
        public static boolean isPrintable(CharSequence text, boolean multiLine) {
            return text.codePoints().noneMatch(c -> isControl(c) && !(multiLine && (c == '\n' || c == '\r' || c == '\t')));
        }

        private static boolean isControl(int codePoint) {
            int type = Character.getType(codePoint);
            // Controls, and the lone surrogates a broken paste leaves; format characters such as the
            // zero-width joiner stay, as emoji and some scripts need them.
            return type == Character.CONTROL || type == Character.SURROGATE;
        }
    }
}
