package eu.reloop.shared;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.metadata.ConstraintDescriptor;

/**
 * What a broken Bean Validation rule says, for a form or an API client: the field it concerns, named as on
 * the input record, and its message from {@code ValidationMessages*.properties} in the reader's language
 * (the service interpolated it in the server's).
 */
public final class Violations {

    private static final MessageInterpolator INTERPOLATOR = Validation.byDefaultProvider().configure()
            .getDefaultMessageInterpolator();

    private Violations() {
    }

    /** The violations in a stable order: by field, so the first one shown is always the same. */
    public static List<ConstraintViolation<?>> of(ConstraintViolationException exception) {
        return exception.getConstraintViolations().stream()
                .sorted(Comparator.comparing(Violations::field).thenComparing(ConstraintViolation::getMessageTemplate))
                .<ConstraintViolation<?>>map(violation -> violation).toList();
    }

    /** The field a violation concerns: the last named node of its path ({@code submit.draft.title} gives {@code title}). */
    public static String field(ConstraintViolation<?> violation) {
        String field = "";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null && node.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                field = node.getName();
            }
        }
        return field;
    }

    /** The violation's message in the given language. */
    public static String message(ConstraintViolation<?> violation, Locale locale) {
        return INTERPOLATOR.interpolate(violation.getMessageTemplate(), new Context(violation), locale);
    }

    private record Context(ConstraintViolation<?> violation) implements MessageInterpolator.Context {

        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation.getConstraintDescriptor();
        }

        @Override
        public Object getValidatedValue() {
            return violation.getInvalidValue();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            return violation.unwrap(type);
        }
    }
}
