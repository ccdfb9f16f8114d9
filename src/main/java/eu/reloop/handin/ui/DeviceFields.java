package eu.reloop.handin.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;

import eu.reloop.directory.DeviceCategory;
import eu.reloop.handin.DeviceBrought;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.ui.FormFields;
import eu.reloop.shared.ui.RuleBinder;

/** The fields of a device someone brings ({@link DeviceBrought}), bound to its rules: on booking, and at the desk. */
class DeviceFields extends FormLayout {

    private final BeanValidationBinder<DeviceBrought> binder = RuleBinder.of(DeviceBrought.class);
    private final TextField brand = new TextField();
    private final TextField model = new TextField();
    private final TextField serial = new TextField();

    /** @param idPrefix the fields' ids start with it, for tests to find them */
    DeviceFields(List<DeviceCategory> taxonomy, String idPrefix) {
        Select<DeviceCategory> category = new Select<>();
        category.setLabel(getTranslation("handin.device.category"));
        category.setItems(taxonomy);
        category.setItemLabelGenerator(shown -> shown.name(getLocale()));
        category.setId(idPrefix + "category");
        text(brand, "handin.device.brand", idPrefix + "brand");
        text(model, "handin.device.model", idPrefix + "model");
        text(serial, "handin.device.serial", idPrefix + "serial");
        Checkbox holdsData = new Checkbox(getTranslation("handin.device.holds-data"), true);
        holdsData.setId(idPrefix + "holds-data");
        binder.forField(category).withConverter(chosen -> chosen == null ? null : chosen.code(),
                code -> taxonomy.stream().filter(known -> known.code().equals(code)).findFirst().orElse(null))
                .bind("category");
        binder.forField(brand).bind("brand");
        binder.forField(model).bind("model");
        binder.forField(serial).withNullRepresentation("").bind("serial");
        binder.forField(holdsData).bind("holdsData");
        add(category, brand, model, serial, holdsData);
    }

    private void text(TextField field, String key, String id) {
        field.setLabel(getTranslation(key));
        field.setMaxLength(TextLimits.LABEL);
        field.setId(id);
    }

    /** The serial field, for a hint of the caller's. */
    TextField serial() {
        return serial;
    }

    void read(DeviceBrought device) {
        binder.readRecord(device);
    }

    /** The device, when every field keeps its rules; otherwise empty, and the broken ones are marked. */
    Optional<DeviceBrought> value() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException marked) {
            return Optional.empty();
        }
    }

    /** Empties brand, model and serial for the next device; its kind and whether it holds data stay. */
    void clearForNext() {
        brand.clear();
        model.clear();
        serial.clear();
    }

    FormFields formFields() {
        return FormFields.of(binder);
    }
}
