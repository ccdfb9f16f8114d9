package eu.reloop.stamp.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;

/** Label and value pairs of a read-only report, laid out the same in every section. */
class FactList extends DescriptionList {

    FactList() {
        addClassName("stamp-facts");
    }

    /** Adds a fact; its value gets the id, when given, for tests and links to point at. */
    FactList fact(String labelKey, String value, String id) {
        Description description = new Description(value);
        if (!id.isEmpty()) {
            description.setId(id);
        }
        add(new Term(getTranslation(labelKey)), description);
        return this;
    }

    FactList fact(String labelKey, String value) {
        return fact(labelKey, value, "");
    }
}
