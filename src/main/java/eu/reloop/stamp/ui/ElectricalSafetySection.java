package eu.reloop.stamp.ui;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

import eu.reloop.shared.ui.BrowserTime;
import eu.reloop.stamp.ElectricalSafetyTest;
import eu.reloop.stamp.ProtectionClass;

/**
 * The electrical safety test of a mains-powered item. Its fields appear once the test is recorded;
 * the limits are the service's to check, so values outside them are kept and become blockers.
 */
class ElectricalSafetySection extends StampSection {

    private final Checkbox recorded = new Checkbox();
    private final RadioButtonGroup<ProtectionClass> protectionClass = new RadioButtonGroup<>();
    private final BigDecimalField protectiveConductor = new BigDecimalField();
    private final BigDecimalField insulation = new BigDecimalField();
    private final BigDecimalField leakage = new BigDecimalField();
    private final Checkbox passed = new Checkbox();
    private final TextField instrument = new TextField();
    private final DatePicker testedOn = new DatePicker();
    private final TextField tester = new TextField();
    private final RequiredFields required = new RequiredFields();
    private final FormLayout fields;

    ElectricalSafetySection(@Nullable ElectricalSafetyTest safety) {
        super("stamp.section.safety");
        recorded.setLabel(getTranslation("stamp.safety.recorded"));
        recorded.setId("stamp-safety-recorded");
        protectionClass.setLabel(getTranslation("stamp.safety.class"));
        protectionClass.setItems(ProtectionClass.values());
        protectionClass.setItemLabelGenerator(value -> getTranslation("stamp.safety.class." + value.name()));
        protectionClass.setId("stamp-protection-class");
        protectiveConductor.setLabel(getTranslation("stamp.safety.protective-conductor"));
        protectiveConductor.setHelperText(getTranslation("stamp.safety.protective-conductor.help"));
        protectiveConductor.setSuffixComponent(new Span("Ω"));
        protectiveConductor.setId("stamp-protective-conductor");
        insulation.setLabel(getTranslation("stamp.safety.insulation"));
        insulation.setHelperText(getTranslation("stamp.safety.insulation.help"));
        insulation.setSuffixComponent(new Span("MΩ"));
        insulation.setId("stamp-insulation");
        leakage.setLabel(getTranslation("stamp.safety.leakage"));
        leakage.setHelperText(getTranslation("stamp.safety.leakage.help"));
        leakage.setSuffixComponent(new Span("mA"));
        leakage.setId("stamp-leakage");
        passed.setLabel(getTranslation("stamp.safety.passed"));
        passed.setId("stamp-safety-passed");
        instrument.setLabel(getTranslation("stamp.safety.instrument"));
        instrument.setId("stamp-safety-instrument");
        testedOn.setLabel(getTranslation("stamp.safety.date"));
        testedOn.setMax(BrowserTime.today());
        testedOn.setId("stamp-safety-date");
        tester.setLabel(getTranslation("stamp.safety.tester"));
        tester.setId("stamp-safety-tester");
        required.require(protectionClass);
        required.require(insulation);
        required.require(leakage);
        required.require(instrument);
        required.require(testedOn);
        required.require(tester);

        fields = new FormLayout(protectionClass, protectiveConductor, insulation, leakage, instrument, testedOn, tester,
                passed);
        if (safety != null) {
            recorded.setValue(true);
            protectionClass.setValue(safety.protectionClass());
            protectiveConductor.setValue(safety.protectiveConductorOhm());
            insulation.setValue(safety.insulationMegaohm());
            leakage.setValue(safety.leakageMilliampere());
            passed.setValue(safety.passed());
            instrument.setValue(safety.instrument());
            testedOn.setValue(safety.testedOn());
            tester.setValue(safety.tester());
        }
        recorded.addValueChangeListener(change -> {
            if (change.getValue() && testedOn.isEmpty()) {
                testedOn.setValue(BrowserTime.today());
            }
            showFields();
        });
        // Class II items have no protective conductor to measure.
        protectionClass.addValueChangeListener(change -> showFields());
        showFields();
        add(recorded, fields);
        setId("stamp-safety");
    }

    private void showFields() {
        fields.setVisible(recorded.getValue());
        protectiveConductor.setVisible(protectionClass.getValue() != ProtectionClass.CLASS_II);
    }

    /** Whether the section makes a record: not recorded at all, or with no field left empty (those are marked). */
    boolean complete() {
        return !recorded.getValue() || required.complete(getTranslation("stamp.form.required"));
    }

    /** The test as recorded, once {@link #complete()}; null when none is recorded. */
    @Nullable ElectricalSafetyTest value() {
        if (!recorded.getValue()) {
            return null;
        }
        ProtectionClass chosen = protectionClass.getValue();
        return new ElectricalSafetyTest(chosen, chosen == ProtectionClass.CLASS_I ? protectiveConductor.getValue() : null,
                insulation.getValue(), leakage.getValue(), passed.getValue(), instrument.getValue().strip(),
                testedOn.getValue(), tester.getValue().strip());
    }
}
