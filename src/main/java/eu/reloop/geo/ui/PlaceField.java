package eu.reloop.geo.ui;

import java.util.Optional;

import com.vaadin.flow.component.combobox.ComboBox;

import eu.reloop.geo.Gazetteer;
import eu.reloop.geo.Place;
import eu.reloop.shared.ui.FieldMessage;

/**
 * The one input for a town or city, used by every location search. It suggests places while the user
 * types, and a name typed without picking a suggestion (Enter, or leaving the field) is looked up in the
 * {@link Gazetteer}: a known name is selected, an unknown one marks the field invalid.
 */
public class PlaceField extends ComboBox<Place> {

    private final transient Gazetteer gazetteer;

    public PlaceField(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        setLabel(getTranslation("place.label"));
        setPlaceholder(getTranslation("place.placeholder"));
        // The GeoNames licence asks for visible credit wherever its names are offered.
        setHelperText(getTranslation("place.attribution"));
        setItemLabelGenerator(Place::label);
        setItems(query -> gazetteer.suggest(query.getFilter().orElse(""), query.getOffset() + query.getLimit())
                .stream()
                .skip(query.getOffset()));
        setAllowCustomValue(true);
        // Built-in validation runs on blur and would clear the unknown-place error the moment it is shown.
        setManualValidation(true);
        addCustomValueSetListener(event -> selectTyped(event.getDetail()));
        addValueChangeListener(change -> FieldMessage.clear(this));
    }

    private void selectTyped(String typed) {
        Optional<Place> place = gazetteer.find(typed);
        if (place.isPresent()) {
            setValue(place.get());
            FieldMessage.clear(this);
        } else {
            // Keeping an earlier place while the field shows another name would search somewhere unexpected.
            clear();
            FieldMessage.show(this, getTranslation("place.not-found", typed));
        }
    }
}
