package eu.reloop.stamp.ui;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;

import eu.reloop.shared.TextLimits;
import eu.reloop.shared.ui.BrowserTime;
import eu.reloop.shared.ui.FormFields;
import eu.reloop.shared.ui.RuleBinder;
import eu.reloop.stamp.DataErasure;

/**
 * The fields of a NIST SP 800-88 certificate of sanitisation ({@link DataErasure}), bound to its rules: in a stamp's
 * inspection report, and where a site records the erasure of a handed-in device.
 */
public class DataErasureFields extends FormLayout {

    private final BeanValidationBinder<DataErasure> binder = RuleBinder.of(DataErasure.class);
    private final DatePicker performedOn = new DatePicker();
    private final String idPrefix;

    /** @param idPrefix the fields' ids start with it, such as {@code stamp-erasure-}, for tests to find them */
    public DataErasureFields(@Nullable DataErasure erasure, String idPrefix) {
        this.idPrefix = idPrefix;
        TextField mediaType = text("media-type", "mediaType", TextLimits.LABEL);
        TextField mediaMake = text("media-make", "mediaMake", TextLimits.LABEL);
        TextField mediaModel = text("media-model", "mediaModel", TextLimits.LABEL);
        TextField mediaSerial = text("media-serial", "mediaSerial", TextLimits.LABEL);
        RadioButtonGroup<DataErasure.Method> method = choice("method", DataErasure.Method.values());
        TextField technique = text("technique", "technique", TextLimits.LABEL);
        TextField tool = text("tool", "tool", TextLimits.LABEL);
        TextField toolVersion = text("tool-version", "toolVersion", TextLimits.LABEL);
        RadioButtonGroup<DataErasure.Verification> verification = choice("verification",
                DataErasure.Verification.values());
        TextField performer = text("performer", "performer", TextLimits.NAME);
        performedOn.setLabel(getTranslation("stamp.erasure.date"));
        performedOn.setMax(BrowserTime.today());
        performedOn.setId(idPrefix + "date");
        binder.forField(method).bind("method");
        binder.forField(verification).bind("verification");
        binder.forField(performedOn).bind("performedOn");
        add(mediaType, mediaMake, mediaModel, mediaSerial, method, technique, tool, toolVersion, verification, performer,
                performedOn);
        if (erasure != null) {
            binder.readRecord(erasure);
        }
    }

    /** One of the values, each labelled {@code stamp.erasure.<name>.<VALUE>}. */
    private <T extends Enum<T>> RadioButtonGroup<T> choice(String name, T[] values) {
        RadioButtonGroup<T> choice = new RadioButtonGroup<>(getTranslation("stamp.erasure." + name));
        choice.setItems(values);
        choice.setItemLabelGenerator(value -> getTranslation("stamp.erasure." + name + "." + value.name()));
        choice.setId(idPrefix + name);
        return choice;
    }

    private TextField text(String id, String component, int maxLength) {
        TextField field = new TextField(getTranslation("stamp.erasure." + id));
        field.setMaxLength(maxLength);
        field.setId(idPrefix + id);
        StrippedText.bind(binder, field, component);
        return field;
    }

    /** Dates today when none is given yet: most erasures are recorded the day they are done. */
    public void dateTodayIfEmpty() {
        if (performedOn.isEmpty()) {
            performedOn.setValue(BrowserTime.today());
        }
    }

    /** The erasure, when every field keeps its rules; otherwise empty, and the broken ones are marked. */
    public Optional<DataErasure> value() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException marked) {
            return Optional.empty();
        }
    }

    /** The fields by the record's names, for a refusal that names one. */
    public FormFields formFields() {
        return FormFields.of(binder);
    }
}
