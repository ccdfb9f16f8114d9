package eu.reloop.search.ui;


import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import eu.reloop.directory.OfferedService;
import eu.reloop.directory.Organisations;
import eu.reloop.directory.ui.CertificationBadge;
import eu.reloop.geo.Gazetteer;
import eu.reloop.geo.GeoPoint;
import eu.reloop.search.OrganisationHit;
import eu.reloop.search.OrganisationQuery;
import eu.reloop.search.OrganisationSearch;
import eu.reloop.search.SearchPage;
import eu.reloop.search.SearchUnavailableException;
import eu.reloop.shared.LocalizedFormats;
import eu.reloop.shared.MapProperties;
import eu.reloop.shared.ui.LeafletMap;
import eu.reloop.shared.ui.MainLayout;

/**
 * "Who and where is my nearest qualified repairer or reuse centre for this kind of device." The URL
 * holds the whole search: every change navigates to the same view with new query parameters, and
 * {@link #beforeEnter} runs the search from them, so the back button and shared links just work.
 */
@Route(value = "find", layout = MainLayout.class)
@Menu(order = 10, icon = "vaadin:search", title = "menu.find-repairer")
@AnonymousAllowed
class FindRepairerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient OrganisationSearch search;
    private final transient Gazetteer gazetteer;

    private final WhereToSearch where;
    private final Select<Integer> radius;
    private final CategoryInput category;
    private final Select<OfferedService> service = new Select<>();
    private final Checkbox certifiedOnly = new Checkbox();
    private final Checkbox openNow = new Checkbox();
    private final ResultsAndMap results;

    private SearchState state = SearchState.initial();

    FindRepairerView(OrganisationSearch search, Gazetteer gazetteer, Organisations organisations,
            MapProperties mapProperties) {
        this.search = search;
        this.gazetteer = gazetteer;
        this.radius = WhereToSearch.radiusInput(getLocale());
        this.category = new CategoryInput(organisations.categories());
        this.where = new WhereToSearch(gazetteer, (place, point) -> go(state.at(place, point)));
        this.results = new ResultsAndMap(mapProperties, getTranslation("find.map"),
                (lat, lon) -> go(state.at(null, new GeoPoint(lat, lon))));
        addClassName("find-view");

        service.setLabel(getTranslation("find.service"));
        service.setItems(OfferedService.values());
        service.setItemLabelGenerator(s -> s == null ? getTranslation("find.any-service") : getTranslation("service." + s.name()));
        service.setEmptySelectionAllowed(true);
        service.setEmptySelectionCaption(getTranslation("find.any-service"));
        service.setId("search-service");
        certifiedOnly.setLabel(getTranslation("find.certified-only"));
        certifiedOnly.setId("search-certified");
        openNow.setLabel(getTranslation("find.open-now"));
        openNow.setId("search-open-now");
        HorizontalLayout filters = new HorizontalLayout(radius, category, service, certifiedOnly, openNow);
        // Only the user's own changes search; setting the inputs from the URL must not loop back.
        filters.getChildren().map(input -> (HasValue<?, ?>) input)
                .forEach(input -> input.addValueChangeListener(change -> applyFiltersIf(change.isFromClient())));
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H1(getTranslation("find.title")), new Paragraph(getTranslation("find.intro")), where, filters, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state = SearchState.from(event.getLocation().getQueryParameters());
        showState();
        run();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("find.title");
    }

    private void applyFiltersIf(boolean fromUser) {
        if (!fromUser) {
            return;
        }
        go(state.withFilters(radius.getValue(), category.code(), service.getValue(), certifiedOnly.getValue(), openNow.getValue()));
    }

    private void go(SearchState next) {
        getUI().ifPresent(ui -> ui.navigate(FindRepairerView.class, next.toQueryParameters()));
    }

    /** Puts the URL's search into the inputs. */
    private void showState() {
        radius.setValue(state.area().offeredRadius(OrganisationQuery.DEFAULT_RADIUS_KM));
        category.showCode(state.category());
        service.setValue(state.service());
        certifiedOnly.setValue(state.certifiedOnly());
        openNow.setValue(state.openNow());
        where.show(state.area());
    }

    private void run() {
        SearchArea area = state.area();
        GeoPoint origin = area.origin(gazetteer);
        if (origin == null) {
            results.nothing(getTranslation(area.place() == null ? "find.start" : "find.unknown-place", area.place()));
            return;
        }
        SearchPage<OrganisationHit> page;
        try {
            page = search.search(new OrganisationQuery(origin, area.radiusKm(), state.category(), state.service(),
                    state.certifiedOnly(), state.openNow(), state.page(), OrganisationQuery.DEFAULT_SIZE));
        } catch (SearchUnavailableException e) {
            results.nothing(getTranslation("find.unavailable"));
            return;
        }
        String radiusText = LocalizedFormats.distance(area.radiusKm(), getLocale());
        if (page.total() == 0) {
            results.nothingAround(origin, getTranslation("find.nothing", radiusText),
                    WhereToSearch.widen(area, getLocale(), wider -> go(state.withFilters(wider, state.category(),
                            state.service(), state.certifiedOnly(), state.openNow()))).stream().toArray(Component[]::new));
            return;
        }
        results.show(getTranslation("find.found", page.total(), radiusText),
                page.hits().stream().map(this::result).toList(),
                page.hits().stream().map(hit -> new LeafletMap.Marker(hit.siteId().toString(),
                        hit.location().latitude(), hit.location().longitude(), hit.name(),
                        hit.name() + " – " + hit.address())).toList(),
                state.page(), page.pageCount(), number -> go(state.onPage(number)));
    }

    private Component result(OrganisationHit hit) {
        Anchor name = new Anchor("organisations/" + hit.organisationId(), hit.name());
        name.getElement().setAttribute("router-link", true);
        H2 title = new H2(name);
        Span kind = new Span(getTranslation("kind." + hit.kind().name()));
        Span distance = new Span(LocalizedFormats.distance(hit.distanceKm(), getLocale()));
        distance.addClassName("distance");
        Span open = new Span(getTranslation(hit.openNow() ? "find.is-open" : "find.is-closed"));
        open.getElement().getThemeList().add(hit.openNow() ? "badge success" : "badge contrast");
        HorizontalLayout badges = new HorizontalLayout(kind, distance, open, new CertificationBadge(hit.certification()));
        badges.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        badges.setWrap(true);
        Div card = new Div(title, new Paragraph(hit.siteName() + " · " + hit.address()), badges);
        card.addClassName("result-card");
        card.getElement().setAttribute("data-marker", hit.siteId().toString());
        return card;
    }
}
