package eu.reloop.search.ui;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.router.QueryParameters;

import eu.reloop.directory.ExtraService;
import eu.reloop.directory.HandOver;
import eu.reloop.directory.OfferedService;
import eu.reloop.geo.GeoPoint;
import eu.reloop.search.OrganisationQuery;
import eu.reloop.search.RepairFilters;

/**
 * Everything a search for repairers is made of, as it stands in the URL, so that a search can be
 * bookmarked and shared. Parsing never fails: a value that makes no sense falls back to its default (and
 * the parameters remember it for the view to point out). The words are kept as written, for the view to show
 * them in their field, marked where they break a rule of the search.
 */
record SearchState(
        SearchArea area,
        @Nullable String category,
        @Nullable OfferedService service,
        boolean certifiedOnly,
        boolean openNow,
        RepairFilters repair,
        @Nullable String text,
        int page) implements LocationSearchState<SearchState> {

    /** The typical repair times a search offers as "at most", in days. */
    static final List<Integer> REPAIR_DAYS = List.of(3, 7, 14, 30);

    static SearchState initial() {
        return new SearchState(new SearchArea(null, null, OrganisationQuery.DEFAULT_RADIUS_KM), null, null, true, false,
                RepairFilters.NONE, null, 0);
    }

    /** The search the URL asks for, its device category one of those given. */
    static SearchState from(UrlParameters parameters, Collection<String> categories) {
        SearchState defaults = initial();
        return new SearchState(SearchArea.from(parameters, defaults.area().radiusKm()),
                parameters.known("category", categories).orElse(null),
                parameters.constant("service", OfferedService.class).orElse(null),
                parameters.flag("certified", defaults.certifiedOnly()),
                parameters.flag("open", defaults.openNow()),
                new RepairFilters(parameters.flag("form", false), parameters.oneOf("days", REPAIR_DAYS).orElse(null),
                        parameters.flag("loan", false), parameters.constants("handover", HandOver.class),
                        parameters.constants("extras", ExtraService.class)),
                parameters.first("q").orElse(null),
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
        if (repair.repairFormOnline()) {
            values.put("form", List.of("true"));
        }
        if (repair.maxRepairDays() != null) {
            values.put("days", List.of(String.valueOf(repair.maxRepairDays())));
        }
        if (repair.loanDevice()) {
            values.put("loan", List.of("true"));
        }
        if (!repair.handOver().isEmpty()) {
            values.put("handover", repair.handOver().stream().map(Enum::name).sorted().toList());
        }
        if (!repair.extraServices().isEmpty()) {
            values.put("extras", repair.extraServices().stream().map(Enum::name).sorted().toList());
        }
        if (text != null) {
            values.put("q", List.of(text));
        }
        if (page > 0) {
            values.put("page", List.of(String.valueOf(page)));
        }
        return new QueryParameters(values);
    }

    @Override
    public SearchState at(@Nullable String place, @Nullable GeoPoint point) {
        return new SearchState(area.at(place, point), category, service, certifiedOnly, openNow, repair, text, 0);
    }

    SearchState withFilters(double radiusKm, @Nullable String category, @Nullable OfferedService service,
            boolean certifiedOnly, boolean openNow, RepairFilters repair, @Nullable String text) {
        return new SearchState(area.within(radiusKm), category, service, certifiedOnly, openNow, repair,
                LocationSearchState.typed(text), 0);
    }

    SearchState within(double radiusKm) {
        return withFilters(radiusKm, category, service, certifiedOnly, openNow, repair, text);
    }

    SearchState onPage(int page) {
        return new SearchState(area, category, service, certifiedOnly, openNow, repair, text, page);
    }
}
