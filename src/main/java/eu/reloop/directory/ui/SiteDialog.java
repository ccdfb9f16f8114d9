package eu.reloop.directory.ui;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;


import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.function.SerializableConsumer;

import eu.reloop.directory.Address;
import eu.reloop.directory.DeviceCategory;
import eu.reloop.directory.OpeningHours;
import eu.reloop.directory.OrganisationNumber;
import eu.reloop.directory.SiteDetails;
import eu.reloop.directory.WeeklyOpening;
import eu.reloop.geo.Gazetteer;
import eu.reloop.geo.GeoPoint;
import eu.reloop.geo.ui.PlaceField;
import eu.reloop.shared.LocalizedFormats;
import eu.reloop.shared.MapProperties;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.FieldMessage;
import eu.reloop.shared.ui.FormError;
import eu.reloop.shared.ui.FormFields;
import eu.reloop.shared.ui.LeafletMap;
import eu.reloop.shared.ui.RuleBinder;

/**
 * Adds or changes a site: name and address, its position (a click on the map; a town typed in the place
 * field moves the map there), weekly hours, special dates and offerings. The rules live on
 * {@link SiteDetails}, {@link WeeklyOpening}, {@link OpeningHours} and the service; their messages show
 * beside what they concern, and the dialog stays open until the site is saved.
 */
class SiteDialog extends Dialog {

    private static final int SITE_ZOOM = 16;
    private static final int PLACE_ZOOM = 13;
    private static final int NEIGHBOUR_ZOOM = 12;

    private final TextField name = new TextField();
    private final TextField street = new TextField();
    private final TextField postcode = new TextField();
    private final TextField town = new TextField();
    private final Select<String> country = new Select<>();
    private final LeafletMap map;
    private final Span locationText = new Span();
    private final FormError locationError = new FormError();
    private final WeeklyHoursEditor hours;
    private final OpeningExceptionsEditor exceptions;
    private final OfferingsEditor offerings;
    private final FormError offeringsError = new FormError();
    /** Where each rule of {@link SiteDetails}, or of the service, shows its message: by the name it gives. */
    private final FormFields fields;
    private final BeanValidationBinder<SiteDetails> siteRules = RuleBinder.of(SiteDetails.class);
    private final BeanValidationBinder<Address> addressRules = RuleBinder.of(Address.class);
    private @Nullable GeoPoint location;

    private final SerializableConsumer<SiteDetails> save;

    /**
     * @param site     the site to change, or null for a new one
     * @param nearby   where to centre the map for a new site, such as another site of the organisation
     * @param save     stores the site; may throw what the directory service throws
     */
    SiteDialog(@Nullable SiteDetails site, String defaultCountry, @Nullable GeoPoint nearby,
            List<DeviceCategory> categories, Gazetteer gazetteer, MapProperties mapProperties,
            SerializableConsumer<SiteDetails> save) {
        this.save = save;
        addClassName("site-dialog");
        setHeaderTitle(site == null ? getTranslation("site.title.new") : getTranslation("site.title.edit", site.name()));
        setWidth("60rem");
        setMaxWidth("100%");
        // Half-entered opening hours are easily lost by a click beside the dialog.
        setCloseOnOutsideClick(false);

        name.setLabel(getTranslation("site.name"));
        name.setHelperText(getTranslation("site.name-help"));
        name.setId("site-name");
        street.setLabel(getTranslation("site.street"));
        street.setId("site-street");
        postcode.setLabel(getTranslation("site.postcode"));
        postcode.setId("site-postcode");
        town.setLabel(getTranslation("site.town"));
        town.setId("site-town");
        country.setLabel(getTranslation("site.country"));
        country.setItems(OrganisationNumber.COUNTRIES);
        country.setItemLabelGenerator(code -> LocalizedFormats.country(code, getLocale()));
        country.setId("site-country");
        name.setMaxLength(TextLimits.NAME);
        street.setMaxLength(TextLimits.NAME);
        postcode.setMaxLength(Address.POSTCODE_LENGTH);
        town.setMaxLength(TextLimits.LABEL);
        // The rules show as each field is left; the service checks them again on Save.
        siteRules.forField(name).bind("name");
        addressRules.forField(street).bind("street");
        addressRules.forField(postcode).bind("postcode");
        addressRules.forField(town).bind("town");
        addressRules.forField(country).bind("country");
        FormLayout addressForm = new FormLayout(name, street, postcode, town, country);
        addressForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        addressForm.setColspan(name, 2);
        addressForm.setColspan(street, 2);

        PlaceField place = new PlaceField(gazetteer);
        place.setLabel(getTranslation("site.find-place"));
        place.setId("site-place");
        place.setWidth("min(100%, 24rem)");
        map = new LeafletMap(mapProperties.tileUrl(), mapProperties.attribution());
        map.setId("site-map");
        map.setHeight("18rem");
        map.setAccessibleName(getTranslation("site.location"));
        map.addMapClickListener(this::placeAt);
        place.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                GeoPoint centre = change.getValue().location();
                map.setView(centre.latitude(), centre.longitude(), PLACE_ZOOM);
            }
        });
        locationText.setId("site-location");

        hours = new WeeklyHoursEditor(site == null ? List.of() : site.hours().weekly());
        exceptions = new OpeningExceptionsEditor(site == null ? List.of() : site.hours().exceptions());
        offerings = new OfferingsEditor(categories, site == null ? Set.of() : site.offerings());

        fields = FormFields.of(siteRules).and("street", street).and("postcode", postcode).and("town", town)
                .and("country", country).and("latitude", locationError).and("longitude", locationError)
                .and("note", exceptions.error()).and("offerings", offeringsError).and("categoryCode", offeringsError);

        add(addressForm,
                new H3(getTranslation("site.location")), new Paragraph(getTranslation("site.location-help")), place, map,
                locationText, locationError,
                new H3(getTranslation("site.hours")), new Paragraph(getTranslation("site.hours-help")), hours,
                new H3(getTranslation("site.exceptions")), new Paragraph(getTranslation("site.exceptions-help")),
                exceptions,
                new H3(getTranslation("site.offerings")), new Paragraph(getTranslation("site.offerings-help")), offerings,
                offeringsError);

        Button cancel = new Button(getTranslation("editor.cancel"), click -> close());
        cancel.setId("cancel-site");
        Button saveButton = new Button(getTranslation("site.save"), click -> save());
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        saveButton.setId("save-site");
        getFooter().add(cancel, saveButton);

        if (site == null) {
            country.setValue(defaultCountry);
            if (nearby != null) {
                map.setView(nearby.latitude(), nearby.longitude(), NEIGHBOUR_ZOOM);
            }
        } else {
            name.setValue(site.name());
            street.setValue(site.address().street());
            postcode.setValue(site.address().postcode());
            town.setValue(site.address().town());
            country.setValue(site.address().country());
            location = site.location();
            map.setView(location.latitude(), location.longitude(), SITE_ZOOM);
        }
        showLocation();
    }

    private void placeAt(double latitude, double longitude) {
        // Leaflet counts longitudes on past ±180 once the map is panned round the world; GeoPoint does not.
        double wrapped = ((longitude + 180) % 360 + 360) % 360 - 180;
        location = new GeoPoint(latitude, wrapped);
        FieldMessage.clear(locationError);
        showLocation();
    }

    private void showLocation() {
        GeoPoint point = location;
        if (point == null) {
            locationText.setText(getTranslation("site.location-none"));
            map.setMarkers(List.of());
            return;
        }
        locationText.setText(getTranslation("site.location-chosen",
                String.format(Locale.ROOT, "%.5f, %.5f", point.latitude(), point.longitude())));
        String title = name.getValue().isBlank() ? getTranslation("site.location") : name.getValue();
        map.setMarkers(List.of(new LeafletMap.Marker("site", point.latitude(), point.longitude(), title, null)));
    }

    private void save() {
        Optional<OpeningHours> openingHours = openingHours();
        if (openingHours.isEmpty()) {
            // The fields' rules too, so that one Save tells everything that is left to do.
            siteRules.validate();
            addressRules.validate();
            return;
        }
        SiteDetails details = new SiteDetails(name.getValue(), new Address(street.getValue(), postcode.getValue(),
                town.getValue(), Objects.requireNonNullElse(country.getValue(), "")), location, openingHours.get(),
                offerings.value());
        if (Attempt.run(this, fields, () -> save.accept(details))) {
            close();
        }
    }

    /** The hours as entered, or empty after showing what is incomplete, backwards or overlapping. */
    private Optional<OpeningHours> openingHours() {
        FieldMessage.clear(exceptions.error());
        Optional<List<WeeklyOpening>> weekly = hours.value();
        if (exceptions.hasUnaddedDate()) {
            FieldMessage.show(exceptions.error(), getTranslation("site.error.exception-pending"));
            return Optional.empty();
        }
        if (weekly.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new OpeningHours(weekly.get(), exceptions.value()));
        } catch (IllegalArgumentException overlapping) {
            hours.showError(getTranslation("site.error.hours-overlap"));
            return Optional.empty();
        }
    }
}
