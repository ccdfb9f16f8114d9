package eu.reloop.search.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;

import eu.reloop.geo.GeoPoint;
import eu.reloop.shared.MapProperties;
import eu.reloop.shared.ui.LeafletMap;

/**
 * The results of a location search: a summary line read out when it changes, the list, page buttons, and
 * the map beside (or above, on narrow screens) the list. A click on the map searches from there; a click on
 * a marker scrolls to its result, the list entry whose {@code data-marker} is the marker's id.
 */
class ResultsAndMap extends Div {

    private static final int CITY_ZOOM = 12;

    private final Div summary = new Div();
    private final VerticalLayout results = new VerticalLayout();
    private final HorizontalLayout pager = new HorizontalLayout();
    private final LeafletMap map;

    ResultsAndMap(MapProperties mapProperties, String mapName, SerializableBiConsumer<Double, Double> searchFrom) {
        map = new LeafletMap(mapProperties.tileUrl(), mapProperties.attribution());
        map.setAccessibleName(mapName);
        map.setHeight("28rem");
        map.addMapClickListener(searchFrom);
        map.addMarkerClickListener(id -> results.getChildren()
                .filter(child -> id.equals(child.getElement().getAttribute("data-marker")))
                .findFirst().ifPresent(child -> child.getElement().callJsFunction("scrollIntoView")));
        summary.setId("search-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        results.setPadding(false);
        results.setId("search-results");
        pager.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        Div list = new Div(summary, results, pager);
        list.addClassName("find-list");
        add(list, map);
        addClassName("find-results");
    }

    /** Empties the list, the pager and the map, leaving a summary line. */
    void nothing(String message) {
        summary.setText(message);
        results.removeAll();
        pager.removeAll();
        map.setMarkers(List.of());
    }

    /** Nothing found around the origin: the map shows where was searched, and the list what to try. */
    void nothingAround(GeoPoint origin, String message, Component... suggestions) {
        nothing(message);
        results.add(suggestions);
        map.setView(origin.latitude(), origin.longitude(), CITY_ZOOM);
    }

    /** A page of results, each marked on the map; page buttons when there is more than one page. */
    void show(String message, List<Component> entries, List<LeafletMap.Marker> markers, int page, int pageCount,
            SerializableConsumer<Integer> goToPage) {
        nothing(message);
        entries.forEach(results::add);
        map.setMarkers(markers);
        map.fitMarkers();
        if (pageCount > 1) {
            Button previous = new Button(getTranslation("find.previous"), click -> goToPage.accept(page - 1));
            previous.setEnabled(page > 0);
            previous.setId("search-previous");
            Button next = new Button(getTranslation("find.next"), click -> goToPage.accept(page + 1));
            next.setEnabled(page + 1 < pageCount);
            next.setId("search-next");
            pager.add(previous, new Span(getTranslation("find.page", page + 1, pageCount)), next);
        }
    }
}
