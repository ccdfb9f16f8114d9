package eu.reloop.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import eu.reloop.shared.Violations;

/** A step refused by a rule declared on its input: the refusal names the field to fix, and only that one. */
final class Refusals {

    private Refusals() {
    }

    static void assertInvalid(ThrowingCallable step, String field) {
        assertThatThrownBy(step).isInstanceOfSatisfying(ConstraintViolationException.class, invalid ->
                assertThat(Violations.of(invalid)).extracting(Violations::field).containsOnly(field));
    }
}
