package eu.reloop.stamp.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;

import eu.reloop.shared.RefusedException;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.ui.BrowserTime;
import eu.reloop.shared.ui.FieldMessage;
import eu.reloop.shared.ui.RuleBinder;
import eu.reloop.stamp.ElectricalSafetyTest;
import eu.reloop.stamp.ProtectionClass;

/**
 * The electrical safety test of a mains-powered item. Its fields appear once the test is recorded, bound
 * to the record's rules: a reading no instrument gives is marked as the user leaves the field and cannot be
 * kept. A reading outside the safety limits is marked too, with the record's limit, but is kept: it blocks a
 * stamp, not saving.
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
    private final BeanValidationBinder<ElectricalSafetyTest> binder = RuleBinder.of(ElectricalSafetyTest.class);
    /** The readings with safety limits, by their names on the record. */
    private final Map<String, BigDecimalField> readings = new LinkedHashMap<>();
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
        instrument.setMaxLength(TextLimits.LABEL);
        instrument.setId("stamp-safety-instrument");
        testedOn.setLabel(getTranslation("stamp.safety.date"));
        testedOn.setMax(BrowserTime.today());
        testedOn.setId("stamp-safety-date");
        tester.setLabel(getTranslation("stamp.safety.tester"));
        tester.setMaxLength(TextLimits.NAME);
        tester.setId("stamp-safety-tester");
        binder.forField(protectionClass).bind("protectionClass");
        binder.forField(protectiveConductor).bind("protectiveConductorOhm");
        binder.forField(insulation).bind("insulationMegaohm");
        binder.forField(leakage).bind("leakageMilliampere");
        binder.forField(passed).bind("passed");
        StrippedText.bind(binder, instrument, "instrument");
        binder.forField(testedOn).bind("testedOn");
        StrippedText.bind(binder, tester, "tester");
        readings.put("protectiveConductorOhm", protectiveConductor);
        readings.put("insulationMegaohm", insulation);
        readings.put("leakageMilliampere", leakage);

        fields = new FormLayout(protectionClass, protectiveConductor, insulation, leakage, instrument, testedOn, tester,
                passed);
        if (safety != null) {
            recorded.setValue(true);
            binder.readRecord(safety);
        }
        recorded.addValueChangeListener(change -> {
            if (change.getValue() && testedOn.isEmpty()) {
                testedOn.setValue(BrowserTime.today());
            }
            showFields();
        });
        // Class II items have no protective conductor to measure.
        protectionClass.addValueChangeListener(change -> showFields());
        // Whenever the binder has shown its rules (a field left, a check before saving), which clears the marks of
        // readings within them.
        binder.addStatusChangeListener(checked -> markLimits());
        showFields();
        markLimits();
        add(recorded, fields);
        setId("stamp-safety");
    }

    private void showFields() {
        fields.setVisible(recorded.getValue());
        boolean classII = protectionClass.getValue() == ProtectionClass.CLASS_II;
        if (classII) {
            // Class II items have no protective conductor: a reading typed before would be stored for nothing.
            protectiveConductor.clear();
        }
        protectiveConductor.setVisible(!classII);
    }

    /**
     * Marks each reading outside its safety limit with the limit's message, as the record states the limits, and
     * clears the mark of one within; a reading that breaks a rule of the binder keeps the binder's mark.
     */
    private void markLimits() {
        List<RefusedException.Reason> outside = ElectricalSafetyTest.readingsOutsideLimits(protectionClass.getValue(),
                protectiveConductor.getValue(), insulation.getValue(), leakage.getValue());
        readings.forEach((name, reading) -> {
            if (binder.getBinding(name).orElseThrow().validate(false).isError()) {
                return;
            }
            FieldMessage.set(reading, outside.stream().filter(limit -> name.equals(limit.field())).findFirst()
                    .map(limit -> getTranslation(limit.messageKey(), limit.arguments().toArray())).orElse(null));
        });
    }

    /** Whether the section makes a record: not recorded at all, or every field within its rules (the others are marked). */
    boolean complete() {
        return !recorded.getValue() || binder.validate().isOk();
    }

    /** The test as recorded, once {@link #complete()}; null when none is recorded. */
    @Nullable ElectricalSafetyTest value() {
        if (!recorded.getValue()) {
            return null;
        }
        try {
            return binder.writeRecord();
        } catch (ValidationException notComplete) {
            throw new IllegalStateException("Ask complete() first", notComplete);
        }
    }
}
