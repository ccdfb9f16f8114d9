package eu.reloop.identity.ui;

import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;

import eu.reloop.identity.AcceptablePassword;
import eu.reloop.shared.ui.FieldMessage;

/**
 * A new password and its repeat, alike wherever a password is chosen. Typing it twice guards against a typo
 * only the form can catch: the binder binds {@link #password()} to the input record, and the services never
 * see the repeat.
 */
public final class PasswordRepeat {

    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    /** @param labelKey the translation key of the password field's label */
    public PasswordRepeat(String labelKey, String passwordId, String repeatId) {
        password.setLabel(password.getTranslation(labelKey));
        password.setHelperText(password.getTranslation("signup.password-help", AcceptablePassword.MIN_LENGTH));
        password.setId(passwordId);
        repeat.setLabel(repeat.getTranslation("signup.confirm-password"));
        repeat.setId(repeatId);
        repeat.setRequiredIndicatorVisible(true);
        repeat.setManualValidation(true);
        repeat.addValueChangeListener(change -> FieldMessage.clear(repeat));
        for (PasswordField field : new PasswordField[] {password, repeat}) {
            field.setAutocomplete(Autocomplete.NEW_PASSWORD);
            field.setMaxLength(AcceptablePassword.MAX_LENGTH);
        }
    }

    public PasswordField password() {
        return password;
    }

    public PasswordField repeat() {
        return repeat;
    }

    /** Whether both match; marks the repeat field when not. */
    public boolean matches() {
        boolean same = password.getValue().equals(repeat.getValue());
        FieldMessage.set(repeat, same ? null : repeat.getTranslation("signup.error.passwords-differ"));
        return same;
    }
}
