package eu.reloop.directory.ui;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;

import eu.reloop.directory.DeviceCategory;
import eu.reloop.directory.OfferedService;
import eu.reloop.directory.Offering;

/**
 * What a site does for which devices: per service, the device categories it is offered for. A picker per
 * service stays short, where a grid of every category by every service would run to over a hundred boxes.
 */
class OfferingsEditor extends FormLayout {

    private final Map<OfferedService, MultiSelectComboBox<DeviceCategory>> pickers = new EnumMap<>(OfferedService.class);

    OfferingsEditor(List<DeviceCategory> categories, Set<Offering> offerings) {
        addClassName("offerings-editor");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2));
        Locale locale = getLocale();
        for (OfferedService service : OfferedService.values()) {
            MultiSelectComboBox<DeviceCategory> picker = new MultiSelectComboBox<>(
                    getTranslation("service." + service.name()));
            picker.setItems(categories);
            picker.setItemLabelGenerator(category -> category.name(locale));
            picker.setValue(categories.stream()
                    .filter(category -> offerings.contains(new Offering(category.code(), service)))
                    .collect(Collectors.toSet()));
            picker.setId("offering-" + service.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            pickers.put(service, picker);
            add(picker);
        }
    }

    Set<Offering> value() {
        Set<Offering> offerings = new HashSet<>();
        pickers.forEach((service, picker) -> picker.getValue()
                .forEach(category -> offerings.add(new Offering(category.code(), service))));
        return offerings;
    }
}
