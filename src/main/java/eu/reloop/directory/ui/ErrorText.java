package eu.reloop.directory.ui;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;

/**
 * An error shown beside a part of a form that is not a single field, such as the map or the hours. It takes
 * messages as a field does, so {@code FieldMessage} and a refusal naming that part (through
 * {@code FormFields}) show here too.
 */
class ErrorText extends Div implements HasValidation {

    ErrorText() {
        addClassName("form-error");
        // Announced when it appears, as a field's own error message would be.
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    @Override
    public void setErrorMessage(@Nullable String message) {
        setText(message == null ? "" : message);
    }

    @Override
    public String getErrorMessage() {
        return getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return isVisible();
    }
}
