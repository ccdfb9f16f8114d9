package eu.reloop.stamp.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;

import eu.reloop.stamp.StampVerification;

/**
 * Label and value pairs of a read-only report, laid out the same in every section. Other modules use it
 * to show a stamped item's condition the way the verification page does.
 */
public class FactList extends DescriptionList {

    public FactList() {
        addClassName("stamp-facts");
    }

    /** Adds a fact; its value gets the id, when given, for tests and links to point at. */
    public FactList fact(String labelKey, String value, String id) {
        Description description = new Description(value);
        if (!id.isEmpty()) {
            description.setId(id);
        }
        add(new Term(getTranslation(labelKey)), description);
        return this;
    }

    public FactList fact(String labelKey, String value) {
        return fact(labelKey, value, "");
    }

    /** The item's condition as inspected: grade with its definition, tests, safety, battery, erasure and parts. */
    public FactList condition(StampVerification stamp) {
        fact("verify.grade", getTranslation("stamp.grade." + stamp.grade().name()) + ": "
                + getTranslation("stamp.grade." + stamp.grade().name() + ".definition"), "verify-grade");
        fact("verify.tests", getTranslation("verify.tests.summary", stamp.testsPassed(), stamp.testsTotal()));
        fact("verify.safety", getTranslation(stamp.electricalSafetyPassed() == null ? "verify.not-applicable"
                : stamp.electricalSafetyPassed() ? "verify.safety.passed" : "verify.safety.failed"));
        fact("verify.battery", stamp.batteryReplaced() ? getTranslation("verify.battery.replaced")
                : stamp.batteryHealthPercent() == null ? getTranslation("verify.not-applicable")
                : getTranslation("verify.battery.health", stamp.batteryHealthPercent()));
        fact("verify.erasure", stamp.dataErased() == null ? getTranslation("verify.not-applicable")
                : stamp.dataErased() ? getTranslation("verify.erasure.done", stamp.erasureMethod())
                : getTranslation("verify.erasure.missing"));
        fact("verify.parts", String.valueOf(stamp.partsReplaced()));
        return this;
    }
}
