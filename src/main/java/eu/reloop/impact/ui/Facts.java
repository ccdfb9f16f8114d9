package eu.reloop.impact.ui;

import com.vaadin.flow.component.html.DescriptionList;

/** Terms and what they are, each term a translation key. */
class Facts extends DescriptionList {

    void fact(String key, String value) {
        add(new Term(getTranslation(key)), new Description(value));
    }
}
