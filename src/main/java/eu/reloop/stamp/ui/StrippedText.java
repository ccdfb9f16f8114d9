package eu.reloop.stamp.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder;

/**
 * A text field of the inspection report, bound to its record component without the white space typed around
 * it: the report is stored and signed as the person meant it, and a blank field is as empty as it looks.
 */
final class StrippedText {

    private StrippedText() {
    }

    static void bind(Binder<?> binder, HasValue<?, String> field, String component) {
        binder.forField(field).withConverter(String::strip, text -> text).bind(component);
    }
}
