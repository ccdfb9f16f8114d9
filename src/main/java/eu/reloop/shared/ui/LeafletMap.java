package eu.reloop.shared.ui;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A Leaflet map with markers. Leaflet's own files are served as static resources from
 * {@code META-INF/resources/leaflet/} and loaded by context URL, which Vaadin leaves out of the
 * frontend bundle: the pre-compiled bundle keeps working and no Node is needed. The browser side is
 * {@code leaflet/reloop-map.js}.
 *
 * <p>The map keeps its last view and markers, so it shows the same after being detached and attached
 * again. Tile URL and attribution come from {@code MapProperties}.
 */
@Tag("div")
@JavaScript("context://leaflet/leaflet.js")
@JavaScript("context://leaflet/reloop-map.js")
@StyleSheet("context://leaflet/leaflet.css")
public final class LeafletMap extends Component implements HasSize, HasStyle {

    /** A pin on the map; {@code popup} is plain text shown when it is opened, none when null or blank. */
    public record Marker(String id, double latitude, double longitude, String title, @Nullable String popup)
            implements Serializable {

        public Marker {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
        }
    }

    private record View(double latitude, double longitude, int zoom) implements Serializable {
    }

    /** The Nordic countries, until a caller says where to look. */
    private static final View NORDIC_COUNTRIES = new View(63.0, 15.0, 4);

    private final String tileUrl;
    private final String attribution;
    private View view = NORDIC_COUNTRIES;
    private List<Marker> markers = List.of();
    /** Whether the last positioning asked for all markers rather than a view. */
    private boolean fittedToMarkers;

    /**
     * @param tileUrl     tile URL template such as {@code https://tile.openstreetmap.org/{z}/{x}/{y}.png}
     * @param attribution HTML credit line the tile provider requires; trusted configuration, not user input
     */
    public LeafletMap(String tileUrl, String attribution) {
        this.tileUrl = tileUrl;
        this.attribution = attribution;
        setWidth("100%");
        setHeight("24rem");
        getElement().setAttribute("role", "region");
    }

    /** What a screen reader announces for the map, such as "Repairers near you". */
    public void setAccessibleName(String name) {
        getElement().setAttribute("aria-label", name);
    }

    public void setView(double latitude, double longitude, int zoom) {
        view = new View(latitude, longitude, zoom);
        fittedToMarkers = false;
        call("setView", latitude, longitude, zoom);
    }

    public void setMarkers(List<Marker> markers) {
        this.markers = List.copyOf(markers);
        call("setMarkers", markerArray());
    }

    /** Zooms and pans so that every marker shows; does nothing without markers. */
    public void fitMarkers() {
        fittedToMarkers = true;
        call("fitMarkers");
    }

    /** Listens for clicks on the map itself, not on a marker; receives latitude and longitude. */
    public Registration addMapClickListener(SerializableBiConsumer<Double, Double> listener) {
        return getElement().addEventListener("map-click", event -> listener.accept(
                        event.getEventData().get("event.detail.lat").asDouble(),
                        event.getEventData().get("event.detail.lon").asDouble()))
                .addEventData("event.detail.lat")
                .addEventData("event.detail.lon");
    }

    /** Listens for clicks (or Enter) on a marker; receives the marker's id. */
    public Registration addMarkerClickListener(SerializableConsumer<String> listener) {
        return getElement().addEventListener("marker-click",
                        event -> listener.accept(event.getEventData().get("event.detail.id").asString()))
                .addEventData("event.detail.id");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // A re-attached element may be a new one in the browser: build the map again and replay.
        getElement().executeJs("window.reloopMap.init(this, $0, $1, $2, $3, $4)",
                tileUrl, attribution, view.latitude(), view.longitude(), view.zoom());
        if (!markers.isEmpty()) {
            call("setMarkers", markerArray());
        }
        if (fittedToMarkers) {
            call("fitMarkers");
        }
    }

    /** Sends a call only while attached; onAttach replays the state otherwise. */
    private void call(String function, Object... arguments) {
        if (!isAttached()) {
            return;
        }
        StringBuilder expression = new StringBuilder("window.reloopMap.").append(function).append("(this");
        for (int i = 0; i < arguments.length; i++) {
            expression.append(", $").append(i);
        }
        getElement().executeJs(expression.append(')').toString(), arguments);
    }

    private ArrayNode markerArray() {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (Marker marker : markers) {
            array.addObject()
                    .put("id", marker.id())
                    .put("lat", marker.latitude())
                    .put("lon", marker.longitude())
                    .put("title", marker.title())
                    .put("popup", marker.popup());
        }
        return array;
    }
}
