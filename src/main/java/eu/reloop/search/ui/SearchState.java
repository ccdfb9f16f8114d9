package eu.reloop.search.ui;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.router.QueryParameters;

import eu.reloop.directory.OfferedService;
import eu.reloop.geo.GeoPoint;
import eu.reloop.search.OrganisationQuery;

/**
 * Everything a search for repairers is made of, as it stands in the URL, so that a search can be
 * bookmarked and shared. Parsing never fails: a value that makes no sense falls back to its default (and
 * the parameters remember it for the view to point out).
 */
record SearchState(
        SearchArea area,
        @Nullable String category,
        @Nullable OfferedService service,
        boolean certifiedOnly,
        boolean openNow,
        int page) implements LocationSearchState<SearchState> {

    static SearchState initial() {
        return new SearchState(new SearchArea(null, null, OrganisationQuery.DEFAULT_RADIUS_KM), null, null, true, false, 0);
    }

    /** The search the URL asks for, its device category one of those given. */
    static SearchState from(UrlParameters parameters, Collection<String> categories) {
        SearchState defaults = initial();
        return new SearchState(SearchArea.from(parameters, defaults.area().radiusKm()),
                parameters.known("category", categories).orElse(null),
                parameters.constant("service", OfferedService.class).orElse(null),
                parameters.flag("certified", defaults.certifiedOnly()),
                parameters.flag("open", defaults.openNow()),
                parameters.whole("page", 0, OrganisationQuery.LAST_PAGE).orElse(0));
    }

    @Override
    public QueryParameters toQueryParameters() {
        Map<String, List<String>> values = area.parameters();
        if (category != null) {
            values.put("category", List.of(category));
        }
        if (service != null) {
            values.put("service", List.of(service.name()));
        }
        values.put("certified", List.of(String.valueOf(certifiedOnly)));
        if (openNow) {
            values.put("open", List.of("true"));
        }
        if (page > 0) {
            values.put("page", List.of(String.valueOf(page)));
        }
        return new QueryParameters(values);
    }

    @Override
    public SearchState at(@Nullable String place, @Nullable GeoPoint point) {
        return new SearchState(area.at(place, point), category, service, certifiedOnly, openNow, 0);
    }

    SearchState withFilters(double radiusKm, @Nullable String category, @Nullable OfferedService service,
            boolean certifiedOnly, boolean openNow) {
        return new SearchState(area.within(radiusKm), category, service, certifiedOnly, openNow, 0);
    }

    SearchState onPage(int page) {
        return new SearchState(area, category, service, certifiedOnly, openNow, page);
    }
}
