package eu.reloop.shared;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A step the rules do not allow now, in every module: one or more reasons, each a message key with its
 * arguments and, where one input is to blame, the field it concerns (named as on the input record, so a
 * form can mark that field and an API can name that parameter).
 */
public class RefusedException extends RuntimeException {

    /** One thing to change: the message key says what, the field (if any) where. */
    public record Reason(@Nullable String field, String messageKey, List<Object> arguments) {

        public Reason {
            arguments = List.copyOf(arguments);
        }
    }

    private final List<Reason> reasons;

    public RefusedException(List<Reason> reasons) {
        super(reasons.stream().map(reason -> (reason.field() == null ? "" : reason.field() + ": ") + reason.messageKey())
                .reduce((a, b) -> a + ", " + b).orElse("refused"));
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("A refusal says why");
        }
        this.reasons = List.copyOf(reasons);
    }

    /** Refused for a reason that no single field is to blame for. */
    public static RefusedException because(String messageKey, Object... arguments) {
        return new RefusedException(List.of(new Reason(null, messageKey, Arrays.asList(arguments))));
    }

    /** Refused because of one field's value. */
    public static RefusedException onField(String field, String messageKey, Object... arguments) {
        return new RefusedException(List.of(new Reason(field, messageKey, Arrays.asList(arguments))));
    }

    public List<Reason> reasons() {
        return reasons;
    }

    /** The first reason's key, for a caller that acts on one. */
    public String messageKey() {
        return reasons.getFirst().messageKey();
    }

    /** The field of the first reason, if it names one. */
    public @Nullable String field() {
        return reasons.getFirst().field();
    }
}
