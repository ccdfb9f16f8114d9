package eu.reloop.stamp.ui;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

import eu.reloop.shared.ui.BrowserTime;
import eu.reloop.stamp.DataErasure;

/** The record of data erasure of a data-bearing item: the fields of a NIST SP 800-88 certificate of sanitisation. */
class DataErasureSection extends StampSection {

    private final Checkbox recorded = new Checkbox();
    private final RequiredFields required = new RequiredFields();
    private final TextField mediaType = text("media-type");
    private final TextField mediaMake = text("media-make");
    private final TextField mediaModel = text("media-model");
    private final TextField mediaSerial = text("media-serial");
    private final RadioButtonGroup<DataErasure.Method> method = new RadioButtonGroup<>();
    private final TextField technique = text("technique");
    private final TextField tool = text("tool");
    private final TextField toolVersion = text("tool-version");
    private final RadioButtonGroup<DataErasure.Verification> verification = new RadioButtonGroup<>();
    private final TextField performer = text("performer");
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
        required.require(method);
        required.require(verification);
        required.require(performedOn);

        fields = new FormLayout(mediaType, mediaMake, mediaModel, mediaSerial, method, technique, tool, toolVersion,
                verification, performer, performedOn);
        if (erasure != null) {
            recorded.setValue(true);
            mediaType.setValue(erasure.mediaType());
            mediaMake.setValue(erasure.mediaMake());
            mediaModel.setValue(erasure.mediaModel());
            mediaSerial.setValue(erasure.mediaSerial());
            method.setValue(erasure.method());
            technique.setValue(erasure.technique());
            tool.setValue(erasure.tool());
            toolVersion.setValue(erasure.toolVersion());
            verification.setValue(erasure.verification());
            performer.setValue(erasure.performer());
            performedOn.setValue(erasure.performedOn());
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

    private TextField text(String name) {
        TextField field = new TextField(getTranslation("stamp.erasure." + name));
        field.setMaxLength(200);
        field.setId("stamp-erasure-" + name);
        return required.require(field);
    }

    /** Whether the section makes a record: not recorded at all, or with no field left empty (those are marked). */
    boolean complete() {
        return !recorded.getValue() || required.complete(getTranslation("stamp.form.required"));
    }

    /** The erasure as recorded, once {@link #complete()}; null when none is recorded. */
    @Nullable DataErasure value() {
        if (!recorded.getValue()) {
            return null;
        }
        return new DataErasure(mediaType.getValue().strip(), mediaMake.getValue().strip(), mediaModel.getValue().strip(),
                mediaSerial.getValue().strip(), method.getValue(), technique.getValue().strip(), tool.getValue().strip(),
                toolVersion.getValue().strip(), verification.getValue(), performer.getValue().strip(),
                performedOn.getValue());
    }
}
