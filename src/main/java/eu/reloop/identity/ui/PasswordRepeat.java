package eu.reloop.identity.ui;

import com.vaadin.flow.component.textfield.PasswordField;

import eu.reloop.shared.ui.FieldMessage;

/** Typing a new password twice guards against a typo only the form can catch; the services never see the repeat. */
final class PasswordRepeat {

    private PasswordRepeat() {
    }

    /** Prepares the repeat field: marked required, and its message cleared as soon as it changes. */
    static void prepare(PasswordField repeat) {
        repeat.setRequiredIndicatorVisible(true);
        repeat.setManualValidation(true);
        repeat.addValueChangeListener(change -> FieldMessage.clear(repeat));
    }

    /** Whether both match; marks the repeat field when not. */
    static boolean matches(PasswordField password, PasswordField repeat) {
        boolean same = password.getValue().equals(repeat.getValue());
        FieldMessage.set(repeat, same ? null : repeat.getTranslation("signup.error.passwords-differ"));
        return same;
    }
}
