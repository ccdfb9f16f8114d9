package eu.reloop.search.ui;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.router.QueryParameters;

import eu.reloop.geo.GeoPoint;

/** A location search as it stands in the URL: where it looks, and how to move it. */
interface LocationSearchState<S extends LocationSearchState<S>> {

    SearchArea area();

    /** The same search from another place or point, on its first page. */
    S at(@Nullable String place, @Nullable GeoPoint point);

    QueryParameters toQueryParameters();

    /** A text as typed into a search field: stripped, and none when blank. */
    static @Nullable String typed(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
