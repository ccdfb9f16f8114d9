package eu.reloop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintViolationException;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import eu.reloop.shared.RefusedException;
import eu.reloop.shared.Violations;

/**
 * A step refused because of one field, in every module: a broken rule of its input or a refusal of the service,
 * and every reason given names that field, so that a form marks it and nothing else.
 */
public final class Refusals {

    private Refusals() {
    }

    public static void assertRefusedOn(String field, ThrowingCallable step) {
        assertThatThrownBy(step).satisfies(thrown -> assertThat(fieldsNamedBy(thrown)).isNotEmpty().containsOnly(field));
    }

    private static List<String> fieldsNamedBy(Throwable thrown) {
        List<String> fields = new ArrayList<>();
        if (thrown instanceof ConstraintViolationException invalid) {
            Violations.of(invalid).forEach(violation -> fields.add(Violations.field(violation)));
        } else if (thrown instanceof RefusedException refused) {
            refused.reasons().forEach(reason -> fields.add(reason.field()));
        } else {
            throw new AssertionError("Not a refusal", thrown);
        }
        return fields;
    }
}
