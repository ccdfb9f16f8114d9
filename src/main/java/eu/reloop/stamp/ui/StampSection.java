package eu.reloop.stamp.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;

/** One section of an inspection report, with its heading: the form and the read-only report share the layout. */
class StampSection extends Div {

    StampSection(String headingKey, Component... content) {
        add(new H2(getTranslation(headingKey)));
        add(content);
        addClassName("stamp-section");
    }
}
