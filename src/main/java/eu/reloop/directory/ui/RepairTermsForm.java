package eu.reloop.directory.ui;

import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;

import eu.reloop.directory.ExtraService;
import eu.reloop.directory.HandOver;
import eu.reloop.directory.Organisations;
import eu.reloop.directory.RepairTerms;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.Feedback;
import eu.reloop.shared.ui.FormFields;
import eu.reloop.shared.ui.RuleBinder;

/** A repairer's terms for repairs in general, which consumers filter the repairer search by. */
class RepairTermsForm extends Div {

    private final IntegerField typicalRepairDays = new IntegerField();
    private final Checkbox loanDevice = new Checkbox();
    private final CheckboxGroup<HandOver> handOver = new CheckboxGroup<>();
    private final CheckboxGroup<ExtraService> extraServices = new CheckboxGroup<>();
    private final BeanValidationBinder<RepairTerms> binder = RuleBinder.of(RepairTerms.class);

    RepairTermsForm(UUID organisationId, RepairTerms terms, Organisations organisations) {
        addClassName("repair-terms");
        typicalRepairDays.setLabel(getTranslation("editor.repair-terms.days"));
        typicalRepairDays.setId("repair-terms-days");
        loanDevice.setLabel(getTranslation("editor.repair-terms.loan"));
        loanDevice.setId("repair-terms-loan");
        handOver.setLabel(getTranslation("editor.repair-terms.hand-over"));
        handOver.setItems(HandOver.values());
        handOver.setItemLabelGenerator(option -> getTranslation("repair.hand-over." + option.name()));
        handOver.setId("repair-terms-hand-over");
        extraServices.setLabel(getTranslation("editor.repair-terms.extras"));
        extraServices.setItems(ExtraService.values());
        extraServices.setItemLabelGenerator(extra -> getTranslation("extra-service." + extra.name()));
        extraServices.setId("repair-terms-extras");
        binder.forField(typicalRepairDays).bind("typicalRepairDays");
        binder.forField(loanDevice).bind("loanDevice");
        binder.forField(handOver).bind("handOver");
        binder.forField(extraServices).bind("extraServices");
        binder.readRecord(terms);
        Button save = new Button(getTranslation("editor.save"), click -> {
            RepairTerms changed;
            try {
                changed = binder.writeRecord();
            } catch (ValidationException invalid) {
                return;
            }
            if (Attempt.run(this, FormFields.of(binder), () -> organisations.setRepairTerms(organisationId, changed))) {
                Feedback.success(getTranslation("editor.repair-terms.saved"));
            }
        });
        save.setId("repair-terms-save");
        FormLayout layout = new FormLayout(typicalRepairDays, loanDevice, handOver, extraServices);
        add(new H2(getTranslation("editor.repair-terms")), new Paragraph(getTranslation("editor.repair-terms.intro")),
                layout, save);
    }
}
