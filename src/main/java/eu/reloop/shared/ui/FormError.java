package eu.reloop.shared.ui;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;

/**
 * An error shown beside a part of a form that is not a single field, such as a map or a week of opening
 * hours. It takes messages as a field does, so {@link FieldMessage} and a refusal naming that part (through
 * {@link FormFields}) show here too, and nothing outside this package marks anything invalid.
 */
public class FormError extends Div implements HasValidation {

    public FormError() {
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
