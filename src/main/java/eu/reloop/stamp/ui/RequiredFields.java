package eu.reloop.stamp.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;

/**
 * The fields a form section needs before it makes a record: a section recorded at all must be
 * complete (the records hold no gaps), and the empty fields are marked so that the user sees where.
 */
final class RequiredFields {

    private final List<HasValue<?, ?>> fields = new ArrayList<>();

    <F extends HasValue<?, ?> & HasValidation> F require(F field) {
        field.setRequiredIndicatorVisible(true);
        fields.add(field);
        return field;
    }

    /** Marks the empty fields with the message; @return whether none is empty */
    boolean complete(String message) {
        boolean complete = true;
        for (HasValue<?, ?> field : fields) {
            HasValidation validated = (HasValidation) field;
            boolean empty = field.isEmpty() || field.getValue() instanceof String text && text.isBlank();
            validated.setErrorMessage(empty ? message : null);
            validated.setInvalid(empty);
            complete &= !empty;
        }
        return complete;
    }
}
