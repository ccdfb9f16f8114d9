package eu.reloop.stamp.ui;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;

import eu.reloop.shared.TextLimits;
import eu.reloop.shared.ui.BrowserTime;
import eu.reloop.shared.ui.RuleBinder;
import eu.reloop.stamp.DataErasure;

/** The record of data erasure of a data-bearing item: the fields of a NIST SP 800-88 certificate of sanitisation. */
class DataErasureSection extends StampSection {

    private final Checkbox recorded = new Checkbox();
    private final BeanValidationBinder<DataErasure> binder = RuleBinder.of(DataErasure.class);
    private final TextField mediaType = text("media-type", "mediaType", TextLimits.LABEL);
    private final TextField mediaMake = text("media-make", "mediaMake", TextLimits.LABEL);
    private final TextField mediaModel = text("media-model", "mediaModel", TextLimits.LABEL);
    private final TextField mediaSerial = text("media-serial", "mediaSerial", TextLimits.LABEL);
    private final RadioButtonGroup<DataErasure.Method> method = new RadioButtonGroup<>();
    private final TextField technique = text("technique", "technique", TextLimits.LABEL);
    private final TextField tool = text("tool", "tool", TextLimits.LABEL);
    private final TextField toolVersion = text("tool-version", "toolVersion", TextLimits.LABEL);
    private final RadioButtonGroup<DataErasure.Verification> verification = new RadioButtonGroup<>();
    private final TextField performer = text("performer", "performer", TextLimits.NAME);
    private final DatePicker performedOn = new DatePicker();
    private final FormLayout fields;

    DataErasureSection(@Nullable DataErasure erasure) {
        super("stamp.section.erasure");
        recorded.setLabel(getTranslation("stamp.erasure.recorded"));
        recorded.setId("stamp-erasure-recorded");
        method.setLabel(getTranslation("stamp.erasure.method"));
        method.setItems(DataErasure.Method.values());
        method.setItemLabelGenerator(value -> getTranslation("stamp.erasure.method." + value.name()));
        method.setId("stamp-erasure-method");
        verification.setLabel(getTranslation("stamp.erasure.verification"));
        verification.setItems(DataErasure.Verification.values());
        verification.setItemLabelGenerator(value -> getTranslation("stamp.erasure.verification." + value.name()));
        verification.setId("stamp-erasure-verification");
        performedOn.setLabel(getTranslation("stamp.erasure.date"));
        performedOn.setMax(BrowserTime.today());
        performedOn.setId("stamp-erasure-date");
        binder.forField(method).bind("method");
        binder.forField(verification).bind("verification");
        binder.forField(performedOn).bind("performedOn");

        fields = new FormLayout(mediaType, mediaMake, mediaModel, mediaSerial, method, technique, tool, toolVersion,
                verification, performer, performedOn);
        if (erasure != null) {
            recorded.setValue(true);
            binder.readRecord(erasure);
        }
        recorded.addValueChangeListener(change -> {
            if (change.getValue() && performedOn.isEmpty()) {
                performedOn.setValue(BrowserTime.today());
            }
            fields.setVisible(change.getValue());
        });
        fields.setVisible(recorded.getValue());
        add(recorded, fields);
        setId("stamp-erasure");
    }

    private TextField text(String id, String component, int maxLength) {
        TextField field = new TextField(getTranslation("stamp.erasure." + id));
        field.setMaxLength(maxLength);
        field.setId("stamp-erasure-" + id);
        StrippedText.bind(binder, field, component);
        return field;
    }

    /** Whether the section makes a record: not recorded at all, or every field within its rules (the others are marked). */
    boolean complete() {
        return !recorded.getValue() || binder.validate().isOk();
    }

    /** The erasure as recorded, once {@link #complete()}; null when none is recorded. */
    @Nullable DataErasure value() {
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
