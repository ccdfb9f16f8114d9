package eu.reloop.repair.ui;

import java.util.List;

import com.vaadin.flow.component.html.DescriptionList;

import eu.reloop.repair.RepairFormDocuments.FormField;

/** The fields of a European Repair Information Form as the page shows them, the same as its PDF prints. */
class RepairFormSummary extends DescriptionList {

    RepairFormSummary(List<FormField> fields) {
        addClassName("repair-form-summary");
        fields.forEach(field -> add(new Term(field.label()), new Description(field.value())));
    }
}
