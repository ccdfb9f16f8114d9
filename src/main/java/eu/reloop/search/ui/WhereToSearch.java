package eu.reloop.search.ui;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;

import eu.reloop.geo.Gazetteer;
import eu.reloop.geo.GeoPoint;
import eu.reloop.geo.Place;
import eu.reloop.geo.ui.PlaceField;
import eu.reloop.shared.LocalizedFormats;
import eu.reloop.shared.ui.BrowserGeolocation;

/**
 * Where to search, the same in every location search: the shared place input and "use my position". It
 * reports the user's choice, a place (as the URL names it) or a point; showing an area does not.
 */
class WhereToSearch extends HorizontalLayout {

    private final transient Gazetteer gazetteer;
    private final PlaceField place;
    private @Nullable String shown;

    WhereToSearch(Gazetteer gazetteer, SerializableBiConsumer<@Nullable String, @Nullable GeoPoint> moveTo) {
        this.gazetteer = gazetteer;
        this.place = new PlaceField(gazetteer);
        place.setId("search-place");
        place.setWidth("22em");
        // Not only client changes: a typed name that the field looks up itself arrives as a server change.
        place.addValueChangeListener(change -> {
            Place chosen = change.getValue();
            if (chosen != null && !SearchArea.key(chosen).equals(shown)) {
                moveTo.accept(SearchArea.key(chosen), null);
            }
        });
        Button myPosition = new Button(getTranslation("find.my-position"), VaadinIcon.CROSSHAIRS.create(),
                click -> BrowserGeolocation.request(this, (lat, lon) -> moveTo.accept(null, new GeoPoint(lat, lon)),
                        error -> Notification.show(getTranslation("find.position-unavailable"), 5000,
                                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR)));
        myPosition.setId("search-my-position");
        add(place, myPosition);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
    }

    /** Puts the URL's place into the input. */
    void show(SearchArea area) {
        shown = area.place();
        place.setValue(area.place() == null ? null : gazetteer.find(area.place()).orElse(null));
    }

    /** The radius choice of a location search. */
    static Select<Integer> radiusInput(Locale locale) {
        Select<Integer> radius = new Select<>();
        radius.setLabel(radius.getTranslation("find.radius"));
        radius.setItems(SearchArea.RADII_KM);
        radius.setItemLabelGenerator(km -> LocalizedFormats.distance(km, locale));
        radius.setId("search-radius");
        return radius;
    }

    /** "Widen to 25 km", for when nothing was found; none beyond the largest radius. */
    static Optional<Button> widen(SearchArea area, Locale locale, SerializableConsumer<Integer> widenTo) {
        return area.widerRadius().map(wider -> {
            Button widen = new Button();
            widen.setText(widen.getTranslation("find.widen", LocalizedFormats.distance(wider, locale)));
            widen.addClickListener(click -> widenTo.accept(wider));
            widen.setId("search-widen");
            widen.addThemeVariants(ButtonVariant.PRIMARY);
            return widen;
        });
    }
}
