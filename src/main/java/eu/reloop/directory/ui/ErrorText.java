package eu.reloop.directory.ui;

import com.vaadin.flow.component.html.Div;

/** An error shown beside a part of a form that is not a single field, such as the map or the hours. */
class ErrorText extends Div {

    ErrorText() {
        addClassName("form-error");
        // Announced when it appears, as a field's own error message would be.
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    void show(String message) {
        setText(message);
        setVisible(true);
    }

    void clear() {
        setText("");
        setVisible(false);
    }
}
