package eu.reloop.shared.ui;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.HasValidation;

/** Shows or clears a message on one field: the only place a view marks a field invalid by hand. */
public final class FieldMessage {

    private FieldMessage() {
    }

    public static void show(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    public static void clear(HasValidation field) {
        field.setErrorMessage(null);
        field.setInvalid(false);
    }

    /** Shows the message, or clears the field when there is none. */
    public static void set(HasValidation field, @Nullable String message) {
        if (message == null) {
            clear(field);
        } else {
            show(field, message);
        }
    }
}
